package dev.faustwire.server.live;

import dev.faustwire.server.toolchain.DspControl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DSP that plays in some editor page, as the server sees it: its number (its remote page and OSC
 * port follow from it), a name, faust's JSON of the DSP the page plays, its controls and the value of
 * each control by address. A snapshot: the hub makes a new one on each change.
 */
public record LiveSlot(int number, String name, String json, List<DspControl> controls, Map<String, Double> values) {
    public LiveSlot {
        controls = List.copyOf(controls);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The control at exactly this address, if any. */
    public Optional<DspControl> control(String address) {
        return controls.stream().filter(c -> c.address().equals(address)).findFirst();
    }

    /** The value of a control: the last one set, else its init. */
    public double value(DspControl control) {
        Double v = values.get(control.address());
        return v != null ? v : control.init();
    }
}
