package dev.faustwire.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.server.toolchain.DspDescription;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Times 10 s of a stereo reverb at 48 kHz and prints the median and the real-time factor. It asserts only
 * what the render made (its length), never a time, so a busy machine cannot make it fail; the numbers are
 * for people to read.
 */
class RenderBenchmarkIT {
    private static final int RATE = 48000;
    private static final double SECONDS = 10;
    private static final int RUNS = 5;

    @Test
    void zitaLightRenderTimesArePrinted() {
        Tools.Wasm compiled = Tools.wasm("import(\"stdfaust.lib\"); process = dm.zita_light;");
        long compileStart = System.nanoTime();
        WasmProgram program = compiled.program();
        double compileMs = (System.nanoTime() - compileStart) / 1e6;
        DspDescription description = compiled.description();
        RenderSpec spec = RenderSpec.of(SECONDS, RATE).withInput(Tools.noise(2, (int) (SECONDS * RATE), 0.5f, 1));

        for (int i = 0; i < 2; i++) {
            Renderer.render(program, description, spec); // warm-up: lets the JIT reach its final tier
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            float[][] out = Renderer.render(program, description, spec);
            times[i] = (System.nanoTime() - start) / 1e9;
            assertEquals(RATE * SECONDS, out[0].length);
        }
        Arrays.sort(times);
        double median = times[RUNS / 2];
        System.out.printf("render benchmark: dm.zita_light, %.0f s stereo at %d Hz: compile %.0f ms, "
                + "median render %.3f s (min %.3f, max %.3f), %.1fx real time%n",
                SECONDS, RATE, compileMs, median, times[0], times[RUNS - 1], SECONDS / median);
    }
}
