package dev.faustwire.core.io;

import java.util.List;

/** Names of patch format version 1 (docs/patch-format.md). */
final class PatchFormat {
    static final String FORMAT = "faustwire-patch";
    static final int VERSION = 1;

    static final String KEY_FORMAT = "format";
    static final String KEY_VERSION = "version";
    static final String KEY_BOXES = "boxes";
    static final String KEY_LINES = "lines";
    static final String KEY_PROPS = "props";
    static final String KEY_TEXT = "text";
    static final String KEY_RECT = "rect";
    static final String KEY_DATA = "data";
    static final String KEY_COMMENT = "comment";
    static final String KEY_SRC = "src";
    static final String KEY_DEST = "dest";

    /** Fields of the patch object itself. */
    static final List<String> PATCH_KEYS = List.of(KEY_FORMAT, KEY_VERSION, KEY_BOXES, KEY_LINES, KEY_PROPS);
    /** Box fields read into the model, plus JSPatcher caches that box text makes redundant. */
    static final List<String> BOX_KEYS = List.of(KEY_TEXT, KEY_RECT, KEY_DATA, KEY_COMMENT,
            "id", "inlets", "outlets", "args");
    /** Line fields read into the model, plus JSPatcher's copy of the id. */
    static final List<String> LINE_KEYS = List.of(KEY_SRC, KEY_DEST, "id");

    private PatchFormat() {
    }
}
