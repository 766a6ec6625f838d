package dev.faustwire.session.audition;

import dev.faustwire.core.json.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The source chosen for one input channel and its settings (every setting of the kind, in its order). */
public record InputChoice(InputKind kind, Map<String, Double> values) {
    public InputChoice {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A kind with its initial settings. */
    public static InputChoice initial(InputKind kind) {
        return new InputChoice(kind, new LinkedHashMap<>()).withKind(kind);
    }

    /** Another kind; settings of the same name (the level) are kept, the others start at their initial value. */
    public InputChoice withKind(InputKind other) {
        Map<String, Double> next = new LinkedHashMap<>();
        for (InputParam p : other.params()) {
            Double kept = values.get(p.name());
            next.put(p.name(), kept != null ? kept : p.initial());
        }
        return new InputChoice(other, next);
    }

    /** The same kind with one setting changed (no check: see {@link InputChoices#set}). */
    public InputChoice with(String param, double value) {
        Map<String, Double> next = new LinkedHashMap<>(values);
        next.put(param, value);
        return new InputChoice(kind, next);
    }

    /** A setting's value, or its initial value when the kind has it but it was never set, or 0. */
    public double value(String param) {
        Double v = values.get(param);
        if (v != null) {
            return v;
        }
        InputParam p = kind.param(param);
        return p == null ? 0 : p.initial();
    }

    /** What audio-io.js takes: {@code {"kind":"sine","frequency":300,"level":0.5}}. */
    public String json() {
        // ids and setting names are plain identifiers of ours: nothing to escape
        StringBuilder json = new StringBuilder("{\"kind\":\"").append(kind.id()).append('"');
        for (Map.Entry<String, Double> e : values.entrySet()) {
            json.append(",\"").append(e.getKey()).append("\":").append(Numbers.format(e.getValue()));
        }
        return json.append('}').toString();
    }
}
