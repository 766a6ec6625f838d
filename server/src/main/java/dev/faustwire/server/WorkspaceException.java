package dev.faustwire.server;

/** A request about the workspace that cannot be served, with the HTTP status it maps to. */
class WorkspaceException extends RuntimeException {
    private final int status;

    WorkspaceException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
