package dev.faustwire.server.render;

/** Bytes that are not a WAV file this reader understands. */
public final class WavException extends RuntimeException {
    /** What is wrong with the bytes; stable, so tests match on it rather than on the message. */
    public enum Code {
        NOT_RIFF,
        TRUNCATED,
        NO_FORMAT,
        NO_DATA,
        BAD_FORMAT,
        UNSUPPORTED
    }

    private final Code code;

    public WavException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
