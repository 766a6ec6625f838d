package dev.faustwire.server;

/** A write whose If-Match names an older version of the patch: a 409 that carries the current ETag. */
final class WorkspaceConflict extends WorkspaceException {
    private final String currentEtag;

    WorkspaceConflict(String message, String currentEtag) {
        super(409, message);
        this.currentEtag = currentEtag;
    }

    String currentEtag() {
        return currentEtag;
    }
}
