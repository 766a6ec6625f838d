package dev.faustwire.stdlib;

import java.util.List;

/**
 * A channel count as a sum of whole-number terms over a function's leading constant arguments:
 * {@code [[1, 0]]} is a0, {@code [[1, 0, 1]]} is a0 * a1, {@code [[2]]} is 2.
 */
public record Polynomial(List<Term> terms) {

    /** A coefficient times the product of the arguments at {@code variables} (zero-based). */
    public record Term(long coefficient, List<Integer> variables) {
        public Term {
            variables = List.copyOf(variables);
        }
    }

    public Polynomial {
        terms = List.copyOf(terms);
    }

    public static Polynomial constant(long value) {
        return new Polynomial(value == 0 ? List.of() : List.of(new Term(value, List.of())));
    }

    /** The value at {@code args}; every variable a term names must be one of them. */
    public long at(long[] args) {
        long sum = 0;
        for (Term term : terms) {
            long product = term.coefficient();
            for (int variable : term.variables()) {
                product *= args[variable];
            }
            sum += product;
        }
        return sum;
    }

    /** As a person writes it: {@code a0}, {@code 2*a0*a1 + 1}, {@code 0}. */
    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (Term term : terms) {
            long c = term.coefficient();
            if (text.length() > 0) {
                text.append(c < 0 ? " - " : " + ");
            } else if (c < 0) {
                text.append('-');
            }
            boolean showCoefficient = Math.abs(c) != 1 || term.variables().isEmpty();
            if (showCoefficient) {
                text.append(Math.abs(c));
            }
            for (int i = 0; i < term.variables().size(); i++) {
                text.append(showCoefficient || i > 0 ? "*" : "").append('a').append(term.variables().get(i));
            }
        }
        return text.toString();
    }
}
