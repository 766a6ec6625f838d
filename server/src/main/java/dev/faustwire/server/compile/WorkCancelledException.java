package dev.faustwire.server.compile;

/** Work stopped before it finished: its client went away, its deadline passed, or the server is stopping. */
public final class WorkCancelledException extends RuntimeException {
    public WorkCancelledException(String message) {
        super(message);
    }

    public WorkCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
