package dev.faustwire.session.live;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the rack asks the server to compile for a slot, and what it reads back. */
public final class SlotCompile {
    private SlotCompile() {
    }

    /** The body of {@code POST /api/compile}: {@code {"dsp": text}} or {@code {"patch": ..., "path": ...}}. */
    public static String requestBody(SlotSource source) {
        if (SlotSource.DSP.equals(source.kind())) {
            return "{\"dsp\": " + JsonWriter.write(new JsonString(source.text())) + "}";
        }
        return "{\"patch\": " + source.text() + (source.path() == null ? "" : ", \"path\": "
                + JsonWriter.write(new JsonString(source.path()))) + "}";
    }

    /** The input channels a DSP's JSON (faust's, or a compile answer) declares; 0 when it does not read. */
    public static int inputsOf(String json) {
        int[] channels = channels(json);
        return channels == null ? 0 : channels[0];
    }

    /** The inputs and outputs a JSON declares, or null when it has no such numbers or does not read. */
    public static int[] channels(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonValue parsed = JsonParser.parse(json).value();
            if (parsed instanceof JsonObject o && o.get("inputs") instanceof JsonNumber in
                    && o.get("outputs") instanceof JsonNumber out) {
                return new int[] {(int) in.doubleValue(), (int) out.doubleValue()};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Values by address as the JSON object a new node takes (a rack slot's, the editor's, an instrument's). */
    public static String valuesJson(Map<String, Double> values) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            fields.put(e.getKey(), JsonNumber.of(e.getValue()));
        }
        return JsonWriter.write(new JsonObject(fields));
    }

    /** The sources of a slot as the JSON array audio-rack.js routes. */
    public static String sourcesJson(java.util.List<String> sources) {
        java.util.List<JsonValue> items = new java.util.ArrayList<>();
        for (String s : sources) {
            items.add(new JsonString(s));
        }
        return JsonWriter.write(new JsonValue.JsonArray(items));
    }

    /** What a slot's status says when its program did not compile (E043). */
    public static String failed(String name, boolean keepsPlaying, String detail) {
        return "E043: " + name + " did not compile" + (keepsPlaying ? "; it plays what it played" : "") + ": " + detail;
    }
}
