package dev.faustwire.server.workspace;

/** A request about the workspace that cannot be served, with the {@link Kind} of refusal it is. */
public class WorkspaceException extends RuntimeException {
    /** Why the store refused; the HTTP layer turns each kind into a status. */
    public enum Kind {
        /** A path, version name or entity tag that breaks the workspace's rules, or a path that is no patch file. */
        INVALID,
        /** No such patch, or no such earlier version of it. */
        MISSING,
        /** If-Match names a version of the patch that is no longer the current one. */
        STALE,
        /** A condition does not hold: If-Match on a patch that does not exist, If-None-Match on one that does. */
        CONDITION_FAILED,
        /** Replacing or deleting a patch that exists without saying which version it was read as. */
        CONDITION_REQUIRED,
        /** The stored bytes are not UTF-8 text. */
        NOT_TEXT,
        /** The files of the store are in a state that prevents the request, such as a history that cannot be kept. */
        CONFLICT
    }

    private final Kind kind;

    WorkspaceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
