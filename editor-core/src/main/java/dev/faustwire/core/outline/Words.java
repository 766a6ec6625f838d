package dev.faustwire.core.outline;

import java.util.List;

/** The words the outline is read with: box names, quoted texts, lists joined as a person says them. */
public final class Words {
    private Words() {
    }

    /** The number of a {@code box-N} id, or -1 for an id of another form. */
    public static int number(String id) {
        int dash = id.lastIndexOf('-');
        if (dash < 0 || dash == id.length() - 1 || id.length() - dash > 9) {
            return -1;
        }
        int n = 0;
        for (int i = dash + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** "box 3" for {@code box-3}; "box x7" for an id of another form. */
    public static String boxName(String id) {
        int n = number(id);
        return n >= 0 ? "box " + n : "box " + id;
    }

    /** A box's text as it is said: between typographic quotes, which screen readers do not spell out. */
    public static String quoted(String text) {
        return "\u201c" + text + "\u201d";
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(i == parts.size() - 1 ? " and " : ", ");
            }
            out.append(parts.get(i));
        }
        return out.toString();
    }

    /** "1 box", "7 boxes". */
    public static String boxes(int count) {
        return count == 1 ? "1 box" : count + " boxes";
    }
}
