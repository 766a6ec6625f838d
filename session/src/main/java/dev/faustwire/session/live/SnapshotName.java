package dev.faustwire.session.live;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;

/**
 * What a snapshot may be called: the name of its file {@code snapshots/NAME.snapshot.json}, so 1 to 100 characters,
 * no leading dot or space, no trailing space, no {@code /}, {@code \} or control character. The server keeps the same rule.
 */
public final class SnapshotName {
    public static final int MAX_LENGTH = 100;

    private SnapshotName() {
    }

    /** The E049 that refuses the name, or null when it is a good name. */
    public static Diagnostic check(String name) {
        String why = problem(name);
        return why == null ? null : Diagnostic.atDocument(Code.SNAPSHOT_NAME_INVALID, why);
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "a snapshot needs a name";
        }
        if (name.length() > MAX_LENGTH) {
            return "a snapshot name has at most " + MAX_LENGTH + " characters";
        }
        if (name.charAt(0) == '.' || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return "a snapshot name starts with neither a dot nor a space, and ends with no space";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
                return "a snapshot name holds no /, \\, control character or character outside the basic plane";
            }
        }
        return null;
    }
}
