package dev.faustwire.server.toolchain;

/**
 * One control of a compiled DSP, as faust's JSON describes it: {@code index} is the byte offset of its
 * zone in the DSP struct. Buttons and check boxes range 0..1; bargraphs have no init and no step.
 */
public record DspControl(
        String type, String label, String address, int index, double init, double min, double max, double step) {

    /** Whether the DSP reads this control (a slider, button, ...) rather than writes it (a bargraph). */
    public boolean isInput() {
        return !type.endsWith("bargraph");
    }
}
