package dev.faustwire.codegen;

import java.util.ArrayList;
import java.util.List;

/** The Faust text of one box application, and of picking one outlet of several. */
final class Expressions {
    private Expressions() {
    }

    static String apply(BoxSpec spec, List<String> args) {
        return switch (spec.shape()) {
            case INFIX -> args.get(0) + " " + spec.head() + " " + args.get(1);
            case CALL -> spec.head() + "(" + String.join(", ", args) + ")";
            case NAME -> spec.head();
            case PARTIAL -> partial(spec, args);
            case GROUP -> spec.head() + "(" + args.get(0) + ", " + grouped(args.subList(1, args.size())) + ")";
            case WIRE -> args.get(0);
        };
    }

    /** {@code head(fixed...)(inputs...)}: the fixed slots are the ones that come before the first inlet. */
    private static String partial(BoxSpec spec, List<String> args) {
        int fixed = spec.slots().indexOf(null);
        return spec.head() + "(" + String.join(", ", args.subList(0, fixed)) + ")("
                + String.join(", ", args.subList(fixed, args.size())) + ")";
    }

    /** One expression, or several in parentheses. */
    static String grouped(List<String> expressions) {
        return expressions.size() == 1 ? expressions.get(0) : "(" + String.join(", ", expressions) + ")";
    }

    /** The expression itself for one outlet; {@code expr : (!, _, !)} to keep outlet k of n. */
    static String select(String expression, int outlet, int outlets) {
        if (outlets == 1) {
            return expression;
        }
        List<String> wires = new ArrayList<>();
        for (int i = 0; i < outlets; i++) {
            wires.add(i == outlet ? "_" : "!");
        }
        return expression + " : (" + String.join(", ", wires) + ")";
    }
}
