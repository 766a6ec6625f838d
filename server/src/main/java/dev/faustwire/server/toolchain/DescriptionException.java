package dev.faustwire.server.toolchain;

/** The JSON that faust wrote beside a wasm module cannot be read as a {@link DspDescription}. */
public final class DescriptionException extends RuntimeException {
    public DescriptionException(String message) {
        super(message);
    }
}
