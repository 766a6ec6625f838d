package dev.faustwire.stdlib;

import dev.faustwire.stdlib.Polynomial.Term;
import java.util.List;

/** Short ways to write polynomials in tests: {@code poly(term(1, 0, 1))} is a0 * a1. */
public final class Polynomials {
    private Polynomials() {
    }

    public static Polynomial poly(Term... terms) {
        return new Polynomial(List.of(terms));
    }

    public static Term term(long coefficient, Integer... variables) {
        return new Term(coefficient, List.of(variables));
    }
}
