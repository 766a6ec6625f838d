package dev.faustwire.server.render;

/** A render that cannot be done: bad request values, a bad description or a failing wasm module. */
public final class RenderException extends RuntimeException {
    /** Why the render failed; stable, so callers and tests match on it rather than on the message. */
    public enum Code {
        BAD_DESCRIPTION,
        BAD_WASM,
        MISSING_IMPORT,
        WASM_TRAP,
        INTERRUPTED,
        UNKNOWN_PARAM,
        AMBIGUOUS_PARAM,
        BAD_PARAM_VALUE,
        BAD_DURATION,
        BAD_SAMPLE_RATE,
        TOO_LONG,
        BAD_INPUT
    }

    private final Code code;

    public RenderException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public RenderException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
