package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.gen.GenFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenExprTest {
    private static CodeTranslation translate(String code) {
        return GenExpr.translate(code, "box-3", GenFiles.NONE);
    }

    /** "G044 line 2" for each problem. */
    private static List<String> problems(CodeTranslation t) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : t.problems()) {
            assertEquals("box-3", d.boxId());
            assertTrue(d.message().startsWith("line "), d.message());
            int space = d.message().indexOf(':');
            out.add(d.code().id() + " " + d.message().substring(0, space));
        }
        return out;
    }

    private static void assertProblems(String code, String... expected) {
        CodeTranslation t = translate(code);
        assertEquals(List.of(expected), problems(t), t.problems().toString());
        assertNotNull(t.faust(), "a program is made even when something is left out");
    }

    @Test
    void anExprIsItsFirstOutput() {
        CodeTranslation t = translate("in1*pi*2");
        assertEquals(1, t.inputs());
        assertEquals(1, t.outputs());
        assertTrue(t.problems().isEmpty());
        assertEquals("""
                import("stdfaust.lib");
                gen = library("gen.lib");

                genexpr_body(in1) = (v0_out1)
                with {
                    v0_out1 = ((in1 * 3.141592653589793) * 2.0);
                };

                process = genexpr_body;
                """, t.faust());
    }

    @Test
    void anExprsEscapedCommasAndSemicolonsAreGenExpr() {
        CodeTranslation t = translate("max(in1\\, in2 * 2)");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertEquals(2, t.inputs());
        assertTrue(t.faust().contains("((in1, (in2 * 2.0)) : gen.maximum)"), t.faust());
        CodeTranslation two = translate("out1 = in1\\; out2 = in1 * 2");
        assertEquals(2, two.outputs());
    }

    @Test
    void historyIsOneRecursionReadBeforeAndWrittenAfter() {
        CodeTranslation t = translate("History h(0.5);\nh = h * 0.9 + in2;\nout2 = h;\n");
        assertEquals(2, t.inputs());
        assertEquals(2, t.outputs());
        assertEquals("""
                import("stdfaust.lib");
                gen = library("gen.lib");

                genexpr_body(h0, in1, in2) = (v1_h, 0.0, v1_h)
                with {
                    v0_h = (h0 + 0.5 * (1 - 1'));
                    v1_h = ((v0_h * 0.9) + in2);
                };

                process = genexpr_body ~ si.bus(1) : si.block(1), si.bus(2);
                """, t.faust());
    }

    @Test
    void inAndOutAloneAreTheFirstOnes() {
        CodeTranslation t = translate("out = in * 2;");
        assertEquals(1, t.inputs());
        assertEquals(1, t.outputs());
    }

    @Test
    void loopsWithKnownBoundsAreUnrolledAndFolded() {
        CodeTranslation t = translate("s = 0; for (i = 1; i <= 10; i += 1) { if (i % 2 == 0) continue; s += i; if (i > 6) break; }"
                + "\nn = 0; while (n * n < 50) n += 1;\nout1 = s * 100 + n;");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("genexpr_body = (1608.0);"), t.faust());
    }

    @Test
    void functionsAreInlinedWithDefaultsNamedArgumentsAndSeveralReturns() {
        CodeTranslation t = translate("f(x, k=3, j=5) { return x * k + j, x; }\na, b = f(2);\nc = f(2, j=1);\nout1 = a * 1000 + b * 100 + c;");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("genexpr_body = (11207.0);"), t.faust());
    }

    @Test
    void eachCallSiteHasItsOwnHistory() {
        CodeTranslation t = translate("acc(x) { History s; s += x; return s; }\nout1 = acc(in1);\nout2 = acc(in1);");
        assertTrue(t.faust().contains("genexpr_body(h0, h1, in1)"), t.faust());
        assertTrue(t.faust().contains("si.bus(2) : si.block(2), si.bus(2)"), t.faust());
    }

    @Test
    void aRunTimeIfMergesEveryVariableWithSelect2() {
        CodeTranslation t = translate("History h;\nx = 1;\nif (in1 > 0) { x = 2; h = in1; } else { x = 3; }\nout1 = x + h;");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("select2(v0_cond != 0, 3.0, 2.0)"), t.faust());
        assertTrue(t.faust().contains("select2(v0_cond != 0, h0, in1)"), t.faust());
    }

    @Test
    void jumpsUnderRunTimeConditionsMaskWhatFollows() {
        CodeTranslation t = translate("f(x) {\n if (x > 0) return 1;\n return 2;\n}\nout1 = f(in1);\n"
                + "s = 0;\nfor (i = 0; i < 3; i += 1) {\n if (in2 > i) continue;\n s += 1;\n if (in1 > i) break;\n}\nout2 = s;");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("v5_r0 = select2(v3_alive != 0, v2_r0, 2.0);"), t.faust());
        assertFalse(t.faust().contains("#"), t.faust());
    }

    @Test
    void aConstantIfRunsOneBranchOnly() {
        CodeTranslation t = translate("k = 2;\nif (k > 1) { out1 = phasor(in1); } else { out1 = noise(); }");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("((in1, 0.0) : gen.phasor(0))"), t.faust());
        assertFalse(t.faust().contains("noise"), t.faust());
    }

    @Test
    void operatorsAreGenLibFunctionsWithGensDefaults() {
        CodeTranslation t = translate("out1 = wrap(in1); out2 = max(in1, 0.5) / in2; out3 = cartopol(in1, in2); out4 = pow(2, 0.5);");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("((in1, 0.0, 1.0) : gen.wrap)"), t.faust());
        assertTrue(t.faust().contains("((((in1, 0.5) : gen.maximum), in2) : gen.div)"), t.faust());
        assertTrue(t.faust().contains("ba.selector(0, 2)"), t.faust());
        assertTrue(t.faust().contains("((2.0, 0.5) : gen.pow_)"), t.faust());
        assertTrue(t.faust().contains("samplerate") == false);
    }

    @Test
    void paramIsASliderWithItsNameAndRange() {
        CodeTranslation t = translate("Param cutoff(1000, min=20, max=20000);\nParam plain;\nout1 = cutoff + plain;");
        assertTrue(t.faust().contains("hslider(\"cutoff\", 1000.0, 20.0, 20000.0, 0.001)"), t.faust());
        assertTrue(t.faust().contains("hslider(\"plain\", 0.0, 0.0, 1.0, 0.001)"), t.faust());
        assertEquals(List.of("G056 line 2"), problems(t));
        assertTrue(translate("Param f(440, min=20);\nout1 = f;").faust().contains("hslider(\"f\", 440.0, 20.0, 880.0, 0.001)"));
        assertProblems("Param p(0, min=0, max=1);\np = 1;", "G053 line 2");
    }

    @Test
    void delayReadsBeforeTheWriteAreAtLeastOneSample() {
        CodeTranslation t = translate("Delay d(100);\nx = d.read(in1);\nd.write(in2);\ny = d.read(in1);\nout1 = x; out2 = y;");
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertTrue(t.faust().contains("max(1.0, min(100.0, in1))"), t.faust());
        assertTrue(t.faust().contains("max(0.0, min(100.0, in1))"), t.faust());
        assertTrue(t.faust().contains("(d0 @ (v"), t.faust());
    }

    @Test
    void requireLoadsALibraryOnceThroughGenFiles() {
        List<String> asked = new ArrayList<>();
        GenFiles files = name -> {
            asked.add(name);
            return name.equals("lib.genexpr") ? "twice(x) { return 2 * x; }" : null;
        };
        CodeTranslation t = GenExpr.translate("require(\"lib\");\nrequire \"lib\";\nout1 = twice(in1);", "box-3", files);
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertEquals(List.of("lib.genexpr"), asked);
        assertTrue(t.faust().contains("(2.0 * in1)"), t.faust());
    }

    @Test
    void aLibraryWithASyntaxErrorIsReportedAtTheRequire() {
        GenFiles files = name -> "f(x) { return x +; }";
        CodeTranslation t = GenExpr.translate("\nrequire(\"bad\");\nout1 = 1;", "box-3", files);
        assertEquals(1, t.problems().size());
        assertEquals("line 2: in bad.genexpr line 1: expected a value but found ';'", t.problems().get(0).message());
    }

    @Test
    void everyProblemHasItsCodeAndLine() {
        assertProblems("a = (1;", "G040 line 1");
        assertProblems("out1 = x;", "G041 line 1");
        assertProblems("\nout1 = nosuch(1);", "G042 line 2");
        assertProblems("require(\"missing\");", "G043 line 1");
        assertProblems("for (i = 0; i < in1; i += 1) { out1 = i; }", "G044 line 1");
        assertProblems("i = 0;\nwhile (1) { i += 1; }", "G045 line 2");
        assertProblems("Buffer b(\"x\");\nout1 = peek(b, 3);\nout2 = dim(b);", "G020 line 1");
        assertProblems("Data d(0);\nout1 = peek(d, 3);\nout2 = dim(d);", "G057 line 1", "G046 line 3");
        assertProblems("i = 0;\nwhile (1) {\n i += 1;\n if (in1 > i) break;\n}", "G047 line 2");
        assertProblems("if (in1) {\n out1 = noise();\n}", "G048 line 2");
        assertProblems("Delay d(10);\nout1 = d.read(2, interp=\"cubic\");\nd.write(in1);", "G049 line 2");
        assertProblems("f(x) { return x; }\nout1 = f(1, 2);", "G050 line 2");
        assertProblems("a, b, c = 1, 2;", "G050 line 1");
        assertProblems("f(x) { return g(x); }\ng(x) { return f(x); }\nout1 = f(1);", "G051 line 2");
        assertProblems("Delay d(10);\nif (in1) {\n d.write(in2);\n}\nout1 = d.read(3);", "G052 line 2");
        assertProblems("in1 = 2;", "G053 line 1");
        assertProblems("out1 = in1 & 3;", "G054 line 1");
        assertProblems("for (i = 0; i < 3; i += 1) {\n out1 += phasor(in1);\n}", "G055 line 2");
        assertProblems("\nData d(in1);", "G057 line 2");
        assertProblems("Data d(4);\nout1 = peek(e, 1);", "G058 line 2");
        assertProblems("Data d(4);\nout1 = peek(d, 1, boundmode=\"bounce\");", "G059 line 2");
        assertProblems("Data d(4);\nfor (i = 0; i < 300; i += 1) {\n poke(d, i, i);\n}", "G060 line 3");
        assertProblems("Data d(4);\nsplat(d, 1, 0.5);", "G061 line 2");
    }

    @Test
    void errorsAndWarningsAreTheirSeverities() {
        CodeTranslation t = translate("if (in1) { out1 = noise(); }\nout2 = y;");
        assertEquals(Severity.WARNING, t.problems().get(0).severity());
        assertEquals(Severity.ERROR, t.problems().get(1).severity());
    }

    @Test
    void aCodeWithoutOutputsStillGivesAProgram() {
        CodeTranslation t = translate("History once(1);\nonce = 0;");
        assertEquals(0, t.outputs());
        assertTrue(t.faust().contains("process = genexpr_body ~ si.bus(1) : si.block(1);"), t.faust());
        assertEquals("import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n\nprocess = 0 : !;\n", translate("a = 1;").faust());
    }

    @Test
    void everyTruncationOfACodeTranslatesWithoutThrowing() {
        String code = """
                require("lib");
                /* a comment */
                f(x, amp=0.5) {
                    History m(0);
                    if (x > amp) { return m, 1; } else { m = m + 0.1 * (x - m); }
                    return m * amp, 0;
                }
                History h(1), g;
                Param p(0.5, min=0, max=1);
                Delay d(64);
                Data t(8);
                a, b = f(in1, amp=p);
                for (i = 0; i < 4; i += 1) { if (in2 > i) continue; h += i; if (h > 3) break; }
                while (g < 3) { g += 1; }
                c = d.read(in2 * 8, interp="step") + peek(t, 2) + wrap(a, -1, 1) + (b ? in3 : -in3) & 1;
                d.write(c);
                out1 = c; out2 = !h || g ^^ b; out3 = cartopol(a, b);
                """;
        GenFiles files = name -> "lib(x) { return x; }";
        int translated = 0;
        for (int end = 0; end <= code.length(); end++) {
            CodeTranslation t = GenExpr.translate(code.substring(0, end), "box-3", files);
            assertNotNull(t.faust(), "a program for the first " + end + " characters");
            for (Diagnostic d : t.problems()) {
                assertTrue(d.message().startsWith("line "), d.message());
            }
            translated++;
        }
        assertEquals(code.length() + 1, translated);
    }

    @Test
    void nullCodeAndNullFilesAreEmpty() {
        CodeTranslation t = GenExpr.translate(null, "box-3", null);
        assertTrue(t.problems().isEmpty());
        assertEquals(0, t.inputs());
    }
}
