package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import dev.faustwire.codegen.SyntheticPatches;
import dev.faustwire.core.io.PatchWriter;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The editor on a 1,000-box patch (the benchmark's synthetic patch): opened by a click in the
 * workspace list to its first painted frame, then one box dragged across the canvas by the
 * mouse, with the work of each frame. Prints medians and p95; asserts no time (goals: first paint
 * under 300 ms, a median frame under 16 ms), only that the drag moved the box as one step.
 */
class EditorBenchmarkIT {
    private static final int BOXES = 1000;
    private static final int OPENS = 9;

    @Test
    void opensAndDragsInAThousandBoxPatch() throws Exception {
        Path workspace = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "bench");
        Files.writeString(workspace.resolve("synthetic.json"),
                PatchWriter.write(SyntheticPatches.of(BOXES, SyntheticPatches.BENCHMARK_SEED)));
        Files.writeString(workspace.resolve("small.json"), ClipboardIT.TARGET);
        Javalin server = E2e.startServer(workspace);
        try (Playwright playwright = Playwright.create(); Browser browser = E2e.launchChromium(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
            Patcher p = Patcher.open(context.newPage(), server.port());
            Page page = p.page;
            Locator big = page.locator("[data-role='workspace'] li[data-path='synthetic.json']");
            Locator small = page.locator("[data-role='workspace'] li[data-path='small.json']");
            for (int i = 0; i < OPENS; i++) {
                small.click();
                assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(2);
                big.click();
                assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(BOXES);
            }
            page.waitForTimeout(100); // the last open's frame time is taken at the next animation frame
            List<Double> all = numbers(page, "opens");
            List<Double> opens = new ArrayList<>();
            for (int i = 1; i < all.size(); i += 2) {
                opens.add(all.get(i)); // the small patch's opens come between
            }

            page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("bench-1000-opened.png")));
            p.press("Control+0"); // 100%, around the middle of the canvas
            Locator box = visibleBox(p);
            BoundingBox b = box.boundingBox();
            String before = box.getAttribute("transform");
            double x = b.x + b.width / 2;
            double y = b.y + b.height / 2;
            page.mouse().move(x, y);
            page.mouse().down();
            for (int i = 1; i <= 60; i++) {
                page.mouse().move(x + i * 4, y + i * 2);
            }
            page.mouse().up();
            List<Double> frames = numbers(page, "frames");
            assertTrue(!box.getAttribute("transform").equals(before), "the box moved");
            p.press("Control+z");
            assertThat(box).hasAttribute("transform", before);
            page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("bench-1000.png")));

            System.out.println(String.format(Locale.ROOT,
                    "EditorBenchmark: %d boxes, open to first paint median %.1f ms p95 %.1f ms, first (cold) %.1f ms"
                            + " (%d opens, goal < 300 ms);"
                            + " dragging one box: median %.2f ms p95 %.2f ms per frame (%d frames, goal median < 16 ms)",
                    BOXES, median(opens), p95(opens), opens.get(0), opens.size(), median(frames), p95(frames), frames.size()));
            assertTrue(opens.size() == OPENS && frames.size() > 5, opens + " " + frames);
        } finally {
            server.stop();
        }
    }

    /** A box shown whole in the middle part of the canvas, with room to drag it. */
    private static Locator visibleBox(Patcher p) {
        BoundingBox area = p.canvas().boundingBox();
        for (int i = 1; i <= BOXES; i++) {
            Locator box = p.box("box-" + i);
            BoundingBox b = box.boundingBox();
            if (b != null && b.x > area.x + 20 && b.y > area.y + 20 && b.x + b.width + 260 < area.x + area.width
                    && b.y + b.height + 140 < area.y + area.height) {
                return box;
            }
        }
        throw new AssertionError("no box in view");
    }

    private static List<Double> numbers(Page page, String key) {
        String json = (String) page.evaluate("() => window.faustwire.timings('', '')");
        int start = json.indexOf('[', json.indexOf("\"" + key + "\""));
        String inside = json.substring(start + 1, json.indexOf(']', start)).trim();
        List<Double> values = new ArrayList<>();
        if (!inside.isEmpty()) {
            for (String v : inside.split(",")) {
                values.add(Double.parseDouble(v.trim()));
            }
        }
        return values;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(0.95 * sorted.size()) - 1));
    }
}
