package dev.faustwire.session.audition;

/** One setting of an input source: its name in the JSON for audio-io.js, label, unit, initial value and range. */
public record InputParam(String name, String label, String unit, double initial, double min, double max,
        boolean frequency) {

    static InputParam hertz(String name, String label, double initial, double min, double max) {
        return new InputParam(name, label, "Hz", initial, min, max, true);
    }

    static InputParam level() {
        return new InputParam("level", "level", "", 0.5, 0, 1, false);
    }
}
