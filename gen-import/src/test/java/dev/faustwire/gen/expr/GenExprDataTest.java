package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GenExpr Data and the table operators: the Faust text the translation gives, and its problems. */
class GenExprDataTest {
    private static CodeTranslation translate(String code) {
        return GenExpr.translate(code, "box-7", GenFiles.NONE);
    }

    private static CodeTranslation exact(String code) {
        CodeTranslation t = translate(code);
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        return t;
    }

    private static List<String> codes(CodeTranslation t) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : t.problems()) {
            out.add(d.code().id());
        }
        return out;
    }

    /** The definition line of a name in the program's with block. */
    private static String definition(CodeTranslation t, String prefix) {
        for (String line : t.faust().lines().toList()) {
            if (line.trim().startsWith(prefix)) {
                return line.trim();
            }
        }
        throw new AssertionError("no definition " + prefix + " in\n" + t.faust());
    }

    @Test
    void aRingBufferIsOneStoreFedByItsPokeOneSampleLateAndOverlaidBySamplesPokes() {
        CodeTranslation t = exact("""
                Data d(8);
                History w;
                poke(d, in1, w);
                out1 = peek(d, w - 3, boundmode="wrap");
                w = wrap(w + 1, 0, dim(d));
                """);
        assertEquals("import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n\n" + TableSlot.PRELUDE + """
                genexpr_body(h0, t0p0v, t0p0f, t0p0c, in1) = (v2_w, in1, (v0_d_frame + 1), 0.0, v1_d_read)
                with {
                    v0_d_frame = (h0 : gen.poke_frame(8, 0, 0));
                    v1_d_read = ((v0_d_frame, in1, (h0 - 3.0)) : \\(gx_f0, gx_v0, gx_x0).((genexpr_x(8, 0, gx_x0) : \\(gx_x).(genexpr_at(8, 1, genexpr_poked(t0_start0, gx_f0, gx_v0), gx_x, 0)))));
                    v2_w = (((h0 + 1.0), 0.0, 8.0) : gen.wrap);
                    t0_start0 = gen.store_rd(8, 1, \\(j).(0.0), 1, (t0p0v, (t0p0f - 1), t0p0c), 0.0);
                };

                process = genexpr_body ~ si.bus(4) : si.block(4), si.bus(1);
                """, t.faust());
    }

    @Test
    void aReadBeforeAPokeInTheProgramDoesNotSeeItAndAReadAfterDoes() {
        CodeTranslation t = exact("""
                Data d(16);
                a = peek(d, 2);
                poke(d, a + in1, 2);
                b = peek(d, 2);
                out1 = a; out2 = b;
                """);
        assertEquals("v0_d_read = (genexpr_x(16, 0, 2.0) : \\(gx_x).(genexpr_at(16, 0, t0_start0, gx_x, 0)));",
                definition(t, "v0_d_read"));
        assertEquals("v3_d_read = ((v2_d_frame, v1_d_value, 2.0) : \\(gx_f0, gx_v0, gx_x0).((genexpr_x(16, 0, gx_x0) : \\(gx_x)"
                + ".(genexpr_at(16, 0, genexpr_poked(t0_start0, gx_f0, gx_v0), gx_x, 0)))));", definition(t, "v3_d_read"));
        // the read before feeds the poke: the poke's value goes round the recursion, not into the table of its read
        assertTrue(t.faust().contains("t0_start0 = gen.store_rd(16, 1, \\(j).(0.0), 1, (t0p0v, (t0p0f - 1), t0p0c), 0.0);"),
                t.faust());
    }

    @Test
    void aPokeUnderARunTimeConditionWritesFrameMinusOneWhereTheConditionFails() {
        CodeTranslation t = exact("""
                Data d(16);
                if (in1 > 0) {
                    poke(d, 1, 3);
                } else {
                    if (in2 > 0) { poke(d, 2, 4); }
                }
                out1 = peek(d, 3) + peek(d, 4);
                """);
        assertEquals("v1_d_frame = select2((v0_cond != 0), -1, (3.0 : gen.poke_frame(16, 0, 0)));", definition(t, "v1_d_frame"));
        String nested = definition(t, "v4_d_frame");
        assertTrue(nested.startsWith("v4_d_frame = select2(v3_guard, -1,"), nested);
        assertEquals("v3_guard = ((v0_cond == 0) & (v2_cond != 0));", definition(t, "v3_guard"));
    }

    @Test
    void pokesInsideALoopWithARunTimeBreakAreMaskedAfterTheBreak() {
        CodeTranslation t = exact("""
                Data d(8);
                for (i = 0; i < 3; i += 1) {
                    if (in1 > i) break;
                    poke(d, i, i);
                }
                out1 = peek(d, 1);
                """);
        assertTrue(t.faust().contains("select2(("), t.faust());
        assertEquals(3, t.faust().split("gen.poke_frame").length - 1, "one poke per iteration");
        for (String line : t.faust().lines().toList()) {
            if (line.contains("gen.poke_frame") && !line.contains("(0.0 : gen.poke_frame(8, 0, 0))")) {
                assertTrue(line.contains("select2("), "pokes after a possible break are guarded: " + line);
            }
        }
    }

    @Test
    void channelsAttributesAndMethodFormsAreTranslated() {
        CodeTranslation t = exact("""
                Data d(32, 3);
                poke(d, in1, in2, in3);
                d.poke(in1 * 2, 5, 1, index="samples", boundmode="clamp");
                out1 = sample(d, in2, in3, interp="cubic", boundmode="fold");
                out2 = d.peek(5, 1) + dim(d) * channels(d);
                out3 = lookup(d, in1, 2) + nearest(d, in2) + wave(d, in1, 2, 20, 1);
                """);
        String faust = t.faust();
        assertTrue(faust.contains("(5.0 : gen.poke_frame(32, 0, 4))"), faust);
        assertTrue(faust.contains("(genexpr_x(32, 1, gx_x0) : \\(gx_x).((genexpr_at(32, 2, "), "sample by phase, fold: " + faust);
        assertTrue(faust.contains("gen.genlib_cubic_interp(genexpr_frac(gx_x), genexpr_at(32, 2, "), faust);
        assertTrue(faust.contains("+ 96.0)"), "dim * channels folds to 96: " + faust);
        assertTrue(faust.contains("(genexpr_x(32, 2, gx_x0) : \\(gx_x).((genexpr_at(32, 4, "), "lookup clamps: " + faust);
        assertTrue(faust.contains("genexpr_x(32, 0, genexpr_wave(32, gx_x0, gx_x1, gx_x2))"), faust);
        assertTrue(faust.contains("genexpr_poked_on(t0_start0, gx_f0, floor(gx_c0), gx_rc, gx_v0)"),
                "a poke's channel picks the channel read: " + faust);
        assertTrue(faust.contains("genexpr_poked_on(genexpr_poked_on(t0_start0, gx_f0, floor(gx_c0), gx_rc, gx_v0), gx_f1, 1.0, gx_rc,"),
                "a poke of a known channel against a read channel known only while running: " + faust);
        assertTrue(faust.contains("genexpr_poked(genexpr_poked_on(t0_start1, gx_f0, floor(gx_c0), 1.0, gx_v0), gx_f1, gx_v1)"),
                "a read of channel 1 sees the poke of channel 1 and the one whose channel is known only while running: " + faust);
        assertTrue(faust.contains("max(0, min(2, floor(in3)))"), "a read's channel is clamped: " + faust);
    }

    @Test
    void aDataDeclaredAgainByALoopIsOneTable() {
        CodeTranslation t = exact("for (i = 0; i < 2; i += 1) {\n Data d(4);\n poke(d, i, i);\n}\nout1 = peek(d, 1);");
        assertEquals(1, t.faust().split("gen.store_rd").length - 1, t.faust());
        assertTrue(t.faust().contains("genexpr_poked(genexpr_poked(t0_start0, gx_f0, gx_v0), gx_f1, gx_v1)") && !t.faust().contains("t1_"),
                t.faust());
    }

    @Test
    void tableProblemsAreReportedOnTheirLinesWithTheirCodes() {
        assertEquals(List.of("G057"), codes(translate("Data d(0);\nout1 = peek(d, 0);")));
        assertEquals(List.of("G057"), codes(translate("Data d(4, 0.5);")));
        assertEquals(List.of("G058"), codes(translate("out1 = peek(in1, 0);")));
        assertEquals(List.of("G059"), codes(translate("Data d(4);\npoke(d, 1, 2, 0, 0.5);")));
        assertEquals(List.of("G059"), codes(translate("Data d(4);\nout1 = peek(d, 1, channels=2);")));
        assertEquals(List.of("G059"), codes(translate("Data d(4);\nout1 = wave(d, 0.5, 0, 3, index=\"phase\");")));
        assertEquals(List.of("G059"), codes(translate("Data d(4);\npoke(d, 1, 2, interp=\"linear\");")));
        assertEquals(List.of("G050"), codes(translate("Data d(4);\npoke(d, 1);")));
        assertEquals(List.of("G020"), codes(translate("Buffer b(\"x\");\nout1 = b.peek(1);")));
        assertEquals(List.of("G057", "G046"), codes(translate("Data d(0);\nout1 = d.peek(1);")));
        assertEquals(List.of("G054"), codes(translate("Data d(4);\nout1 = d.grow(1);")));
        assertEquals(List.of("G054"), codes(translate("Data d(4);\nout1 = d + 1;")));
    }

    @Test
    void aPokeInABranchKnownFalseWritesNothing() {
        CodeTranslation t = exact("Data d(4);\nif (0) { poke(d, 1, 1); }\nout1 = peek(d, 1);");
        assertFalse(t.faust().contains("poke_frame"), t.faust());
        assertTrue(t.faust().contains("gen.store_rd(4, 1, \\(j).(0.0), 0, 0, 0.0)"), t.faust());
    }

    @Test
    void aPokeInsideATernaryIsGuardedByItsBranch() {
        CodeTranslation t = exact("Data d(4);\nx = in1 > 0 ? poke(d, 1, 1) : poke(d, 2, 2);\nout1 = peek(d, 1) + peek(d, 2);");
        List<String> frames = new ArrayList<>();
        for (String line : t.faust().lines().toList()) {
            if (line.contains("gen.poke_frame")) {
                frames.add(line.trim());
            }
        }
        assertEquals(2, frames.size(), t.faust());
        assertTrue(frames.get(0).contains("select2((((in1 > 0.0)) != 0), -1,") || frames.get(0).contains("select2(((in1 > 0.0) != 0), -1,"),
                frames.get(0));
        assertTrue(frames.get(1).contains("== 0), -1,"), "the other branch writes where the condition fails: " + frames.get(1));
    }

    @Test
    void aDataInAFunctionIsOneTablePerCallSiteAndTablesAreTooLargeBeyond16MValues() {
        CodeTranslation t = exact("f(x) {\n Data m(4);\n poke(m, x, 0);\n return peek(m, 0);\n}\nout1 = f(in1) + f(in1 * 2);");
        assertTrue(t.faust().contains("t0_start0 = gen.store_rd(4,") && t.faust().contains("t1_start0 = gen.store_rd(4,"), t.faust());
        assertEquals(List.of("G057"), codes(translate("Data d(65536, 512);")));
        assertEquals(List.of("G057"), codes(translate("Data d(8, 0);")));
    }
}
