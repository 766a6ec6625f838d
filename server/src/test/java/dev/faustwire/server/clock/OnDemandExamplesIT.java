package dev.faustwire.server.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The two on-demand examples a new workspace gets, read from the server's resources, generated,
 * compiled by the real faust and rendered: the step sequencer plays its four pitches in turn, one per
 * 200 ms tick, and the sample-and-hold holds one pitch per 125 ms tick, each a new one, in a range
 * that makes a melody; both at the level their gain box gives.
 */
class OnDemandExamplesIT {
    private static final int RATE = 48000;

    private static float[] render(String example, double seconds) throws IOException {
        String text;
        try (InputStream in = OnDemandExamplesIT.class.getResourceAsStream("/examples/" + example)) {
            assertNotNull(in, example);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        dev.faustwire.core.io.ReadResult read = PatchReader.read(text);
        assertTrue(read.diagnostics().isEmpty(), read.diagnostics().toString());
        Patch patch = read.patch();
        CodegenResult result = Codegen.generate(patch, BundledIndex.get());
        assertTrue(result.ok() && result.diagnostics().isEmpty(), example + ": " + result.diagnostics());
        System.out.println("[examples] " + example + ":\n" + result.code());
        CompileOutcome.Compiled compiled = ClockRenderIT.compile(result.code());
        float[][] out = Renderer.render(WasmProgram.compile(compiled.wasm()), compiled.description(),
                RenderSpec.of(seconds, RATE));
        assertEquals(1, out.length, example + " has one output");
        return out[0];
    }

    /** The frequency of a sine over [from, to): rising zero crossings, interpolated, first to last. */
    private static double frequency(float[] x, int from, int to) {
        double first = -1;
        double last = -1;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (x[i - 1] < 0 && x[i] >= 0) {
                double at = i - 1 + x[i - 1] / (double) (x[i - 1] - x[i]);
                if (first < 0) {
                    first = at;
                }
                last = at;
                crossings++;
            }
        }
        return crossings < 2 ? 0 : (crossings - 1) * RATE / (last - first);
    }

    private static double peak(float[] x) {
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    @Test
    void theStepSequencerPlaysFourPitchesOnePerTick() throws IOException {
        int step = RATE / 5;
        float[] out = render("ondemand-step-sequencer.json", 8 * step / (double) RATE);
        double[] want = {220, 275, 330, 385, 220, 275, 330, 385};
        List<String> heard = new ArrayList<>();
        for (int k = 0; k < want.length; k++) {
            double f = frequency(out, k * step + 100, (k + 1) * step);
            heard.add(String.format("%.2f", f));
            assertEquals(want[k], f, 0.5, "step " + k + " (samples " + k * step + " on)");
        }
        System.out.printf("[examples] step sequencer: steps of %d samples at %s Hz, peak %.4f%n", step, heard, peak(out));
        assertEquals(0.2, peak(out), 0.001, "the * 0.2 box sets the level");
    }

    @Test
    void theSampleAndHoldHoldsOneNewPitchPerTick() throws IOException {
        int hold = RATE / 8;
        int holds = 32;
        float[] out = render("ondemand-sample-and-hold.json", holds * hold / (double) RATE);
        TreeSet<Long> distinct = new TreeSet<>();
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        double sumOfSquares = 0;
        for (int k = 0; k < holds; k++) {
            int from = k * hold;
            double early = frequency(out, from + 100, from + hold / 2);
            double late = frequency(out, from + hold / 2, from + hold);
            assertEquals(early, late, early * 0.01 + 1, "hold " + k + ": one pitch from tick to tick");
            distinct.add(Math.round(early));
            lowest = Math.min(lowest, early);
            highest = Math.max(highest, early);
        }
        for (float v : out) {
            sumOfSquares += v * v;
        }
        double rms = Math.sqrt(sumOfSquares / out.length);
        System.out.printf("[examples] sample and hold: %d holds of %d samples, %d distinct pitches from %.1f to %.1f Hz,"
                + " peak %.4f, RMS %.4f%n", holds, hold, distinct.size(), lowest, highest, peak(out), rms);
        assertTrue(distinct.size() >= holds * 3 / 4, "a new pitch at (almost) every tick: " + distinct);
        assertTrue(lowest > 60 && highest < 1000, "pitches of a melody: " + lowest + " to " + highest + " Hz");
        assertTrue(highest - lowest > 100, "the noise moves the pitch: " + lowest + " to " + highest + " Hz");
        assertEquals(0.2, peak(out), 0.001, "the * 0.2 box sets the level");
        assertEquals(0.2 / Math.sqrt(2), rms, 0.005, "a sine's RMS at that level");
    }
}
