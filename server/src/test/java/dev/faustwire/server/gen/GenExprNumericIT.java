package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.expr.CodeTranslation;
import dev.faustwire.gen.expr.GenExpr;
import dev.faustwire.server.render.WasmDsp;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Codeboxes translated to Faust, compiled by the real faust ({@code -double}) and rendered in the JVM
 * without rounding to float, against {@link GenExprReference} (an interpreter of GenExpr written for the
 * test, sharing nothing with the translator) on the same inputs, within 1e-9.
 */
class GenExprNumericIT {
    private static final int FRAMES = 2048;
    private static final double TOLERANCE = 1e-9;
    private static FaustCompiler compiler;
    private static double[][] inputs;

    @BeforeAll
    static void setUp() {
        compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        Random random = new Random(16);
        inputs = new double[3][FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            inputs[0][n] = Math.sin(2 * Math.PI * 3 * n / FRAMES) * 0.8 + (random.nextDouble() - 0.5) * 0.4;
            inputs[1][n] = -1 + 2.0 * n / FRAMES;
            inputs[2][n] = random.nextInt(3) - 1;
        }
    }

    /** Translates, compiles, renders and compares every output with the reference interpreter. */
    static CodeTranslation check(String what, String code, int expectedInputs, int expectedOutputs) {
        CodeTranslation t = GenExpr.translate(code, "box-1", GenFiles.NONE);
        assertTrue(t.problems().isEmpty(), what + ": translated exactly, but reported " + t.problems());
        assertEquals(expectedInputs, t.inputs(), what + ": inputs");
        assertEquals(expectedOutputs, t.outputs(), what + ": outputs");
        CompileOutcome outcome = compiler.compile(t.faust(), "genexpr", List.of("-lang", "wasm", "-double"));
        if (outcome instanceof CompileOutcome.Failed failed) {
            throw new AssertionError(what + " does not compile: " + failed.message() + "\n" + t.faust());
        }
        WasmDsp dsp = WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()).instantiate();
        assertTrue(dsp.doublePrecision(), "a -double module");
        dsp.init(48000);
        double[][] in = new double[t.inputs()][];
        for (int c = 0; c < in.length; c++) {
            in[c] = inputs[c];
        }
        double[][] rendered = new double[t.outputs()][FRAMES];
        dsp.computeDouble(in, rendered, 0, FRAMES);
        double[][] expected = new GenExprReference(code).run(in, t.outputs(), FRAMES);
        double worst = 0;
        for (int c = 0; c < t.outputs(); c++) {
            GenRender.assertClose(what + " out" + (c + 1), expected[c], rendered[c], TOLERANCE, in);
            for (int n = 0; n < FRAMES; n++) {
                worst = Math.max(worst, Math.abs(expected[c][n] - rendered[c][n]));
            }
        }
        System.out.println(what + ": " + t.outputs() + " outputs x " + FRAMES + " samples agree with the reference;"
                + " largest difference " + worst);
        return t;
    }

    /** Inputs for corpus code: audio, a slow integer selector 0..11, another 0..3, a positive modulation. */
    private static double[][] corpusInputs(int count) {
        Random random = new Random(61);
        double[][] in = new double[count][FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            double[] values = {Math.sin(2 * Math.PI * 5 * n / FRAMES) * 0.7 + (random.nextDouble() - 0.5) * 0.3,
                (n / 16) % 12, (n / 64) % 4, 0.5 + 0.4 * Math.sin(2 * Math.PI * n / FRAMES)};
            for (int c = 0; c < count; c++) {
                in[c][n] = c < values.length ? values[c] : random.nextDouble();
            }
        }
        return in;
    }

    /**
     * A loop of 24 steps each feeding the last value through clamp and a protected division, both using
     * an input twice in gen.lib: the translation routes signals into gen.lib calls ({@code (a, b) :
     * gen.div}), since Faust 2.54.9 expands an applied argument at every use of its parameter and the
     * applied chain ({@code gen.div(gen.clamp(...), ...)}) does not compile within the server's limits.
     */
    @Test
    void aLongChainOfGenLibCallsCompilesAndComputesTheChain() {
        String code = """
                y = in1;
                for (i = 0; i < 24; i += 1) {
                    y = clamp(y * 1.5 - in2 * 0.1, -0.9, 0.9) / (1 + abs(y) * 0.25);
                }
                out1 = y;
                """;
        CodeTranslation t = check("24 chained clamp and / in a loop", code, 2, 1);
        assertFalse(t.faust().contains("gen.div("), t.faust());
    }

    @Test
    void everyCorpusCodeTranslatedWithoutProblemsComputesWhatTheReferenceComputes() throws Exception {
        int compared = 0;
        int exact = 0;
        for (GenExprCorpusIT.Piece piece : GenExprCorpusIT.corpusPieces()) {
            GenFiles files = GenExprCorpusIT.filesBeside(piece.file());
            CodeTranslation t = GenExpr.translate(piece.code(), piece.boxId(), files, piece.owned());
            if (!t.problems().isEmpty()) {
                continue;
            }
            exact++;
            CompileOutcome outcome = compiler.compile(t.faust(), "genexpr", List.of("-lang", "wasm", "-double"));
            WasmDsp dsp = WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()).instantiate();
            dsp.init(48000);
            double[][] in = corpusInputs(t.inputs());
            if (piece.file().getFileName().toString().equals("svf.gendsp")) {
                // its input is a cutoff in Hz: below 1 Hz its formula (cos w - 1 + sqrt(cos^2 w - 4 cos w + 3)) cancels
                // to 1e-8 from 1e-16 differences, which Faust's reordering of sums already makes
                for (int n = 0; n < FRAMES; n++) {
                    in[0][n] = 50 + 12000.0 * n / FRAMES;
                }
            }
            double[][] rendered = new double[t.outputs()][FRAMES];
            dsp.computeDouble(in, rendered, 0, FRAMES);
            // an expr box's single expression is its first outlet
            String reference = piece.kind().equals("expr") ? "out1 = " + piece.code() + ";" : piece.code();
            GenExprReference model = new GenExprReference(reference, files::read);
            for (GenExpr.DataBox data : piece.owned()) {
                model.data(data.name(), data.dim(), data.channels());
            }
            double[][] expected = model.run(in, t.outputs(), FRAMES);
            double worst = 0;
            for (int c = 0; c < t.outputs(); c++) {
                GenRender.assertClose(piece.where() + " out" + (c + 1), expected[c], rendered[c], TOLERANCE, in);
                for (int n = 0; n < FRAMES; n++) {
                    worst = Math.max(worst, Math.abs(expected[c][n] - rendered[c][n]) / Math.max(1, Math.abs(expected[c][n])));
                }
            }
            compared++;
            System.out.println(piece.where() + ": " + t.outputs() + " outputs x " + FRAMES
                    + " samples agree with the reference; largest relative difference " + worst);
        }
        System.out.println("GenExpr corpus numeric: " + compared + " of " + exact
                + " codes translated without problems agree with the reference within " + TOLERANCE);
        assertEquals(exact, compared);
        assertTrue(compared >= 11, "the corpus has at least 11 exactly translated codes, got " + compared);
    }

    @Test
    void numbersFoldedWhenTheCodeIsGeneratedAreWhatGenLibComputes() {
        double[][] pairs = {{7, 3}, {7.3, 3}, {-7.3, 3}, {5, -3}, {1e9 + 0.5, 0.7}, {3, 0}, {-0.25, 1}, {0.1, 0.3}, {-2.5, 1e-17}};
        String[] ops = {"/", "%", "<", "==", "&&", "^^"};
        String[] calls = {"int(%s)", "floor(%s)", "clamp(%s, -1, 0.5)", "sign(%s)", "min(%s, 0.2)", "sqrt(abs(%s))"};
        StringBuilder code = new StringBuilder();
        List<String> what = new java.util.ArrayList<>();
        int out = 1;
        for (double[] p : pairs) {
            for (String op : ops) {
                // the same operation on two numbers (folded) and on two inputs set to those numbers (rendered)
                code.append("out").append(out++).append(" = ").append(p[0]).append(' ').append(op).append(' ').append(p[1]).append(";\n");
                code.append("out").append(out++).append(" = in1 ").append(op).append(" in2;\n");
                what.add(p[0] + " " + op + " " + p[1]);
            }
            for (String call : calls) {
                code.append("out").append(out++).append(" = ").append(call.replace("%s", Double.toString(p[0]))).append(";\n");
                code.append("out").append(out++).append(" = ").append(call.replace("%s", "in1")).append(";\n");
                what.add(call.replace("%s", Double.toString(p[0])));
            }
        }
        int perPair = 2 * (ops.length + calls.length);
        CodeTranslation t = GenExpr.translate(code.toString(), "box-1", GenFiles.NONE);
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        CompileOutcome outcome = compiler.compile(t.faust(), "folding", List.of("-lang", "wasm", "-double"));
        if (outcome instanceof CompileOutcome.Failed failed) {
            throw new AssertionError(failed.message());
        }
        WasmDsp dsp = WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()).instantiate();
        dsp.init(48000);
        double[][] in = new double[2][pairs.length];
        for (int n = 0; n < pairs.length; n++) {
            in[0][n] = pairs[n][0];
            in[1][n] = pairs[n][1];
        }
        double[][] rendered = new double[t.outputs()][pairs.length];
        dsp.computeDouble(in, rendered, 0, pairs.length);
        int compared = 0;
        for (int n = 0; n < pairs.length; n++) {
            for (int k = 0; k < perPair / 2; k++) {
                int folded = n * perPair + 2 * k;
                assertEquals(rendered[folded + 1][n], rendered[folded][n], 0.0, what.get(n * perPair / 2 + k)
                        + ": folded when generated, rendered from inputs");
                compared++;
            }
        }
        System.out.println("folding: " + compared + " operations folded when generated equal gen.lib's rendering bit for bit");
    }

    @Test
    void returnFromInsideLoopsStaticallyAndWhileRunning() {
        check("return inside loops", """
                firstAbove(x, limit) {
                    for (k = 0; k < 8; k += 1) {
                        if (x * k > limit) return k, x * k;
                    }
                    return -1, 0;
                }
                staticExit(n) {
                    acc = 0;
                    for (k = 0; k < 100; k += 1) {
                        acc += k;
                        if (k == n) return acc;
                    }
                    return -acc;
                }
                a, b = firstAbove(in1, 0.5);
                c, d = firstAbove(in2 + 1, 3);
                out1 = a + b * 0.001;
                out2 = c * 10 + d;
                out3 = staticExit(4) + staticExit(200);
                """, 2, 3);
    }

    @Test
    void paramsAreSlidersTheHostSets() {
        String code = """
                Param cutoff(0.3, min=0, max=1);
                Param drive(2, min=1, max=4);
                History y;
                y = y + cutoff * (in1 * drive - y);
                out1 = y;
                """;
        CodeTranslation t = GenExpr.translate(code, "box-1", GenFiles.NONE);
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        CompileOutcome.Compiled compiled = (CompileOutcome.Compiled) compiler.compile(t.faust(), "params",
                List.of("-lang", "wasm", "-double"));
        dev.faustwire.server.toolchain.DspControl cutoff = compiled.description().controls().stream()
                .filter(c -> c.label().equals("cutoff")).findFirst().orElseThrow();
        dev.faustwire.server.toolchain.DspControl drive = compiled.description().controls().stream()
                .filter(c -> c.label().equals("drive")).findFirst().orElseThrow();
        assertEquals(0.3, cutoff.init(), 1e-12);
        assertEquals(1.0, cutoff.max(), 0.0);
        assertEquals(4.0, drive.max(), 0.0);
        WasmDsp dsp = WasmProgram.compile(compiled.wasm()).instantiate();
        dsp.init(48000);
        dsp.setParam(cutoff.index(), 0.05);
        dsp.setParam(drive.index(), 3.5);
        double[][] in = {inputs[0]};
        double[][] rendered = new double[1][FRAMES];
        dsp.computeDouble(in, rendered, 0, FRAMES);
        double[][] expected = new GenExprReference(code).param("cutoff", 0.05).param("drive", 3.5).run(in, 1, FRAMES);
        GenRender.assertClose("params set by the host", expected[0], rendered[0], TOLERANCE, in);
        double[][] atDefaults = new GenExprReference(code).run(in, 1, FRAMES);
        assertTrue(Math.abs(atDefaults[0][100] - rendered[0][100]) > 1e-3, "the sliders change what is computed");
        System.out.println("params: cutoff and drive set by the host agree with the reference over " + FRAMES + " samples");
    }

    @Test
    void onePoleWithHistoryAndParam() {
        check("one-pole", """
                History y(0.25);
                Param g(0.3, min=0, max=1);
                y = y + g * (in1 - y);
                out1 = y;
                out2 = y * 2 - in1 / (in2 + 0.5);
                """, 2, 2);
    }

    @Test
    void forAndWhileLoopsWithBreakAndContinue() {
        check("loops", """
                acc = 0;
                for (i = 0; i < 8; i += 1) {
                    if (i == 5) { continue; }
                    acc += in1 * (i + 1) / 8;
                    if (i >= 6) break;
                }
                k = 0; n = 1;
                while (n < 100) { n *= 3; k += 1; }
                out1 = acc + k;
                """, 1, 1);
    }

    @Test
    void functionWithDefaultsAndTwoReturns() {
        check("two returns", """
                split(x, gain=2) {
                    lo = x * 0.5;
                    hi = x - lo * gain;
                    return lo, hi;
                }
                a, b = split(in1);
                c, d = split(in1 * in2, gain=0.5);
                out1 = a + c;
                out2 = b * d;
                out3 = split(in2, 3);
                """, 2, 3);
    }

    @Test
    void ifElseWithAHistoryWrittenInOneBranch() {
        check("if/else History", """
                History count(0);
                History held(1);
                if (in1 > 0.2) {
                    count = count + 1;
                    held = in2;
                } else if (in1 < -0.5) {
                    count = 0;
                }
                out1 = count;
                out2 = held * (in3 > 0 ? 1 : -1);
                out3 = !(in3 == 0) && held > 0;
                """, 3, 3);
    }

    @Test
    void returnBreakAndContinueUnderRunTimeConditions() {
        check("run-time jumps", """
                History total(0);
                clipped(x, lo=-0.5) {
                    if (x < lo) { return lo, 1; }
                    y = x * 2;
                    if (y > 1) return 1, 2;
                    return y, 0;
                }
                s = 0;
                for (i = 0; i < 6; i += 1) {
                    if (in2 * 6 > i) continue;
                    s += i;
                    total = total * 0.5 + i;
                    if (in1 > 0.1 * i) break;
                }
                a, b = clipped(in1);
                out1 = s;
                out2 = a + 10 * b;
                out3 = total;
                """, 2, 3);
    }

    @Test
    void aLoopCallingAFunctionAdvancesItsOneStateEachTime() {
        check("loop and shared call-site state", """
                smooth(x) {
                    History s(0);
                    s = s + 0.25 * (x - s);
                    return s;
                }
                y = in1;
                for (i = 0; i < 3; i += 1) {
                    y = smooth(y) + i * 0.01;
                }
                out1 = y;
                out2 = smooth(in1);
                """, 1, 2);
    }

    @Test
    void aRequiredLibraryWithABiquadAndSteppedDelayTaps() {
        String library = """
                biquad(x, a0, a1, a2, b1, b2) {
                    History x1, x2, y1, y2;
                    y = a0 * x + a1 * x1 + a2 * x2 - b1 * y1 - b2 * y2;
                    x2 = x1; x1 = x;
                    y2 = y1; y1 = y;
                    return y;
                }
                """;
        String code = """
                require("filters");
                Delay d(32);
                y = biquad(in1, 0.2, 0.4, 0.2, -0.5, 0.3);
                d.write(wrap(y * 3, -1, 1));
                out1 = y;
                out2 = d.read(in2 * 10 + 12, interp="step");
                out3 = d.read(in2 * 10 + 12);
                """;
        GenFiles files = name -> name.equals("filters.genexpr") ? library : null;
        CodeTranslation t = GenExpr.translate(code, "box-1", files);
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        CompileOutcome outcome = compiler.compile(t.faust(), "genexpr", List.of("-lang", "wasm", "-double"));
        WasmDsp dsp = WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()).instantiate();
        dsp.init(48000);
        double[][] in = {inputs[0], inputs[1]};
        double[][] rendered = new double[3][FRAMES];
        dsp.computeDouble(in, rendered, 0, FRAMES);
        double[][] expected = new GenExprReference(code, files::read).run(in, 3, FRAMES);
        for (int c = 0; c < 3; c++) {
            GenRender.assertClose("biquad and stepped taps out" + (c + 1), expected[c], rendered[c], TOLERANCE, in);
        }
        System.out.println("required biquad, wrap and stepped/linear taps: 3 outputs x " + FRAMES + " samples agree");
    }

    @Test
    void aFunctionsHistoryAdvancesOnlyWhenItsBranchIsTaken() {
        check("state in a branch", """
                count(step) {
                    History n(0);
                    n = n + step;
                    return n;
                }
                History last(0);
                if (in1 > 0.3) {
                    out1 = count(1);
                } else if (in1 < -0.3) {
                    out1 = count(-0.5) * 2;
                    last = in2;
                } else {
                    out1 = last;
                }
                out2 = in1 > 0 && in2 > 0 || in1 < -0.9 ? last : -last;
                out3 = !(in1 > in2) + (in1 != in2) * 0.5;
                """, 2, 3);
    }

    @Test
    void nestedLoopsWithARunTimeBreakInTheInnerOne() {
        check("nested loops", """
                total = 0;
                for (i = 1; i <= 3; i += 1) {
                    for (j = 1; j <= 5; j += 1) {
                        if (in1 * 5 + i > j) continue;
                        total += i * j;
                        if (in2 > 0.2 * j - 0.5) break;
                    }
                    total += j * 0.001;
                }
                out1 = total;
                """, 2, 1);
    }

    @Test
    void delayFeedbackAndAFunctionWithItsOwnHistoryPerCall() {
        check("delay and per-call state", """
                lp(x, a) {
                    History m(0);
                    m = m + a * (x - m);
                    return m;
                }
                Delay d(100);
                fb = d.read(in2 * 10 + 20);
                y = lp(in1 + 0.5 * fb, 0.3);
                d.write(y);
                out1 = y;
                out2 = lp(in1, 0.1);
                out3 = d.read(3.5) - d.read(0.25);
                """, 2, 3);
    }
}
