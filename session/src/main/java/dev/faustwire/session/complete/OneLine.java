package dev.faustwire.session.complete;

/**
 * A library doc as one short line of plain text: white space runs become one space, Markdown links
 * keep their text and code spans their code, and a long text is cut at a word with an ellipsis.
 */
final class OneLine {
    /** The most characters a line has, ellipsis included. */
    static final int MAX = 100;

    private OneLine() {
    }

    static String of(String text) {
        return shorten(plain(text), MAX);
    }

    /** The text without Markdown link targets and backticks, its white space collapsed and trimmed. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '[' ? text.indexOf(']', i + 1) : -1;
            int end = close > 0 && close + 1 < text.length() && text.charAt(close + 1) == '('
                    ? text.indexOf(')', close + 2) : -1;
            if (end > 0) {
                for (int j = i + 1; j < close; j++) {
                    append(out, text.charAt(j));
                }
                i = end + 1;
            } else {
                append(out, c);
                i++;
            }
        }
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) == ' ') {
            out.setLength(length - 1);
        }
        return out.toString();
    }

    /** Appends a character, but no backtick, and white space as one space that never starts the line. */
    private static void append(StringBuilder out, char c) {
        if (c == '`') {
            return;
        }
        if (!Character.isWhitespace(c)) {
            out.append(c);
        } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** The text cut to at most {@code max} characters, at the last space that fits, ending in an ellipsis. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        while (cut > 0 && (isPunctuation(text.charAt(cut - 1)) || Character.isHighSurrogate(text.charAt(cut - 1)))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }

    private static boolean isPunctuation(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '(';
    }
}
