package dev.faustwire.codegen.read;

import java.util.ArrayList;
import java.util.List;

/** The Faust text of a code box, line by line, and the imports it makes (hoisted to the program's top). */
public final class CodeText {
    private CodeText() {
    }

    /** The lines of a text, without trailing white space or a last empty line. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int stop = end;
            while (stop > start && text.charAt(stop - 1) <= ' ') {
                stop--;
            }
            lines.add(text.substring(start, stop));
            start = end + 1;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** {@code import("x.lib");} written canonically when the line is only that, else null. */
    public static String importOf(String line) {
        StringBuilder compact = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            quoted ^= c == '"';
            if (quoted || c > ' ') {
                compact.append(c);
            }
        }
        String text = compact.toString();
        if (!text.startsWith("import(\"") || !text.endsWith("\");") || text.indexOf('"', 8) != text.length() - 3) {
            return null;
        }
        return text;
    }

    /** Whether a Faust text names {@code prefix.something}, as {@code gen.wrap}, outside a longer name. */
    public static boolean calls(String text, String prefix) {
        String dotted = prefix + ".";
        for (int at = text.indexOf(dotted); at >= 0; at = text.indexOf(dotted, at + 1)) {
            if (at == 0 || !isNameChar(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
