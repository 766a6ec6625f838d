package dev.faustwire.stdlib;

/**
 * How many channels a library function has. {@code inputs} count every inlet of the unapplied
 * function: its parameters first, then the signal inputs of the applied result.
 */
public sealed interface Arity {

    /** The compiler accepts the unapplied function and reports these counts. */
    record Fixed(int inputs, int outputs) implements Arity {
    }

    /**
     * The first {@code constants} arguments must be constants known when compiling (an order, a
     * channel count); the inputs and outputs of the function applied to them follow the polynomials.
     */
    record Rule(int constants, Polynomial inputs, Polynomial outputs) implements Arity {
    }

    /** The counts depend on the arguments in a way no rule captured; the compiler is asked on demand. */
    record OnDemand(int constants) implements Arity {
    }
}
