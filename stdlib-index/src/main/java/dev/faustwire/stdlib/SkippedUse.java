package dev.faustwire.stdlib;

/**
 * How to use a documented function that cannot be a box (it takes a function or a list, as
 * {@code rm.reduce}): the Faust text of a {@code code} box that calls it, taken from an example
 * of its doc ({@code `reduce(max,128)`}) when it has one, else from its usage line.
 */
public final class SkippedUse {
    private SkippedUse() {
    }

    /** The Faust text of a code box calling the function, as {@code process = rm.reduce(max,128);}. */
    public static String codeExample(Skipped skipped) {
        String call = exampleCall(skipped.summary(), skipped.shortName());
        if (call == null) {
            call = usageCall(skipped.usage(), skipped.shortName());
        }
        if (call == null) {
            call = skipped.shortName();
        }
        return "process = " + skipped.prefix() + "." + call + ";";
    }

    /** One paragraph: why it is no box, and how to call it from a code box. */
    public static String advice(Skipped skipped) {
        String example = codeExample(skipped);
        StringBuilder text = new StringBuilder();
        text.append(skipped.name()).append(" cannot be a box: ").append(skipped.reason()).append(".\n");
        text.append("Use it in a code box: type \"code\", then give the box this Faust text");
        if (exampleCall(skipped.summary(), skipped.shortName()) == null && !skipped.params().isEmpty()) {
            text.append(" (with ").append(String.join(", ", skipped.params())).append(" replaced by what you mean)");
        }
        text.append(":\n  ").append(example);
        return text.toString();
    }

    /** A code span of the doc that calls the function, as {@code reduce(max,128)}, or null. */
    static String exampleCall(String doc, String shortName) {
        int from = 0;
        while (true) {
            int open = doc.indexOf('`', from);
            int close = open < 0 ? -1 : doc.indexOf('`', open + 1);
            if (close < 0) {
                return null;
            }
            String span = doc.substring(open + 1, close).trim();
            if (span.startsWith(shortName + "(") && span.endsWith(")") && balanced(span)) {
                return span;
            }
            from = close + 1;
        }
    }

    /** The call of the function in its usage ({@code reduce(op, n, x)} in {@code _ : reduce(op, n, x) : _}), or null. */
    static String usageCall(String usage, String shortName) {
        int at = wordAt(usage, shortName + "(");
        if (at < 0) {
            return null;
        }
        int depth = 0;
        for (int i = at + shortName.length(); i < usage.length(); i++) {
            char c = usage.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return usage.substring(at, i + 1);
            }
        }
        return null;
    }

    /** Where {@code word} starts in {@code text} not right after a letter, digit, '_' or '.', or -1. */
    private static int wordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (!Character.isLetterOrDigit(before) && before != '_' && before != '.') {
                return at;
            }
        }
        return -1;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
