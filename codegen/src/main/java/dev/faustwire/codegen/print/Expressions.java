package dev.faustwire.codegen.print;

import dev.faustwire.codegen.program.Expression;
import java.util.List;

/**
 * The Faust text of an expression of the program model, appended to the program being written:
 * building each expression as a string of its own first was what code generation spent most of
 * its time on in the browser.
 */
final class Expressions {
    private Expressions() {
    }

    static void append(StringBuilder out, Expression expression) {
        if (expression instanceof Expression.Application a) {
            apply(out, a);
        } else if (expression instanceof Expression.Selection s) {
            append(out, s.shared());
            select(out, s.outlet(), s.outlets());
        } else if (expression instanceof Expression.FromLoop l) {
            pick(out.append(l.loop()).append(" : "), l.index(), l.outputs(), l.wire());
        }
    }

    private static void apply(StringBuilder out, Expression.Application a) {
        List<String> args = a.args();
        switch (a.form()) {
            case INFIX -> out.append(args.get(0)).append(' ').append(a.head()).append(' ').append(args.get(1));
            case CALL -> join(out.append(a.head()).append('('), args, 0, args.size()).append(')');
            case NAME -> out.append(a.head());
            case PARTIAL -> {
                join(out.append(a.head()).append('('), args, 0, a.fixed()).append(")(");
                join(out, args, a.fixed(), args.size()).append(')');
            }
            case GROUP -> grouped(out.append(a.head()).append('(').append(args.get(0)).append(", "),
                    args.subList(1, args.size())).append(')');
            case WIRE -> out.append(args.get(0));
            case ROUTED -> {
                grouped(out, args.subList(a.fixed(), args.size())).append(" : ").append(a.head());
                if (a.fixed() > 0) {
                    join(out.append('('), args, 0, a.fixed()).append(')');
                }
            }
        }
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
    private static void select(StringBuilder out, int outlet, int outlets) {
        if (outlets == 1) {
            return;
        }
        out.append(" : (");
        for (int i = 0; i < outlets; i++) {
            out.append(i == 0 ? "" : ", ").append(i == outlet ? '_' : '!');
        }
        out.append(')');
    }

    /** {@code wire} alone for a loop of one output, else {@code (!, wire, !)}: output {@code index} kept. */
    private static void pick(StringBuilder out, int index, int outputs, String wire) {
        if (outputs == 1) {
            out.append(wire);
            return;
        }
        out.append('(');
        for (int i = 0; i < outputs; i++) {
            out.append(i == 0 ? "" : ", ").append(i == index ? wire : "!");
        }
        out.append(')');
    }
}
