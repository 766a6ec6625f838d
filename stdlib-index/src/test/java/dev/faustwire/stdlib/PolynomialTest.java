package dev.faustwire.stdlib;

import static dev.faustwire.stdlib.Polynomials.poly;
import static dev.faustwire.stdlib.Polynomials.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faustwire.stdlib.Polynomial.Term;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolynomialTest {

    @Test
    void constantIsTheSameEverywhere() {
        Polynomial two = Polynomial.constant(2);
        assertEquals(2, two.at(new long[] {}));
        assertEquals(2, two.at(new long[] {7, 9}));
    }

    @Test
    void zeroConstantHasNoTerms() {
        assertEquals(List.of(), Polynomial.constant(0).terms());
        assertEquals(0, Polynomial.constant(0).at(new long[] {5}));
    }

    @Test
    void firstArgument() {
        Polynomial a0 = poly(term(1, 0));
        assertEquals(5, a0.at(new long[] {5}));
        assertEquals(3, a0.at(new long[] {3, 100}));
    }

    @Test
    void productOfTwoArguments() {
        Polynomial a0a1 = poly(term(1, 0, 1));
        assertEquals(12, a0a1.at(new long[] {3, 4}));
        assertEquals(0, a0a1.at(new long[] {0, 4}));
    }

    @Test
    void squareRepeatsTheVariable() {
        Polynomial square = poly(term(1, 0, 0));
        assertEquals(49, square.at(new long[] {7}));
    }

    @Test
    void sumOfTermsWithCoefficients() {
        // (a0 + 1)^2 = a0^2 + 2*a0 + 1
        Polynomial p = poly(term(1), term(2, 0), term(1, 0, 0));
        assertEquals(9, p.at(new long[] {2}));
        assertEquals(16, p.at(new long[] {3}));
    }

    @Test
    void negativeCoefficients() {
        Polynomial p = poly(term(-1, 0), term(3));
        assertEquals(1, p.at(new long[] {2}));
        assertEquals(-2, p.at(new long[] {5}));
        assertEquals(-6, poly(term(-2, 0, 1)).at(new long[] {1, 3}));
    }

    @Test
    void termsAndVariablesAreCopied() {
        List<Integer> variables = new ArrayList<>(List.of(0));
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(1, variables));
        Polynomial p = new Polynomial(terms);
        variables.add(0);
        terms.add(term(100));
        assertEquals(4, p.at(new long[] {4}));
        assertThrows(UnsupportedOperationException.class, () -> p.terms().add(term(1)));
    }

    @Test
    void equalityIsByTerms() {
        assertEquals(Polynomial.constant(3), poly(term(3)));
        assertEquals(poly(term(2, 0, 1)), poly(term(2, 0, 1)));
    }

    @Test
    void toStringOfZero() {
        assertEquals("0", Polynomial.constant(0).toString());
        assertEquals("0", poly().toString());
    }

    @Test
    void toStringOfSingleVariableHidesCoefficientOne() {
        assertEquals("a0", poly(term(1, 0)).toString());
        assertEquals("a1", poly(term(1, 1)).toString());
    }

    @Test
    void toStringOfConstant() {
        assertEquals("1", Polynomial.constant(1).toString());
        assertEquals("7", Polynomial.constant(7).toString());
        assertEquals("-1", Polynomial.constant(-1).toString());
    }

    @Test
    void toStringOfProductPlusConstant() {
        assertEquals("2*a0*a1 + 1", poly(term(2, 0, 1), term(1)).toString());
    }

    @Test
    void toStringOfProductWithCoefficientOne() {
        assertEquals("a0*a1", poly(term(1, 0, 1)).toString());
        assertEquals("a0*a0", poly(term(1, 0, 0)).toString());
    }

    @Test
    void toStringOfNegativeLeadingTerm() {
        assertEquals("-a0 + 3", poly(term(-1, 0), term(3)).toString());
        assertEquals("-2*a0", poly(term(-2, 0)).toString());
    }

    @Test
    void toStringOfNegativeLaterTerm() {
        assertEquals("a0 - 3", poly(term(1, 0), term(-3)).toString());
        assertEquals("3 - a0*a1", poly(term(3), term(-1, 0, 1)).toString());
    }
}
