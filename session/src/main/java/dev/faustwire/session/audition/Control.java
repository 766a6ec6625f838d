package dev.faustwire.session.audition;

import dev.faustwire.core.json.Numbers;
import java.util.List;

/**
 * One item of a compiled DSP's UI: a control with its address, range, step and the metadata users
 * rely on ({@code [unit:Hz]}, {@code [scale:log]}, {@code [tooltip:...]}, {@code [style:knob]}), or a group of items.
 * It maps values to slider positions (whole numbers from 0 to {@link #positions()}) and back,
 * rounding to the step, and formats a value for display.
 */
public record Control(Kind kind, String label, String address, double init, double min, double max, double step,
        String unit, boolean log, String tooltip, List<Control> items, String style) {
    /** Positions of a log slider, or of a linear one whose range holds too many steps. */
    static final int FINE_POSITIONS = 1000;
    private static final int MAX_STEP_POSITIONS = 10_000;

    /** The kinds of Faust UI items. */
    public enum Kind {
        HSLIDER("hslider"), VSLIDER("vslider"), NENTRY("nentry"), BUTTON("button"), CHECKBOX("checkbox"),
        HBARGRAPH("hbargraph"), VBARGRAPH("vbargraph"), HGROUP("hgroup"), VGROUP("vgroup"), TGROUP("tgroup");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The {@code type} of the item in Faust's UI JSON. */
        public String type() {
            return type;
        }

        public boolean isGroup() {
            return this == HGROUP || this == VGROUP || this == TGROUP;
        }

        public boolean isSlider() {
            return this == HSLIDER || this == VSLIDER;
        }

        public boolean isBargraph() {
            return this == HBARGRAPH || this == VBARGRAPH;
        }
    }

    public Control {
        items = List.copyOf(items);
        style = style == null ? "" : style;
    }

    /** A control without a {@code [style:...]}. */
    public Control(Kind kind, String label, String address, double init, double min, double max, double step,
            String unit, boolean log, String tooltip, List<Control> items) {
        this(kind, label, address, init, min, max, step, unit, log, tooltip, items, "");
    }

    /** The {@code [style:...]} read: knob, menu or radio with their choices, led, numerical, or none. */
    public ControlStyle look() {
        return ControlStyle.parse(style);
    }

    /** True when the slider moves logarithmically: [scale:log] on a range above zero. */
    public boolean logarithmic() {
        return log && min > 0 && max > min;
    }

    /** The largest slider position: one per step on a linear slider, else {@value #FINE_POSITIONS}. */
    public int positions() {
        if (!logarithmic() && step > 0 && max > min) {
            double steps = Math.round((max - min) / step);
            if (steps >= 1 && steps <= MAX_STEP_POSITIONS) {
                return (int) steps;
            }
        }
        return FINE_POSITIONS;
    }

    /** The slider position nearest a value. */
    public int position(double value) {
        if (max <= min) {
            return 0;
        }
        double v = Math.max(min, Math.min(max, value));
        double fraction = logarithmic() ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
        return (int) Math.round(fraction * positions());
    }

    /** The value at a slider position, rounded to the step. */
    public double valueAt(int position) {
        double fraction = Math.max(0, Math.min(positions(), position)) / (double) positions();
        double raw = logarithmic() ? min * Math.pow(max / min, fraction) : min + fraction * (max - min);
        return snap(raw);
    }

    /** A value kept within the range and rounded to the step (from the minimum, as Faust does). */
    public double snap(double value) {
        double v = Math.max(min, Math.min(max, value));
        if (step > 0) {
            v = min + Math.round((v - min) / step) * step;
            v = Math.max(min, Math.min(max, v));
        }
        return Double.parseDouble(Numbers.format(v)); // no float noise such as 0.30000000000000004
    }

    /** The value typed in a number field, snapped, or null when the text is not a number. */
    public Double parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(trimmed);
            return Double.isNaN(v) || Double.isInfinite(v) ? null : snap(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value as the panel shows it: our number format, with the unit when there is one. */
    public String display(double value) {
        String number = Numbers.format(value);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
