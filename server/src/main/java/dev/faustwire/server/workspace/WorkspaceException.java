package dev.faustwire.server.workspace;

/** A request about the workspace that cannot be served, with the HTTP status it maps to. */
public class WorkspaceException extends RuntimeException {
    private final int status;

    WorkspaceException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
