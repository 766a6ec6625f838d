package dev.faustwire.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.Pipeline;
import dev.faustwire.codegen.SyntheticPatches;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import io.javalin.Javalin;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Times code generation in Chromium (TeaVM's JavaScript) on the benchmark patches and prints the
 * medians; checks that the page generates the same program as the JVM. No timing is asserted.
 */
class CodegenBrowserBenchmarkIT {
    /** Boxes, and timed runs for that size. */
    private static final int[][] SIZES = {{100, 50}, {1000, 30}, {5000, 5}};
    private static final int GOAL_BOXES = 1000;
    private static final int GOAL_MS = 16;

    @Test
    void timesCodegenInChromiumAndMatchesTheJvm() throws Exception {
        Javalin server = E2e.startServer(E2e.workspaceWithCorpus());
        try (Playwright playwright = Playwright.create(); Browser browser = E2e.launchChromium(playwright)) {
            Page page = browser.newPage();
            page.navigate("http://127.0.0.1:" + server.port() + "/");
            page.waitForFunction("() => window.faustwire && window.faustwire.benchmark");

            Patch patch = SyntheticPatches.of(1000, SyntheticPatches.BENCHMARK_SEED);
            String jvmCode = Codegen.generate(patch, BundledIndex.get()).code();
            assertEquals(jvmCode, page.evaluate("([b, s]) => window.faustwire.syntheticCode(b, s)",
                    List.of(1000, (int) SyntheticPatches.BENCHMARK_SEED)), "the page builds and generates the same");
            String json = PatchWriter.write(patch);
            assertEquals(Pipeline.report("synthetic.json", json, BundledIndex.get()),
                    page.evaluate("([n, t]) => window.faustwire.report(n, t)", List.of("synthetic.json", json)));

            StringBuilder line = new StringBuilder("CodegenBrowserBenchmark:");
            for (int[] size : SIZES) {
                Map<?, ?> result = (Map<?, ?>) page.evaluate("([b, r]) => window.faustwire.benchmark(b, r)",
                        List.of(size[0], size[1]));
                double median = ((Number) result.get("median")).doubleValue();
                int codeLength = ((Number) result.get("codeLength")).intValue();
                assertTrue(median >= 0 && codeLength > 0, size[0] + " boxes: " + result);
                if (size[0] == 1000) {
                    assertEquals(jvmCode.length(), codeLength);
                }
                line.append(size == SIZES[0] ? " " : ", ").append(size[0]).append(" boxes median ")
                        .append(String.format(Locale.ROOT, "%.2f", median)).append(" ms");
            }
            line.append(" in Chromium (goal ").append(GOAL_BOXES).append(" < ").append(GOAL_MS).append(" ms)");
            System.out.println(line);
        } finally {
            server.stop();
        }
    }
}
