package dev.faustwire.codegen.program;

import java.util.List;

/**
 * The right-hand side of a definition, kept as parts so that the printer appends it straight into
 * the program: building each expression as a string of its own first was what code generation
 * spent most of its time on in the browser. Arguments are already Faust text (names, literals,
 * merges).
 */
public sealed interface Expression {

    /** How an application is written. */
    public enum Form {
        /** {@code a + b}. */
        INFIX,
        /** {@code head(a, b)}. */
        CALL,
        /** {@code head}. */
        NAME,
        /** {@code head(fixed, arguments)(inputs)}: the first {@code fixed} arguments are not signals. */
        PARTIAL,
        /** {@code head(label, (a, b))}: a group around its inlets. */
        GROUP,
        /**
         * {@code (inputs) : head(fixed)}: the first {@code fixed} arguments are compile-time
         * parameters, the rest routed in as signals. Faust substitutes an applied argument at each
         * use of its parameter, so a chain of applications costs uses^depth; routed signals are shared.
         */
        ROUTED,
        /** The only argument itself: a wire. */
        WIRE
    }

    /** A box applied to its arguments. */
    public record Application(Form form, String head, int fixed, List<String> args) implements Expression {
    }

    /** {@code shared : (!, _, !)}: outlet {@code outlet} of {@code outlets} of an expression with several results. */
    public record Selection(Expression shared, int outlet, int outlets) implements Expression {
    }

    /** {@code Loop_N : (!, wire, !)}: output {@code index} of a loop through {@code wire}, the others cut. */
    public record FromLoop(String loop, int index, int outputs, String wire) implements Expression {
    }
}
