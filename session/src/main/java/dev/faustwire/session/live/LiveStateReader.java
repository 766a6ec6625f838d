package dev.faustwire.session.live;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNull;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The strict reading of a snapshot's body for {@link LiveStateFormat}: each problem noted as E047 with where it is. */
final class LiveStateReader {
    /** Largest magnitude of a value, a level or a rate: our number format writes numbers below 1e15. */
    static final double LARGEST = 1e14;
    static final List<String> LATENCIES = List.of("interactive", "balanced", "playback");
    /** The input bus of the page, which a slot's inputs may name beside other slots. */
    static final String PAGE_INPUTS = "inputs";

    private final List<Diagnostic> problems = new ArrayList<>();

    List<Diagnostic> problems() {
        return problems;
    }

    LiveState state(JsonObject root) {
        AudioSettings audio = AudioSettings.DEFAULT;
        if (root.get("audio") instanceof JsonObject a) {
            audio = audio(a);
        } else {
            problem("the snapshot has no \"audio\" object");
        }
        List<SlotState> slots = new ArrayList<>();
        if (root.get("slots") instanceof JsonArray array) {
            for (int i = 0; i < array.items().size(); i++) {
                if (array.items().get(i) instanceof JsonObject o) {
                    slots.add(slot(o, "slots[" + i + "]"));
                } else {
                    problem("slots[" + i + "] is not an object");
                }
            }
        } else {
            problem("the snapshot has no \"slots\" array");
        }
        checkIds(slots);
        return new LiveState(slots, audio);
    }

    private AudioSettings audio(JsonObject o) {
        double rate = number(o, "sampleRate", "audio");
        if (rate != Math.floor(rate) || rate < 0 || rate > 768000) {
            problem("audio.sampleRate is a whole number of Hz from 0 (the device's own) to 768000");
        }
        String latency = string(o, "latency", "audio");
        if (latency != null && !LATENCIES.contains(latency)) {
            problem("audio.latency is one of interactive, balanced, playback, not \"" + latency + "\"");
        }
        String device = string(o, "outputDevice", "audio");
        return new AudioSettings((int) rate, latency == null ? "interactive" : latency, device == null ? "" : device);
    }

    private SlotState slot(JsonObject o, String where) {
        String id = string(o, "id", where);
        if (id != null) {
            where = "slot " + id;
            if (id.isEmpty()) {
                problem(where + ": \"id\" is not empty");
            }
        }
        String name = string(o, "name", where);
        SlotSource source = null;
        if (o.get("source") instanceof JsonObject s) {
            source = source(s, where);
        } else {
            problem(where + " has no \"source\" object");
        }
        boolean playing = bool(o, "playing", where);
        boolean muted = bool(o, "muted", where);
        double level = number(o, "level", where);
        if (level < 0) {
            problem(where + ": \"level\" is 0 or more");
        }
        List<String> inputs = new ArrayList<>();
        if (o.get("inputs") instanceof JsonArray array) {
            for (JsonValue input : array.items()) {
                if (input instanceof JsonString s && !s.value().isEmpty()) {
                    inputs.add(s.value());
                } else {
                    problem(where + ": \"inputs\" holds names of slots (or \"inputs\")");
                }
            }
        } else if (o.get("inputs") != null) {
            problem(where + ": \"inputs\" is an array");
        }
        Map<String, Double> values = values(o.get("values"), where + ": \"values\"");
        List<Preset> presets = presets(o.get("presets"), where);
        return new SlotState(id == null ? "" : id, name == null ? "" : name,
                source == null ? new SlotSource(SlotSource.PATCH, null, "") : source, playing, muted, level, inputs,
                values, presets);
    }

    private SlotSource source(JsonObject o, String where) {
        String kind = string(o, "kind", where + ": source");
        if (kind != null && !kind.equals(SlotSource.PATCH) && !kind.equals(SlotSource.DSP)) {
            problem(where + ": source.kind is \"patch\" or \"dsp\", not \"" + kind + "\"");
        }
        String path = null;
        JsonValue p = o.get("path");
        if (p instanceof JsonString s) {
            path = s.value();
        } else if (p != null && !(p instanceof JsonNull)) {
            problem(where + ": source.path is a workspace path or absent");
        }
        String text = string(o, "text", where + ": source");
        return new SlotSource(kind == null ? SlotSource.PATCH : kind, path, text == null ? "" : text);
    }

    private List<Preset> presets(JsonValue value, String where) {
        List<Preset> presets = new ArrayList<>();
        if (value == null) {
            return presets;
        }
        if (!(value instanceof JsonArray array)) {
            problem(where + ": \"presets\" is an array");
            return presets;
        }
        List<String> names = new ArrayList<>();
        for (JsonValue item : array.items()) {
            if (!(item instanceof JsonObject o)) {
                problem(where + ": a preset is an object");
                continue;
            }
            String name = string(o, "name", where + ": preset");
            if (name != null && (name.isEmpty() || names.contains(name))) {
                problem(where + ": preset names are not empty and not repeated (\"" + name + "\")");
            }
            names.add(name);
            presets.add(new Preset(name == null ? "" : name, values(o.get("values"), where + ": preset " + name)));
        }
        return presets;
    }

    private Map<String, Double> values(JsonValue value, String where) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (!(value instanceof JsonObject o)) {
            problem(where + " is an object of control addresses and numbers");
            return values;
        }
        for (Map.Entry<String, JsonValue> e : o.fields().entrySet()) {
            if (!e.getKey().startsWith("/")) {
                problem(where + ": \"" + e.getKey() + "\" is no control address (they start with /)");
            } else if (e.getValue() instanceof JsonNumber n && Math.abs(n.doubleValue()) <= LARGEST) {
                values.put(e.getKey(), n.doubleValue());
            } else {
                problem(where + ": " + e.getKey() + " is a number of magnitude at most 1e14");
            }
        }
        return values;
    }

    /** Ids are unique, and every input names the page's inputs or another slot. */
    private void checkIds(List<SlotState> slots) {
        List<String> ids = new ArrayList<>();
        for (SlotState slot : slots) {
            if (ids.contains(slot.id())) {
                problem("two slots have the id \"" + slot.id() + "\"");
            }
            ids.add(slot.id());
        }
        for (SlotState slot : slots) {
            for (String input : slot.inputs()) {
                if (input.equals(slot.id()) || (!input.equals(PAGE_INPUTS) && !ids.contains(input))) {
                    problem("slot " + slot.id() + ": input \"" + input + "\" names no other slot of the snapshot");
                }
            }
        }
    }

    private String string(JsonObject o, String key, String where) {
        if (o.get(key) instanceof JsonString s) {
            return s.value();
        }
        problem(where + ": \"" + key + "\" is a string");
        return null;
    }

    private boolean bool(JsonObject o, String key, String where) {
        if (o.get(key) instanceof JsonBool b) {
            return b.value();
        }
        problem(where + ": \"" + key + "\" is true or false");
        return false;
    }

    private double number(JsonObject o, String key, String where) {
        if (o.get(key) instanceof JsonNumber n && Math.abs(n.doubleValue()) <= LARGEST) {
            return n.doubleValue();
        }
        problem(where + ": \"" + key + "\" is a number");
        return 0;
    }

    private void problem(String message) {
        problems.add(Diagnostic.atDocument(Code.SNAPSHOT_FIELD_INVALID, message));
    }
}
