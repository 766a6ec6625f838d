package dev.faustwire.server.workspace;

/** A write whose If-Match names an older version of the patch: STALE, and it carries the current ETag. */
public final class WorkspaceConflict extends WorkspaceException {
    private final String currentEtag;

    WorkspaceConflict(String message, String currentEtag) {
        super(Kind.STALE, message);
        this.currentEtag = currentEtag;
    }

    public String currentEtag() {
        return currentEtag;
    }
}
