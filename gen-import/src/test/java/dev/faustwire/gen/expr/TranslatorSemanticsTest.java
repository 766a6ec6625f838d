package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the translation computes when the code is generated: code whose result is known folds to a
 * number, so these tests read GenExpr's meaning straight from the program ({@code genexpr_body = (N)}).
 */
class TranslatorSemanticsTest {
    private static CodeTranslation translate(String code) {
        return GenExpr.translate(code, "box-1", GenFiles.NONE);
    }

    /** The single number a fully known code outputs. */
    private static String result(String code) {
        CodeTranslation t = translate(code);
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        String faust = t.faust();
        int start = faust.indexOf("genexpr_body = (");
        assertTrue(start >= 0, faust);
        return faust.substring(start + "genexpr_body = (".length(), faust.indexOf(')', start));
    }

    private static List<String> codes(CodeTranslation t) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : t.problems()) {
            out.add(d.code().id());
        }
        return out;
    }

    @Test
    void nestedLoopsBreakOnlyTheInnerOne() {
        assertEquals("24.0", result("n = 0;\nfor (i = 0; i < 4; i += 1) {\n for (j = 0; j < 10; j += 1) {\n"
                + "  if (j == 6) break;\n  n += 1;\n }\n}\nout1 = n;"));
    }

    @Test
    void continueStillRunsTheStep() {
        assertEquals("25.0", result("s = 0;\nfor (i = 0; i < 10; i += 1) { if (i % 2 == 0) continue; s += i; }\nout1 = s;"));
    }

    @Test
    void theLoopCounterKeepsItsLastValue() {
        assertEquals("7.0", result("for (i = 0; i < 7; i += 1) { }\nout1 = i;"));
        assertEquals("64.0", result("x = 1;\nwhile (x < 50) { x *= 2; }\nout1 = x;"));
        assertEquals("3.0", result("k = 0;\nwhile (1) { k += 1; if (k >= 3) break; }\nout1 = k;"));
    }

    @Test
    void exactlyTheIterationBudgetIsUnrolledAndOneMoreIsReported() {
        assertEquals("4096.0", result("n = 0;\nfor (i = 0; i < 4096; i += 1) n += 1;\nout1 = n;"));
        assertEquals(List.of("G045"), codes(translate("n = 0;\nfor (i = 0; i < 4097; i += 1) n += 1;\nout1 = n;")));
    }

    @Test
    void compoundAssignmentsAndMultipleAssignments() {
        assertEquals("3.5", result("a = 10;\na -= 2;\na *= 0.5;\na /= 2;\na %= 3;\na += 1.5;\nout1 = a;"));
        assertEquals("21.0", result("a, b = 1, 2;\nb, a = a, b;\nout1 = a * 10 + b;"));
        assertEquals("3.0", result("out1 = 1;\nout1 += 2;"));
    }

    @Test
    void aConstantTernaryEvaluatesOneSideOnly() {
        CodeTranslation t = translate("if (in1) {\n out1 = 1 ? in2 : noise();\n}");
        assertTrue(t.problems().isEmpty(), "noise() is never evaluated: " + t.problems());
        assertFalse(t.faust().contains("noise"), t.faust());
    }

    @Test
    void aFunctionSeesOnlyItsArgumentsInputsAndTheCodesParams() {
        CodeTranslation t = translate("Param gain(2, min=0, max=4);\nf(x) { return x * gain + in2 + hidden; }\nhidden = 5;\nout1 = f(in1);");
        assertEquals(List.of("G041"), codes(t));
        assertEquals(2, t.inputs());
        assertTrue(t.faust().contains("hslider(\"gain\""), t.faust());
    }

    @Test
    void aHistoryInsideAFunctionCalledInABranchIsExact() {
        CodeTranslation t = translate("count() { History n; n += 1; return n; }\nif (in1 > 0) { out1 = count(); }");
        assertTrue(t.problems().isEmpty(), "the History keeps its value where the branch is not taken: " + t.problems());
        assertTrue(t.faust().contains("select2(v0_cond != 0, h0, "), t.faust());
    }

    @Test
    void aDelayInsideAFunctionCalledInABranchIsReported() {
        CodeTranslation t = translate("echo(x) { Delay d(10); y = d.read(5); d.write(x); return y; }\nif (in1 > 0) { out1 = echo(in2); }");
        assertEquals(List.of("G052"), codes(t));
    }

    @Test
    void requiredLibrariesMayRequireOthersAndDeclareParams() {
        GenFiles files = name -> switch (name) {
            case "a.genexpr" -> "require(\"b\");\nParam depth(0.5, min=0, max=1);\nfa(x) { return fb(x) * depth; }";
            case "b.genexpr" -> "fb(x) { return x + 1; }";
            default -> null;
        };
        CodeTranslation t = GenExpr.translate("require(\"a\");\nout1 = fa(in1);", "box-1", files);
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("hslider(\"depth\", 0.5, 0.0, 1.0, 0.001)"), t.faust());
        assertTrue(t.faust().contains("(in1 + 1.0)"), t.faust());
    }

    @Test
    void theCodesOwnFunctionWinsOverALibrarysOfTheSameName() {
        GenFiles files = name -> "f(x) { return 100; }";
        CodeTranslation t = GenExpr.translate("require(\"lib\");\nf(x) { return 7; }\nout1 = f(1);", "box-1", files);
        assertTrue(t.faust().contains("genexpr_body = (7.0)"), t.faust());
    }

    @Test
    void multipleOutputsOfAnOperator() {
        CodeTranslation t = translate("r, theta = cartopol(in1, in2);\nout1 = r; out2 = theta;\ncount, carry, n = counter(1, 0, 4);\nout3 = carry;");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("((in1, in2) : gen.cartopol)"), t.faust());
        assertTrue(t.faust().contains(" : ba.selector(1, 2))"), t.faust());
        assertTrue(t.faust().contains("((1.0, 0.0, 4.0) : gen.counter(0))"), t.faust());
        assertTrue(t.faust().contains(" : ba.selector(1, 3))"), t.faust());
    }

    @Test
    void delayStepInterpolationRoundsTheTime() {
        CodeTranslation t = translate("Delay d(100);\nout1 = d.read(in1, interp=\"step\");\nd.write(in2);");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("max(1.0, min(100.0, (in1 - 0.5)))"), t.faust());
        assertTrue(t.faust().contains("int(ceil("), t.faust());
    }

    @Test
    void aDelayNeverWrittenReadsSilenceExactly() {
        CodeTranslation t = translate("Delay d(10);\nout1 = d.read(3);");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("genexpr_body(d0) = (0.0, "), t.faust());
    }

    @Test
    void aHistoryAssignedTwiceFeedsBackTheLastValue() {
        CodeTranslation t = translate("History h;\nh = in1;\nout1 = h;\nh = h * 2;");
        assertTrue(t.faust().contains("genexpr_body(h0, in1) = (v0_h, in1)"), t.faust());
        assertTrue(t.faust().contains("v0_h = (in1 * 2.0);"), t.faust());
    }

    @Test
    void aBreakUnderARunTimeConditionFreezesTheLoopCounter() {
        CodeTranslation t = translate("for (i = 0; i < 4; i += 1) {\n if (in1 > i) break;\n}\nout1 = i;");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("select2(v"), t.faust());
        CodeTranslation changedByBody = translate("for (i = 0; i < 4; i += 1) {\n if (in1 > i) break;\n i += 1;\n}\nout1 = i;");
        assertEquals(List.of("G044"), codes(changedByBody), "a counter the masked body changes is not known any more");
    }

    @Test
    void aStatefulOperatorInAFunctionCalledByALoopIsReportedOnce() {
        CodeTranslation t = translate("tick(f) { return phasor(f); }\nfor (i = 0; i < 3; i += 1) {\n out1 += tick(in1 * i);\n}");
        assertEquals(List.of("G055"), codes(t));
        assertEquals(3, t.faust().split("gen.phasor", -1).length - 1, "each iteration its own phasor");
    }

    @Test
    void aStatefulOperatorCalledOnceIsExact() {
        CodeTranslation t = translate("tick(f) { return phasor(f); }\nout1 = tick(in1) + tick(in1 * 2);");
        assertTrue(t.problems().isEmpty(), "two call sites, two states, as in Gen: " + t.problems());
    }

    @Test
    void gensEmptyStatementsAndTrailingSemicolons() {
        assertEquals("1.0", result("x = 0;;\nif (1) { x = 1; };\n;\nout1 = x"));
    }
}
