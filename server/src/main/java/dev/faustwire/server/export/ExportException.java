package dev.faustwire.server.export;

/**
 * An export that gave no artifact: why, in a sentence, and what the failing tool said (the C++
 * compiler's or Faust's message, cleaned of server paths).
 */
public final class ExportException extends Exception {
    /** The kinds of failure a person can meet. */
    public enum Kind {
        /** The patch's program does not compile; the diagnostics say why. */
        DOES_NOT_COMPILE,
        /** Faust with the architecture, or the C++ compiler, failed. */
        BUILD_FAILED,
        /** The build ran past its time. */
        TIMED_OUT,
        /** The host's SDK packages are not installed and could not be. */
        MISSING_PACKAGES,
        /** No such target. */
        UNKNOWN_TARGET
    }

    private final Kind kind;
    private final String toolMessage;

    public ExportException(Kind kind, String message, String toolMessage) {
        super(message);
        this.kind = kind;
        this.toolMessage = toolMessage == null ? "" : toolMessage;
    }

    public Kind kind() {
        return kind;
    }

    /** What the tool printed (may be empty). */
    public String toolMessage() {
        return toolMessage;
    }
}
