package dev.faustwire.codegen;

import java.util.List;

/**
 * The Faust text of one box application, and of picking one outlet of several, appended to the
 * program being written: building each expression as a string of its own first was what code
 * generation spent most of its time on in the browser.
 */
final class Expressions {
    private Expressions() {
    }

    static void apply(StringBuilder out, BoxSpec spec, List<String> args) {
        switch (spec.shape()) {
            case INFIX -> out.append(args.get(0)).append(' ').append(spec.head()).append(' ').append(args.get(1));
            case CALL -> join(out.append(spec.head()).append('('), args, 0, args.size()).append(')');
            case NAME -> out.append(spec.head());
            case PARTIAL -> partial(out, spec, args);
            case GROUP -> grouped(out.append(spec.head()).append('(').append(args.get(0)).append(", "),
                    args.subList(1, args.size())).append(')');
            case WIRE -> out.append(args.get(0));
        }
    }

    /** {@code head(fixed...)(inputs...)}: the fixed slots are the ones that come before the first inlet. */
    private static void partial(StringBuilder out, BoxSpec spec, List<String> args) {
        int fixed = spec.slots().indexOf(null);
        join(out.append(spec.head()).append('('), args, 0, fixed).append(")(");
        join(out, args, fixed, args.size()).append(')');
    }

    private static StringBuilder join(StringBuilder out, List<String> items, int from, int to) {
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(", ");
            }
            out.append(items.get(i));
        }
        return out;
    }

    /** One expression, or several in parentheses. */
    static String grouped(List<String> expressions) {
        return expressions.size() == 1 ? expressions.get(0) : grouped(new StringBuilder(), expressions).toString();
    }

    private static StringBuilder grouped(StringBuilder out, List<String> expressions) {
        if (expressions.size() == 1) {
            return out.append(expressions.get(0));
        }
        return join(out.append('('), expressions, 0, expressions.size()).append(')');
    }

    /** Nothing for the one outlet of a box; {@code  : (!, _, !)} to keep outlet k of n. */
    static void select(StringBuilder out, int outlet, int outlets) {
        if (outlets == 1) {
            return;
        }
        out.append(" : (");
        for (int i = 0; i < outlets; i++) {
            out.append(i == 0 ? "" : ", ").append(i == outlet ? '_' : '!');
        }
        out.append(')');
    }
}
