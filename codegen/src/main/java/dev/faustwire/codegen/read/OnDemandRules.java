package dev.faustwire.codegen.read;

import java.util.List;

/**
 * What may stand inside an {@code ondemand} box: every piece of state there must advance on the
 * clock's ticks only, and the lowering can do that for delays it writes itself ({@code mem},
 * {@code '}, {@code @ N}, loops), not for state hidden in Faust text it does not read.
 */
final class OnDemandRules {
    /** Words of Faust text that keep state, or may: delays, recursion, written tables, foreign code, libraries. */
    private static final List<String> STATE_WORDS = List.of("mem", "rwtable", "ffunction", "component", "library",
            "import", "environment");

    private OnDemandRules() {
    }

    /**
     * Why a code box's Faust text may keep state (a phrase naming what was found), or null when it is
     * a pure function of its inputs: no delay ({@code mem ' @ ~}), no written table, no library call.
     */
    static String stateInCode(String faust) {
        String text = withoutComments(faust);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                i = end < 0 ? text.length() : end;
                continue;
            }
            if (c == '\'' || c == '@' || c == '~') {
                return "\"" + c + "\"";
            }
            if (isWordStart(c) && (i == 0 || !isWordPart(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && (isWordPart(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                String word = text.substring(i, end);
                if (STATE_WORDS.contains(word)) {
                    return "\"" + word + "\"";
                }
                if (word.indexOf('.') > 0 && !word.endsWith(".")) {
                    return "the library call \"" + word + "\"";
                }
                i = end - 1;
            }
        }
        return null;
    }

    private static String withoutComments(String faust) {
        StringBuilder out = new StringBuilder(faust.length());
        int i = 0;
        while (i < faust.length()) {
            if (faust.startsWith("//", i)) {
                int end = faust.indexOf('\n', i);
                i = end < 0 ? faust.length() : end;
            } else if (faust.startsWith("/*", i)) {
                int end = faust.indexOf("*/", i + 2);
                i = end < 0 ? faust.length() : end + 2;
                out.append(' ');
            } else {
                out.append(faust.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || (c >= '0' && c <= '9');
    }
}
