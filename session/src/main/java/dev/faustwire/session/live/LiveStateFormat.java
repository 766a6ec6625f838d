package dev.faustwire.session.live;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonSyntaxException;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot file ({@code snapshots/NAME.snapshot.json}, and the last session the page keeps): a {@link LiveState}
 * as canonical JSON under {@code "format": "faustwire-snapshot", "version": 1}. Reading is lenient about extra
 * fields and strict about meaning; every problem is a {@link Diagnostic} (E045-E047) and then there is no state.
 */
public final class LiveStateFormat {
    public static final String FORMAT = "faustwire-snapshot";
    public static final int VERSION = 1;

    private LiveStateFormat() {
    }

    /** What reading gave: the state, or null with the diagnostics that say why. */
    public record Reading(LiveState state, List<Diagnostic> diagnostics) {
        public Reading {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return state != null;
        }
    }

    /** The canonical text of a state: keys sorted, numbers canonical, final newline. */
    public static String write(LiveState state) {
        Map<String, JsonValue> root = new LinkedHashMap<>();
        root.put("format", new JsonString(FORMAT));
        root.put("version", JsonNumber.of(VERSION));
        root.put("audio", audio(state.audio()));
        List<JsonValue> slots = new ArrayList<>();
        for (SlotState slot : state.slots()) {
            slots.add(slot(slot));
        }
        root.put("slots", new JsonArray(slots));
        return JsonWriter.write(new JsonObject(root));
    }

    /** Reads a snapshot's text. */
    public static Reading read(String text) {
        JsonValue value;
        try {
            value = JsonParser.parse(text == null ? "" : text).value();
        } catch (JsonSyntaxException e) {
            return failed(Code.SNAPSHOT_NOT_READABLE, "the snapshot is not JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject root) || !(root.get("format") instanceof JsonString format)
                || !format.value().equals(FORMAT)) {
            return failed(Code.SNAPSHOT_NOT_READABLE, "the file is no snapshot: it lacks \"format\": \"" + FORMAT + "\"");
        }
        if (!(root.get("version") instanceof JsonNumber version) || !version.isInt() || version.doubleValue() < 1) {
            return failed(Code.SNAPSHOT_FIELD_INVALID, "\"version\" is a whole number from 1");
        }
        if (version.doubleValue() > VERSION) {
            return failed(Code.SNAPSHOT_NEWER_VERSION, "the snapshot has version " + version.text()
                    + "; this Faustwire reads version " + VERSION);
        }
        LiveStateReader reader = new LiveStateReader();
        LiveState state = reader.state(root);
        return reader.problems().isEmpty() ? new Reading(state, List.of()) : new Reading(null, reader.problems());
    }

    private static Reading failed(Code code, String message) {
        return new Reading(null, List.of(Diagnostic.atDocument(code, message)));
    }

    private static JsonValue audio(AudioSettings audio) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        o.put("sampleRate", JsonNumber.of(audio.sampleRate()));
        o.put("latency", new JsonString(audio.latency()));
        o.put("outputDevice", new JsonString(audio.outputDevice()));
        return new JsonObject(o);
    }

    private static JsonValue slot(SlotState slot) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        o.put("id", new JsonString(slot.id()));
        o.put("name", new JsonString(slot.name()));
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("kind", new JsonString(slot.source().kind()));
        if (slot.source().path() != null) {
            source.put("path", new JsonString(slot.source().path()));
        }
        source.put("text", new JsonString(slot.source().text()));
        o.put("source", new JsonObject(source));
        o.put("playing", new JsonBool(slot.playing()));
        o.put("muted", new JsonBool(slot.muted()));
        o.put("level", JsonNumber.of(slot.level()));
        List<JsonValue> inputs = new ArrayList<>();
        for (String input : slot.inputs()) {
            inputs.add(new JsonString(input));
        }
        o.put("inputs", new JsonArray(inputs));
        o.put("values", values(slot.values()));
        List<JsonValue> presets = new ArrayList<>();
        for (Preset preset : slot.presets()) {
            Map<String, JsonValue> p = new LinkedHashMap<>();
            p.put("name", new JsonString(preset.name()));
            p.put("values", values(preset.values()));
            presets.add(new JsonObject(p));
        }
        o.put("presets", new JsonArray(presets));
        return new JsonObject(o);
    }

    private static JsonValue values(Map<String, Double> values) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            o.put(e.getKey(), JsonNumber.of(e.getValue()));
        }
        return new JsonObject(o);
    }
}
