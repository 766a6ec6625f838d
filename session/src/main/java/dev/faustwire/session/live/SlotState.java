package dev.faustwire.session.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One slot of a live session: its id ({@code "editor"} for the open patch), its name, what it plays,
 * whether it plays, mute and level (linear gain, 1 is unity), the sources summed into its inputs
 * ({@code "inputs"} for the page's input bus, or other slots' ids), every parameter value by address,
 * and its presets.
 */
public record SlotState(String id, String name, SlotSource source, boolean playing, boolean muted, double level,
        List<String> inputs, Map<String, Double> values, List<Preset> presets) {
    public SlotState {
        inputs = List.copyOf(inputs);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        presets = List.copyOf(presets);
    }
}
