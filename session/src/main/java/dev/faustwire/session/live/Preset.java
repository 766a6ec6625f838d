package dev.faustwire.session.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named parameter values of one slot, by address. */
public record Preset(String name, Map<String, Double> values) {
    public Preset {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
