package dev.faustwire.codegen;

/**
 * A program generated for audition with a {@link Tap}: the result (whose {@code outputs} are the
 * patch's own) and the channel, counted from 0, that carries the tapped signal, or -1 when the tap
 * could not be placed (see {@link dev.faustwire.codegen.tap.PlaceTap}).
 */
public record TappedResult(CodegenResult result, int tapChannel) {

    public boolean tapped() {
        return tapChannel >= 0;
    }
}
