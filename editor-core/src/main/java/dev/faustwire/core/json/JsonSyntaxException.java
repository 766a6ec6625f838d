package dev.faustwire.core.json;

/** Malformed JSON, with the 1-based line and column where reading stopped. */
public final class JsonSyntaxException extends RuntimeException {
    private final int line;
    private final int column;

    public JsonSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
