package dev.faustwire.web;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.codegen.SyntheticPatches;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.Arrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Times code generation in the page, for the benchmark that the end-to-end tests print. */
final class BrowserBenchmark {
    /** Runs before the timed ones, so that the JavaScript engine has compiled the hot code... */
    static final int WARM_UP_RUNS = 5;
    /** ...unless they take longer than this (ms): a slow size is warm after one run. */
    static final double WARM_UP_BUDGET = 1000;

    private final StdlibIndex stdlib;

    BrowserBenchmark(StdlibIndex stdlib) {
        this.stdlib = stdlib;
    }

    /**
     * Generates the benchmark patch of {@code boxes} boxes {@code runs} times after the warm-up;
     * answers {@code {median, min, codeLength}} (ms, ms, characters of the program).
     */
    JSObject run(int boxes, int runs) {
        Patch patch = SyntheticPatches.of(boxes, SyntheticPatches.BENCHMARK_SEED);
        int codeLength = 0;
        double warmUpStart = now();
        for (int i = 0; i < WARM_UP_RUNS && (i == 0 || now() - warmUpStart < WARM_UP_BUDGET); i++) {
            codeLength = generate(patch).length();
        }
        double[] times = new double[Math.max(1, runs)];
        for (int i = 0; i < times.length; i++) {
            double start = now();
            String code = generate(patch);
            times[i] = now() - start;
            if (code.length() != codeLength) {
                throw new IllegalStateException("the same patch gave programs of different lengths");
            }
        }
        double min = times[0];
        for (double time : times) {
            min = Math.min(min, time);
        }
        return result(median(times), min, codeLength);
    }

    /** The program of a synthetic patch built here in the page, to compare with the JVM's. */
    String code(int boxes, int seed) {
        return generate(SyntheticPatches.of(boxes, seed));
    }

    private String generate(Patch patch) {
        CodegenResult result = Codegen.generate(patch, stdlib);
        if (!result.ok()) {
            throw new IllegalStateException("the synthetic patch does not generate: " + result.diagnostics().get(0));
        }
        return result.code();
    }

    /** The middle value, or the mean of the two middle values. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    @JSBody(params = {"median", "min", "codeLength"},
            script = "return {median: median, min: min, codeLength: codeLength};")
    private static native JSObject result(double median, double min, int codeLength);
}
