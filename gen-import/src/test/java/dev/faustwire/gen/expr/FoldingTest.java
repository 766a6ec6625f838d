package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Numbers known when the code is generated are computed as Gen computes them (gen-operators.md §2, §3, §0.8). */
class FoldingTest {
    private static double fold(String op, double a, double b) {
        return Folding.binary(op, a, b);
    }

    @Test
    void protectedDivisionAndModulo() {
        assertEquals(0.0, fold("/", 3, 0));
        assertEquals(1.5, fold("/", 3, 2));
        assertEquals(0.0, fold("%", 3, 0));
        assertEquals(-0.25, fold("%", -0.25, 1), "the remainder keeps the dividend's sign");
        assertEquals(2.0, fold("%", 5, -3), "the divisor's sign is dropped");
        assertEquals(0.5, fold("%", 7.5, 1));
        assertEquals(1.0, fold("%", 7, 3));
        assertEquals(-1.0, fold("%", -7, 3));
        assertEquals(0.0, fold("%", 1, 1e-17), "a divisor within epsilon of 0 gives 0");
    }

    @Test
    void comparisonsAndLogicGiveZeroOrOne() {
        assertEquals(1.0, fold("<", 1, 2));
        assertEquals(0.0, fold(">=", 1, 2));
        assertEquals(1.0, fold("==", 0.5, 0.5));
        assertEquals(1.0, fold("!=", 0.5, 0.25));
        assertEquals(1.0, fold("&&", 0.1, -3));
        assertEquals(0.0, fold("&&", 0.1, 0));
        assertEquals(1.0, fold("||", 0, -0.1));
        assertEquals(1.0, fold("^^", 1, 0));
        assertEquals(0.0, fold("^^", 2, 3));
    }

    @Test
    void operatorsFoldedOnlyWhereJavaComputesAsC() {
        assertEquals(-1.0, Folding.call("int", new double[] {-1.5}), "int truncates toward zero");
        assertEquals(-2.0, Folding.call("floor", new double[] {-1.5}));
        assertEquals(1.0, Folding.call("clamp", new double[] {3, 0, 1}));
        assertEquals(2.0, Folding.call("clip", new double[] {0.5, 2, 1}), "lo above hi: x <= lo gives lo");
        assertEquals(1.0, Folding.call("clip", new double[] {5, 2, 1}), "lo above hi: else x >= hi gives hi");
        assertEquals(-1.0, Folding.call("sign", new double[] {-0.1}));
        assertEquals(0.0, Folding.call("sign", new double[] {0}));
        assertEquals(0.25, Folding.call("min", new double[] {0.5, 0.25}));
        assertEquals(0.5, Folding.call("maximum", new double[] {0.5, 0.25}));
        assertEquals(3.0, Folding.call("sqrt", new double[] {9}));
        assertEquals(1.0, Folding.call("not", new double[] {0}));
        assertEquals(1.0, Folding.call("bool", new double[] {-2}));
        assertEquals(0.0, Folding.call("div", new double[] {1, 0}));
        assertNull(Folding.call("sin", new double[] {1}), "left to faust");
        assertNull(Folding.call("pow", new double[] {2, 0.5}), "left to faust");
        assertNull(Folding.call("sqrt", new double[] {-1}), "NaN is not folded");
        assertNull(Folding.binary("<<", 1, 2));
        assertNull(Folding.binary("*", 1e300, 1e300), "infinity is not folded");
    }

    @Test
    void foldedCodeGivesTheSameNumbers() {
        CodeTranslation t = GenExpr.translate("out1 = (7 % -3) * 10 + 1 / 0 + (2 < 3) + int(-2.5) + clamp(5, 0, 4) + sqrt(16);",
                "box-1", null);
        assertEquals("import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n\ngenexpr_body = (17.0);\n\n"
                + "process = genexpr_body;\n", t.faust());
    }
}
