package dev.faustwire.server.toolchain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the JSON that faust's wasm backend wraps in a JavaScript string literal in its .js file. */
final class JsLiteral {
    private static final Pattern JSON_FUNCTION =
            Pattern.compile("function\\s+getJSON\\w*\\s*\\(\\s*\\)\\s*\\{\\s*return\\s*(['\"])");

    private JsLiteral() {}

    /** The unescaped text of the literal that {@code getJSON<class>()} returns. */
    static String jsonOf(String jsText) {
        Matcher m = JSON_FUNCTION.matcher(jsText);
        if (!m.find()) {
            throw bad("no 'function getJSON...() { return '...' }' in the .js text");
        }
        return unescape(jsText, m.end(1), m.group(1).charAt(0));
    }

    /** The literal's value, read from {@code start} (just after the opening quote) to the closing quote. */
    static String unescape(String text, int start, char quote) {
        StringBuilder out = new StringBuilder(text.length() - start);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\n' || c == '\r') {
                throw bad("line break inside the JSON string literal");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= text.length()) {
                break;
            }
            char e = text.charAt(i++);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> {
                    if (i < text.length() && text.charAt(i) == '\n') {
                        i++; // a line continuation \<CR><LF> adds nothing
                    } else {
                        out.append('\r');
                    }
                }
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '0' -> out.append('\0');
                case '\n', '\u2028', '\u2029' -> { } // line continuation
                case 'x' -> {
                    out.append((char) hex(text, i, 2));
                    i += 2;
                }
                case 'u' -> i = unicode(text, i, out);
                default -> out.append(e); // JavaScript: an unknown escape \X means X
            }
        }
        throw bad("unterminated JSON string literal in the .js text");
    }

    private static int unicode(String text, int i, StringBuilder out) {
        if (i < text.length() && text.charAt(i) == '{') {
            int close = text.indexOf('}', i);
            if (close < 0 || close - i - 1 < 1 || close - i - 1 > 6) {
                throw bad("bad \\u{...} escape in the JSON string literal");
            }
            int cp = hex(text, i + 1, close - i - 1);
            if (cp > Character.MAX_CODE_POINT) {
                throw bad("code point out of range in the JSON string literal");
            }
            out.appendCodePoint(cp);
            return close + 1;
        }
        out.append((char) hex(text, i, 4));
        return i + 4;
    }

    private static int hex(String text, int from, int digits) {
        if (from + digits > text.length()) {
            throw bad("truncated escape in the JSON string literal");
        }
        int value = 0;
        for (int k = from; k < from + digits; k++) {
            char c = text.charAt(k);
            int d = c < 128 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                throw bad("bad hex digit in an escape of the JSON string literal");
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static DescriptionException bad(String message) {
        return new DescriptionException(message);
    }
}
