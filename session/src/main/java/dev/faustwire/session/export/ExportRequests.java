package dev.faustwire.session.export;

import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Patch;

/** The request of an export: where it is posted, and its body (the patch, its workspace path, its name). */
public final class ExportRequests {
    private ExportRequests() {
    }

    /** {@code /api/export/NAME} for a target the server listed. */
    public static String url(ExportChoice target) {
        return "/api/export/" + target.name();
    }

    /**
     * The body: the patch as {@code /api/compile} takes it, its path in the workspace (null when it
     * has none) for its sub-patcher files, and the patch's name, which the exported program carries.
     */
    public static String body(Patch patch, String path, String documentName) {
        return "{\"patch\": " + PatchWriter.write(patch)
                + (path == null ? "" : ", \"path\": " + JsonWriter.write(new JsonString(path)).strip())
                + ", \"name\": " + JsonWriter.write(new JsonString(stem(documentName))).strip() + "}";
    }

    /** A document's name without its folder and extension: {@code "ifc/Warm pad.dsppat"} gives {@code "Warm pad"}. */
    public static String stem(String name) {
        if (name == null || name.isEmpty()) {
            return "untitled";
        }
        int slash = name.lastIndexOf('/');
        String file = name.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
