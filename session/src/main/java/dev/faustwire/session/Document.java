package dev.faustwire.session;

import dev.faustwire.core.model.Patch;

/**
 * Where the open patch comes from: its name (shown in the title), its path in the workspace (null
 * when it has none yet, or came from a file on disk), the ETag of the version it was read or saved
 * as (null when the server has none), and that version's patch (null for a new patch).
 */
public record Document(String name, String path, String etag, Patch saved) {

    public static Document untitled() {
        return new Document("untitled", null, null, null);
    }

    /** A document in the workspace at that path, read or saved under that ETag. */
    public static Document inWorkspace(String path, String etag) {
        int slash = path.lastIndexOf('/');
        return new Document(slash < 0 ? path : path.substring(slash + 1), path, etag, null);
    }

    /** This document as holding that patch, as read or saved. */
    public Document savedAs(Patch patch) {
        return new Document(name, path, etag, patch);
    }
}
