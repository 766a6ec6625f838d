package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import dev.faustwire.server.render.WasmDsp;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A feedback delay with a modulated tap time, cut by delay-ness from the index: codegen's test-only
 * {@code taps.tap2} (a two-tap delay line written as gen.lib's delay will be, with its {@code _fed}
 * form) in a loop, and a {@code gen.history} that makes the program import gen.lib and so compile
 * in double. The server's compiler and renderer give what the recursion computes in Java, exactly.
 */
class FeedbackDelayRenderTest {
    private static final Path DELAYING = Path.of("../codegen/src/test/resources/delaying");
    /** in 1 is x, in 2 the time of the first tap; the second tap is 5 samples later; out 2 is history(y). */
    private static final String PATCH = """
            {"format": "faustwire-patch", "version": 1, "props": {}, "boxes": {
              "box-1": {"text": "in 1", "rect": [15, 15, 60, 22]},
              "box-2": {"text": "+", "rect": [15, 60, 60, 22]},
              "box-3": {"text": "taps.tap2 64", "rect": [105, 105, 90, 22]},
              "box-4": {"text": "* 0.5", "rect": [105, 150, 60, 22]},
              "box-5": {"text": "* -0.25", "rect": [195, 150, 60, 22]},
              "box-6": {"text": "out 1", "rect": [15, 195, 60, 22]},
              "box-7": {"text": "in 2", "rect": [195, 15, 60, 22]},
              "box-8": {"text": "+ 5", "rect": [195, 60, 60, 22]},
              "box-9": {"text": "gen.history 0", "rect": [285, 60, 90, 22]},
              "box-10": {"text": "out 2", "rect": [285, 195, 60, 22]}},
             "lines": {
              "line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
              "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
              "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]},
              "line-4": {"src": ["box-3", 1], "dest": ["box-5", 0]},
              "line-5": {"src": ["box-4", 0], "dest": ["box-2", 1]},
              "line-6": {"src": ["box-5", 0], "dest": ["box-2", 1]},
              "line-7": {"src": ["box-2", 0], "dest": ["box-6", 0]},
              "line-8": {"src": ["box-7", 0], "dest": ["box-3", 1]},
              "line-9": {"src": ["box-7", 0], "dest": ["box-8", 0]},
              "line-10": {"src": ["box-8", 0], "dest": ["box-3", 2]},
              "line-11": {"src": ["box-2", 0], "dest": ["box-9", 0]},
              "line-12": {"src": ["box-9", 0], "dest": ["box-10", 0]}}}
            """;

    @Test
    void aFeedbackDelayWithAModulatedTimeRendersWhatJavaComputes() throws Exception {
        StdlibIndex index = BundledIndex.get().with(IndexFormat.read(Files.readString(DELAYING.resolve("taps-index.json"))));
        Patch patch = PatchReader.read(PATCH).patch();
        CodegenResult result = Codegen.generate(patch, index);
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("taps.tap2_fed("), result.code());
        // the server's sandbox sees gen.lib only; taps.lib, test-only, goes into the program as an environment
        String program = result.code().replace("taps = library(\"taps.lib\");",
                "taps = environment {\n" + Files.readString(DELAYING.resolve("taps.lib")) + "\n};");
        WasmDsp dsp = GenPrecisionTest.instantiate(new FaustCompiler(SandboxLimits.DEFAULT).compile(program, "main"));
        assertTrue(dsp.doublePrecision());
        int frames = 6000;
        double[] x = TestSignals.noise(frames, 11);
        double[] t = TestSignals.steppedTimes(frames);
        double[][] out = {new double[frames], new double[frames]};
        dsp.computeDouble(new double[][] {x, t}, out, 0, frames);

        double[] y = new double[frames];
        double worst = 0;
        double peak = 0;
        for (int n = 0; n < frames; n++) {
            y[n] = x[n] + 0.5 * past(y, n, samples(t[n])) - 0.25 * past(y, n, samples(t[n] + 5));
            double history = n == 0 ? 0 : y[n - 1];
            worst = Math.max(worst, Math.max(Math.abs(out[0][n] - y[n]), Math.abs(out[1][n] - history)));
            peak = Math.max(peak, Math.abs(y[n]));
        }
        System.out.println("feedback two-tap delay, modulated time: peak " + peak + ", max |diff| against Java " + worst
                + " over " + frames + " samples");
        assertTrue(peak > 0.5, "it makes sound, so the comparison can fail");
        assertTrue(worst < 1e-12, "max |diff| " + worst);
    }

    @Test
    void genDelayInAFeedbackLoopWithAModulatedLinearTapRendersWhatJavaComputes() throws Exception {
        String patch = PATCH.replace("taps.tap2 64", "gen.delay 64 2 1 2").replace("\"+ 5\"", "\"+ 5.5\"");
        CodegenResult result = Codegen.generate(PatchReader.read(patch).patch(), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains(" : gen.delay_fed(64, 2, 1, 2)"), result.code());
        WasmDsp dsp = GenPrecisionTest.instantiate(new FaustCompiler(SandboxLimits.DEFAULT).compile(result.code(), "main"));
        assertTrue(dsp.doublePrecision());
        int frames = 6000;
        double[] x = TestSignals.noise(frames, 13);
        double[] t = TestSignals.steppedTimes(frames);
        double[][] out = {new double[frames], new double[frames]};
        dsp.computeDouble(new double[][] {x, t}, out, 0, frames);

        double[] y = new double[frames];
        double worst = 0;
        double peak = 0;
        for (int n = 0; n < frames; n++) {
            y[n] = x[n] + 0.5 * linear(y, n, t[n]) - 0.25 * linear(y, n, t[n] + 5.5);
            double history = n == 0 ? 0 : y[n - 1];
            worst = Math.max(worst, Math.max(Math.abs(out[0][n] - y[n]), Math.abs(out[1][n] - history)));
            peak = Math.max(peak, Math.abs(y[n]));
        }
        System.out.println("gen.delay 64 2 @feedback 1 @interp linear in a loop, modulated time: peak " + peak
                + ", max |diff| against Java " + worst + " over " + frames + " samples");
        assertTrue(peak > 0.5, "it makes sound, so the comparison can fail");
        assertTrue(worst < 1e-9, "max |diff| " + worst);
    }

    /** Gen's linear read of y at n with @feedback 1: the time clamped to [1, 64], between its two neighbouring samples. */
    private static double linear(double[] y, int n, double time) {
        double clamped = Math.max(1, Math.min(64, time));
        int k = (int) Math.ceil(clamped);
        double a = k - clamped;
        return past(y, n, k) + a * (past(y, n, k - 1) - past(y, n, k));
    }

    /** taps.lib's tap time: whole samples from 1 to 64. */
    private static int samples(double time) {
        return Math.max(1, Math.min(64, (int) time));
    }

    private static double past(double[] y, int n, int delay) {
        return n - delay < 0 ? 0 : y[n - delay];
    }
}
