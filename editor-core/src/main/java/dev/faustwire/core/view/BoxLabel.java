package dev.faustwire.core.view;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.text.Split;
import java.util.ArrayList;
import java.util.List;

/**
 * What a box shows. A comment ({@code comment} as JSPatcher writes it, the note in
 * {@code data.value}; or {@code comment some words}) shows its note, one entry per line; any
 * other box its text.
 */
public final class BoxLabel {
    private static final String COMMENT = "comment";

    private BoxLabel() {
    }

    public static boolean isComment(Box box) {
        String text = box.text();
        return text.equals(COMMENT) || text.startsWith(COMMENT + " ") || text.startsWith(COMMENT + "\n");
    }

    /** The note of a comment box, or null for any other box. */
    public static String note(Box box) {
        if (!isComment(box)) {
            return null;
        }
        if (box.data() instanceof JsonObject data && data.get("value") instanceof JsonString value) {
            return value.value();
        }
        return box.text().substring(COMMENT.length()).trim();
    }

    /** The lines a box shows: its text, or a comment's note split at line breaks. */
    public static List<String> lines(Box box) {
        String note = note(box);
        if (note == null) {
            List<String> lines = new ArrayList<>(1);
            lines.add(box.text());
            return lines;
        }
        return Split.at(note, '\n');
    }
}
