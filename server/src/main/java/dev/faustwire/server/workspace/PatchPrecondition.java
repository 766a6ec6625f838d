package dev.faustwire.server.workspace;

import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.util.List;

/**
 * The conditional headers of a request on a patch, each null when absent; {@link #check} is the rule for
 * writes: replacing or deleting an existing patch needs If-Match, creating one needs none.
 */
public record PatchPrecondition(List<String> ifMatch, List<String> ifNoneMatch) {
    /** No condition: creates, but never replaces (CONDITION_REQUIRED). */
    static final PatchPrecondition NONE = new PatchPrecondition(null, null);
    /** {@code If-Match: *}: replaces whatever is there. */
    static final PatchPrecondition ANY = new PatchPrecondition(PatchEtag.ANY, null);

    /** From the raw header values; a malformed one is INVALID. */
    public static PatchPrecondition of(String ifMatch, String ifNoneMatch) {
        return new PatchPrecondition(PatchEtag.parse(ifMatch, "If-Match"), PatchEtag.parse(ifNoneMatch, "If-None-Match"));
    }

    /** {@code If-Match} on the given ETag. */
    static PatchPrecondition ifMatch(String etag) {
        return new PatchPrecondition(List.of(etag), null);
    }

    /** True when a GET may answer 304: If-None-Match names the current version (weak comparison). */
    public boolean notModified(String currentEtag) {
        return ifNoneMatch != null && PatchEtag.weakMatch(ifNoneMatch, currentEtag);
    }

    /**
     * Throws unless a write may go ahead on the patch whose current ETag is given (null when there is none):
     * CONDITION_FAILED for If-Match on nothing or If-None-Match on a match, STALE for an old If-Match,
     * CONDITION_REQUIRED for no If-Match.
     */
    void check(String relative, String currentEtag) {
        if (ifMatch != null) {
            if (currentEtag == null) {
                throw new WorkspaceException(Kind.CONDITION_FAILED, "If-Match was sent but there is no patch " + relative);
            }
            if (!PatchEtag.strongMatch(ifMatch, currentEtag)) {
                throw new WorkspaceConflict(relative + " has changed since it was read: its ETag is now "
                        + currentEtag, currentEtag);
            }
        }
        if (ifNoneMatch != null && currentEtag != null && PatchEtag.weakMatch(ifNoneMatch, currentEtag)) {
            throw new WorkspaceException(Kind.CONDITION_FAILED, "If-None-Match was sent and " + relative + " exists");
        }
        if (ifMatch == null && currentEtag != null) {
            throw new WorkspaceException(Kind.CONDITION_REQUIRED, relative + " exists: send If-Match with the ETag it was read with"
                    + " (or *) to change it");
        }
    }
}
