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
        };
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
