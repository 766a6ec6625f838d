package dev.faustwire.core.text;

/** A box text that cannot be read, such as an unclosed quote. */
public final class BoxTextException extends RuntimeException {
    public BoxTextException(String message) {
        super(message);
    }
}
