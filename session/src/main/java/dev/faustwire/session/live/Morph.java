package dev.faustwire.session.live;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Controls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values between two presets at t in [0, 1]: linear for continuous controls, rounded to the control's step
 * where it has one, toggles (button, checkbox) switching at t = 0.5; an address in only one preset keeps its value.
 */
public final class Morph {
    private Morph() {
    }

    /** The values at t (clamped to [0, 1]) between a and b, for the controls of the slot's DSP (its UI tree). */
    public static Map<String, Double> between(Preset a, Preset b, double t, List<Control> tree) {
        double at = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        Map<String, Control> controls = new LinkedHashMap<>();
        for (Control c : Controls.flatten(tree)) {
            controls.put(c.address(), c);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : a.values().entrySet()) {
            Double other = b.values().get(e.getKey());
            out.put(e.getKey(), other == null ? e.getValue() : value(e.getValue(), other, at, controls.get(e.getKey())));
        }
        for (Map.Entry<String, Double> e : b.values().entrySet()) {
            if (!out.containsKey(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** One address's value at t: the ends exactly, a toggle's side, or the line rounded to the step. */
    static double value(double from, double to, double t, Control control) {
        if (t <= 0) {
            return from;
        }
        if (t >= 1) {
            return to;
        }
        if (control != null && (control.kind() == Control.Kind.BUTTON || control.kind() == Control.Kind.CHECKBOX)) {
            return t < 0.5 ? from : to;
        }
        double v = from + (to - from) * t;
        if (control != null && control.step() > 0 && control.max() > control.min()) {
            return control.snap(v);
        }
        return Double.parseDouble(Numbers.format(v));
    }
}
