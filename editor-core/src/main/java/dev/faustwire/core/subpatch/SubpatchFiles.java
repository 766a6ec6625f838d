package dev.faustwire.core.subpatch;

import dev.faustwire.core.text.Split;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the workspace may hold the file a {@code p ./file.dsppat} box names, in the order codegen
 * looks: next to the patch that names it, then in each folder above, up to the workspace's root.
 * A reference that is absolute, hidden or climbs with {@code ..} is not followed, as on the server.
 */
public final class SubpatchFiles {
    private SubpatchFiles() {
    }

    /** Workspace paths to try for {@code reference}, named by the patch at {@code documentPath} (null: at the root). */
    public static List<String> candidates(String documentPath, String reference) {
        List<String> candidates = new ArrayList<>();
        String ref = reference;
        while (ref.startsWith("./")) {
            ref = ref.substring(2);
        }
        if (ref.isEmpty() || ref.startsWith("/")) {
            return candidates;
        }
        for (String part : Split.at(ref, '/')) {
            if (part.isEmpty() || part.startsWith(".")) {
                return candidates;
            }
        }
        List<String> folders = documentPath == null ? new ArrayList<>() : new ArrayList<>(Split.at(documentPath, '/'));
        if (!folders.isEmpty()) {
            folders.remove(folders.size() - 1);
        }
        while (true) {
            candidates.add(folders.isEmpty() ? ref : String.join("/", folders) + "/" + ref);
            if (folders.isEmpty()) {
                return candidates;
            }
            folders.remove(folders.size() - 1);
        }
    }
}
