package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.diag.Code;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.render.WasmDsp;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Named histories and setparam through the whole import: a Gen patcher imported, its patch generated,
 * compiled by the real faust ({@code -double}) and rendered in the JVM, against the same patcher
 * computed in Java from Gen's meaning, within 1e-9.
 */
class GenSetparamIT {
    private static final int FRAMES = 4096;
    private static final double TOLERANCE = 1e-9;

    /** in 1 times param k, out 1: the sub-patcher whose k a setparam sets. */
    private static String scaler(String param) {
        return patcher(List.of(box(1, "in 1"), box(2, param), box(3, "*"), box(4, "out 1")),
                List.of(line(1, 0, 3, 0), line(2, 0, 3, 1), line(3, 0, 4, 0)));
    }

    /** in 1 into the sub-patcher, in 2 into setparam k connected to it, the sub-patcher's out to out 1. */
    private static String parent(String subBox) {
        return patcher(List.of(box(1, "in 1"), box(2, "in 2"), box(3, "setparam k"), subBox, box(5, "out 1")),
                List.of(line(1, 0, 4, 0), line(2, 0, 3, 0), line(3, 0, 4, 0), line(4, 0, 5, 0)));
    }

    /** y = x + 0.5 * history(y), the history named y with an init. */
    private static String namedLoop(String history) {
        return patcher(List.of(box(1, "in 1"), box(2, "+"), box(3, history), box(4, "* 0.5"), box(5, "out 1")),
                List.of(line(1, 0, 2, 0), line(2, 0, 3, 0), line(3, 0, 4, 0), line(4, 0, 2, 1), line(2, 0, 5, 0)));
    }

    @Test
    void setparamFeedsTheSubPatchersParamEverySample() {
        double[][] in = inputs();
        double[] out = render("setparam, unbounded param", GenImport.run("top.gendsp",
                gendsp(parent(genBox(4, "gen @title scaler", scaler("param k 3")))), GenFiles.NONE), in, List.of());
        double[] expected = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            expected[n] = in[0][n] * in[1][n];
        }
        GenRender.assertClose("setparam k", expected, out, TOLERANCE, in);
    }

    @Test
    void setparamIntoABoundedParamIsClampedToItsBounds() {
        double[][] in = inputs();
        double[] out = render("setparam, bounded param", GenImport.run("top.gendsp",
                gendsp(parent(genBox(4, "gen @title scaler", scaler("param k 3 @min 0 @max 4")))), GenFiles.NONE), in,
                List.of(Code.GEN_SETPARAM_CLAMPED));
        double[] expected = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            double k = in[1][n] <= 0 ? 0 : in[1][n] >= 4 ? 4 : in[1][n];
            expected[n] = in[0][n] * k;
        }
        GenRender.assertClose("setparam k clamped", expected, out, TOLERANCE, in);
    }

    @Test
    void setparamIntoAnAbstractionFeedsItsCopy() {
        double[][] in = inputs();
        String file = gendsp(scaler("param k 3"));
        GenFiles files = name -> name.equals("scaler.gendsp") ? file : null;
        double[] out = render("setparam, abstraction", GenImport.run("top.gendsp", gendsp(parent(box(4, "scaler"))), files),
                in, List.of());
        double[] expected = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            expected[n] = in[0][n] * in[1][n];
        }
        GenRender.assertClose("setparam k into scaler.gendsp", expected, out, TOLERANCE, in);
    }

    @Test
    void aNamedHistoryIsAOneSampleDelayWithItsInit() {
        double[][] in = {inputs()[0]};
        double[] out = render("named history", GenImport.run("loop.gendsp", gendsp(namedLoop("history y 0.5")), GenFiles.NONE),
                in, List.of());
        GenRender.assertClose("history y 0.5", loop(in[0], 0.5), out, TOLERANCE, in);
    }

    @Test
    void aParentsAttributeSetsTheInitOfItsNamedHistory() {
        double[][] in = {inputs()[0]};
        String top = patcher(List.of(box(1, "in 1"), genBox(2, "gen @title loop @y 0.25", namedLoop("history y 0.5")), box(3, "out 1")),
                List.of(line(1, 0, 2, 0), line(2, 0, 3, 0)));
        double[] out = render("named history set by @y", GenImport.run("top.gendsp", gendsp(top), GenFiles.NONE), in, List.of());
        GenRender.assertClose("history y set to 0.25", loop(in[0], 0.25), out, TOLERANCE, in);
    }

    @Test
    void aSubPatcherReadsItsParentsNamedHistoryAsSawDoes() {
        double[][] in = {inputs()[0]};
        String player = patcher(List.of(box(1, "in 1"), box(2, "* step"), box(3, "out 1")),
                List.of(line(1, 0, 2, 0), line(2, 0, 3, 0)));
        String top = patcher(List.of(box(1, "in 1"), box(2, "/ 16"), box(3, "history step"), genBox(4, "gen @title player", player),
                box(5, "out 1")), List.of(line(1, 0, 2, 0), line(2, 0, 3, 0), line(1, 0, 4, 0), line(4, 0, 5, 0)));
        double[] out = render("a parent's history read by name", GenImport.run("top.gendsp", gendsp(top), GenFiles.NONE), in, List.of());
        double[] expected = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            expected[n] = in[0][n] * (n == 0 ? 0 : in[0][n - 1] / 16);
        }
        GenRender.assertClose("* step inside, history step outside", expected, out, TOLERANCE, in);
    }

    /** y[n] = x[n] + 0.5 h[n], h[n] = y[n-1], h[0] = init: Gen's history as documented. */
    private static double[] loop(double[] x, double init) {
        double[] y = new double[x.length];
        double h = init;
        for (int n = 0; n < x.length; n++) {
            y[n] = x[n] + 0.5 * h;
            h = y[n];
        }
        return y;
    }

    /** A noisy sine, and a ramp from -2 to 6 (crossing a [0, 4] param range). */
    private static double[][] inputs() {
        double[] x = TestSignals.noise(FRAMES, 35);
        double[] ramp = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            x[n] = 0.5 * x[n] + 0.4 * Math.sin(2 * Math.PI * 5 * n / FRAMES);
            ramp[n] = -2 + 8.0 * n / FRAMES;
        }
        return new double[][] {x, ramp};
    }

    private static double[] render(String what, GenImportResult result, double[][] in, List<Code> reported) {
        List<Code> codes = new ArrayList<>();
        result.report().forEach(d -> codes.add(d.code()));
        assertEquals(reported, codes, what + ": " + result.report());
        CodegenResult generated = Codegen.generate(result.patch(), BundledIndex.get());
        assertTrue(generated.ok(), what + ": " + generated.diagnostics());
        WasmDsp dsp = GenPrecisionTest.instantiate(new FaustCompiler(SandboxLimits.DEFAULT).compile(generated.code(), "main"));
        assertTrue(dsp.doublePrecision(), what + ": a -double module");
        assertEquals(in.length, dsp.inputs(), what + ": inputs\n" + generated.code());
        double[][] out = {new double[FRAMES]};
        dsp.computeDouble(in, out, 0, FRAMES);
        return out[0];
    }

    private static String gendsp(String patcher) {
        return "{\"patcher\": " + patcher + "}";
    }

    private static String patcher(List<String> boxes, List<String> lines) {
        return "{\"classnamespace\": \"dsp.gen\", \"boxes\": [" + String.join(", ", boxes) + "], \"lines\": ["
                + String.join(", ", lines) + "]}";
    }

    private static String box(int n, String text) {
        return "{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"newobj\", \"text\": \"" + text
                + "\", \"patching_rect\": [" + (10 * n) + ", " + (30 * n) + ", 60, 22]}}";
    }

    private static String genBox(int n, String text, String inner) {
        return "{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"newobj\", \"text\": \"" + text
                + "\", \"patching_rect\": [" + (10 * n) + ", " + (30 * n) + ", 60, 22], \"patcher\": " + inner + "}}";
    }

    private static String line(int from, int outlet, int to, int inlet) {
        return "{\"patchline\": {\"source\": [\"obj-" + from + "\", " + outlet + "], \"destination\": [\"obj-" + to + "\", "
                + inlet + "]}}";
    }
}
