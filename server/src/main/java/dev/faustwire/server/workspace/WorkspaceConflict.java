package dev.faustwire.server.workspace;

/** A write whose If-Match names an older version of the patch: a 409 that carries the current ETag. */
public final class WorkspaceConflict extends WorkspaceException {
    private final String currentEtag;

    WorkspaceConflict(String message, String currentEtag) {
        super(409, message);
        this.currentEtag = currentEtag;
    }

    public String currentEtag() {
        return currentEtag;
    }
}
