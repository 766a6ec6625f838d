package dev.faustwire.codegen.read;

/**
 * Numbers and identifiers as Faust reads them, from the text a person typed, never through
 * {@code double}: so the JVM and the browser write the same program.
 */
public final class FaustLiterals {
    private FaustLiterals() {
    }

    /**
     * A number token as a Faust literal: {@code .5} becomes {@code 0.5}, {@code 5.} becomes
     * {@code 5.0}, a leading '+' and leading zeros go; a negative number is parenthesized.
     */
    public static String number(String token) {
        if (isCanonical(token)) {
            return token;
        }
        boolean negative = token.startsWith("-");
        String body = token.startsWith("-") || token.startsWith("+") ? token.substring(1) : token;
        int e = Math.max(body.indexOf('e'), body.indexOf('E'));
        String mantissa = e < 0 ? body : body.substring(0, e);
        String exponent = e < 0 ? "" : "e" + body.substring(e + 1);
        if (mantissa.startsWith(".")) {
            mantissa = "0" + mantissa;
        }
        if (mantissa.endsWith(".")) {
            mantissa = mantissa + "0";
        }
        while (mantissa.length() > 1 && mantissa.charAt(0) == '0' && mantissa.charAt(1) != '.') {
            mantissa = mantissa.substring(1);
        }
        String literal = mantissa + exponent;
        return negative ? "(-" + literal + ")" : literal;
    }

    /**
     * True when {@link #number} would give the token back unchanged: no sign, no leading zero or
     * point, no point right before the end or the exponent, and a lower-case exponent. Most
     * numbers people type are like this, and answering them without building text is faster.
     */
    private static boolean isCanonical(String token) {
        int length = token.length();
        if (length == 0 || token.charAt(0) < '0' || token.charAt(0) > '9'
                || (token.charAt(0) == '0' && length > 1 && token.charAt(1) != '.')) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = token.charAt(i);
            if (c == 'E' || (c == '.' && (i + 1 == length || token.charAt(i + 1) == 'e'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text as a Faust string literal. Faust strings have no escapes, so a double quote becomes a
     * single quote, a backslash a slash, and a control character a space.
     */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            literal.append(c == '"' ? '\'' : c == '\\' ? '/' : c < ' ' ? ' ' : c);
        }
        return literal.append('"').toString();
    }

    /** True when the number token is a whole number (no point, no exponent). */
    public static boolean isWhole(String token) {
        return token.indexOf('.') < 0 && token.indexOf('e') < 0 && token.indexOf('E') < 0;
    }

    /** True for a Faust identifier, possibly qualified: {@code ma.PI}, {@code freq}. */
    static boolean isQualifiedIdentifier(String text) {
        if (text.isEmpty() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            return false;
        }
        int start = 0;
        while (start <= text.length()) {
            int dot = text.indexOf('.', start);
            int end = dot < 0 ? text.length() : dot;
            if (!isIdentifier(text.substring(start, end))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    static boolean isIdentifier(String text) {
        if (text.isEmpty() || !(isLetter(text.charAt(0)) || text.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isLetter(c) || c == '_' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
