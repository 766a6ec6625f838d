package dev.faustwire.server.compile;

/** Every compile worker is busy and the queue is full: the client should retry after a moment. */
public final class ServerBusyException extends RuntimeException {
    private final int retryAfterSeconds;

    public ServerBusyException(int retryAfterSeconds) {
        super("the server is compiling as much as it can; retry in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
