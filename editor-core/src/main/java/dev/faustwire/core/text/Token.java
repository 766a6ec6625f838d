package dev.faustwire.core.text;

import dev.faustwire.core.json.Numbers;

/** One word of a box text: a number, a symbol, a quoted string, or the placeholder {@code _}. */
public record Token(Kind kind, String text) {

    /** What a token is. */
    public enum Kind { NUMBER, SYMBOL, STRING, PLACEHOLDER }

    public static Token of(String word) {
        if (word.equals("_")) {
            return new Token(Kind.PLACEHOLDER, word);
        }
        return new Token(isNumber(word) ? Kind.NUMBER : Kind.SYMBOL, word);
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPlaceholder() {
        return kind == Kind.PLACEHOLDER;
    }

    /** Numbers as people type them: JSON numbers, plus a leading '+', '.5' and '5.'. */
    static boolean isNumber(String word) {
        String w = word.startsWith("+") || word.startsWith("-") ? word.substring(1) : word;
        if (w.isEmpty() || !(isDigit(w.charAt(0)) || (w.charAt(0) == '.' && w.length() > 1 && isDigit(w.charAt(1))))) {
            return false;
        }
        if (w.startsWith(".")) {
            w = "0" + w;
        }
        int e = Math.max(w.indexOf('e'), w.indexOf('E'));
        String mantissa = e < 0 ? w : w.substring(0, e);
        if (mantissa.endsWith(".")) {
            w = mantissa + "0" + (e < 0 ? "" : w.substring(e));
        }
        while (w.length() > 1 && w.charAt(0) == '0' && w.charAt(1) >= '0' && w.charAt(1) <= '9') {
            w = w.substring(1);
        }
        return Numbers.isNumberText(w);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
