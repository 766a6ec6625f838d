package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person wires {@code os.osc 440 -> * 0 -> out 1}, switches audio on and clicks the wire out of
 * the oscillator: the meter on the wire reads 0.707 RMS, the probed samples are the full-scale
 * sine, the scope draws a standing trace and the spectrum peaks at 440 Hz, while the speakers stay
 * silent; the saved file and the code panel know nothing of the tap, which only the compile request
 * for sound carries.
 */
class ProbeIT {
    private static final double SINE_RMS = Math.sqrt(0.5);
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("probe");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void probingTheOscillatorsWireShowsItWhileTheOutputIsSilent() throws Exception {
        BrowserContext context = env.context(1400, 800);
        Page page = context.newPage();
        E2e.printConsoleErrors(page, "probe");
        Patcher p = silentSine(page);
        AuditionIT.switchAudioOn(page);
        assertThat(page.locator("[data-role='scope-source']")).hasAttribute("data-source", "master");

        Response tapped = page.waitForResponse(r -> r.url().endsWith("/api/compile"), () -> clickWire(p, "box-1"));
        assertTrue(tapped.request().postData().contains("\"tap\": {\"box\": \"box-1\", \"outlet\": 0}"),
                tapped.request().postData());
        assertTrue(tapped.text().contains("process = Out_1, os_osc_1_0"), "the program compiled for sound has the tap");
        Locator meter = page.locator("[data-role='probe-meter']");
        assertThat(meter).containsText("RMS", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("[data-role='scope-source']")).hasAttribute("data-source", "probe");
        page.waitForTimeout(500); // the analyser's window holds only the new DSP's samples
        page.evaluate("() => { window.faustwireAudio.takeRecording(); window.faustwireAudio.takeProbeRecording(); }");
        page.waitForTimeout(1000);

        double shown = Double.parseDouble(meter.getAttribute("data-rms"));
        String text = meter.textContent();
        double[] probed = probeSamples(page);
        AuditionIT.Capture output = AuditionIT.take(page);
        double probedRms = Signal.rms(probed);
        double probedHz = Signal.frequency(probed, output.rate());
        double peakHz = Double.parseDouble(page.locator("[data-role='spectrum']").getAttribute("data-peak-hz"));
        System.out.printf("[probe] meter %s (data-rms %.5f); probed samples: %d, RMS %.5f, %.3f Hz; spectrum peak "
                + "%.2f Hz; output: %d samples, peak %.3g%n", text, shown, probed.length, probedRms, probedHz, peakHz,
                output.samples().length, Signal.peak(output.samples()));
        assertEquals(SINE_RMS, shown, 0.01, "the wire meter");
        assertTrue(text.matches("0\\.7[01]\\d RMS \\(-3\\.\\d dB\\)"), text);
        assertEquals(SINE_RMS, probedRms, 0.005, "the tap's own samples");
        assertEquals(440, probedHz, 1.0);
        assertEquals(440, peakHz, 1.0, "the spectrum's peak");
        assertTrue(output.samples().length > 40_000, "a second of output recorded");
        assertEquals(0, Signal.peak(output.samples()), 1e-6, "the output stays silent: the tap is not sent to it");

        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/probe.png")));
        List<?> costs = (List<?>) page.evaluate("() => window.faustwireScopeCosts.slice().sort((a, b) => a - b)");
        System.out.printf("[probe] scope and spectrum, one drawn frame: median %.2f ms, p90 %.2f ms (%d frames)%n",
                ((Number) costs.get(costs.size() / 2)).doubleValue(),
                ((Number) costs.get(costs.size() * 9 / 10)).doubleValue(), costs.size());
        Trace first = trace(page);
        double drift = Math.max(first.differenceTo(waitAndTrace(page, 250)), first.differenceTo(waitAndTrace(page, 250)));
        System.out.printf("[probe] scope: trace in %.0f%% of columns, %.0f px tall of 110; drift between frames %.2f px%n",
                first.coverage() * 100, first.span(), drift);
        assertTrue(first.coverage() > 0.95, "a trace across the scope");
        assertTrue(first.span() > 80, "a full-scale sine spans the scope's height: " + first.span());
        assertTrue(drift < 3, "the trigger holds the trace still: " + drift);
        assertThat(page.locator("[data-probed-line]")).hasCount(1);

        // neither the code panel nor the saved file has the tap
        String code = p.code().textContent();
        assertTrue(code.contains("process = Out_1\n"), code);
        assertFalse(code.contains("os_osc_1_0\nwith") || code.contains("Out_1, "), code);
        p.save("probed");
        Path saved = onlyFile(env.workspace);
        String file = Files.readString(saved);
        assertTrue(file.contains("os.osc 440"), file);
        assertFalse(file.contains("tap") || file.contains("probe"), file);

        // Escape drops the probe: compiled again without the tap, the scope back on the (silent) output
        Response plain = page.waitForResponse(r -> r.url().endsWith("/api/compile"), () -> {
            p.canvas().focus();
            p.press("Escape");
        });
        assertFalse(plain.request().postData().contains("\"tap\""), plain.request().postData());
        assertThat(meter).hasCount(0);
        assertThat(page.locator("[data-role='scope-source']")).hasAttribute("data-source", "master");
        assertThat(page.locator("[data-role='spectrum']")).not().hasAttribute("data-peak-hz",
                java.util.regex.Pattern.compile(".*"), new LocatorAssertions.HasAttributeOptions().setTimeout(5_000));
        context.close();
    }

    @Test
    void aSecondClickOnTheProbedWireDropsIt() {
        BrowserContext context = env.context(1400, 800);
        Page page = context.newPage();
        Patcher p = silentSine(page);
        clickWire(p, "box-1");
        assertThat(page.locator("[data-role='probe-meter']")).hasCount(0); // audio is off: a click only selects
        AuditionIT.switchAudioOn(page);
        clickWire(p, "box-1");
        Locator meter = page.locator("[data-role='probe-meter']");
        assertThat(meter).containsText("RMS", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertEquals("box-1", meter.getAttribute("data-box-id"));
        clickWire(p, "box-2");
        assertThat(meter).hasAttribute("data-box-id", "box-2");
        assertThat(meter).containsText("silent", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        clickWire(p, "box-2");
        assertThat(meter).hasCount(0);
        context.close();
    }

    /** {@code os.osc 440 -> * 0 -> out 1}, by mouse and keyboard. */
    static Patcher silentSine(Page page) {
        Patcher p = Patcher.open(page, env.port(), "?record");
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "* 0");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        assertThat(p.code()).containsText("Mul_2_0 = os_osc_1_0 * 0;");
        return p;
    }

    /** Clicks the middle of the wire that leaves {@code box}'s outlet 0 for the next box's inlet 0. */
    static void clickWire(Patcher p, String box) {
        clickWireBetween(p, box, 0, "box-" + (Integer.parseInt(box.substring(4)) + 1), 0);
    }

    /** Clicks the middle of a wire: the curve is symmetric, so its middle is halfway between its ends. */
    static void clickWireBetween(Patcher p, String from, int outlet, String to, int inlet) {
        BoundingBox a = p.port(from, "out " + outlet).boundingBox();
        BoundingBox b = p.port(to, "in " + inlet).boundingBox();
        p.page.mouse().click((a.x + a.width / 2 + b.x + b.width / 2) / 2, (a.y + a.height + b.y) / 2);
    }

    private static double[] probeSamples(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => window.faustwireAudio.takeProbeRecording()");
        List<?> raw = (List<?>) r.get("samples");
        double[] samples = new double[raw.size()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = ((Number) raw.get(i)).doubleValue();
        }
        return samples;
    }

    /** The scope's trace read back from its pixels: per column the mean y of the trace's colour (-1: none). */
    record Trace(double[] ys, double span, double coverage) {
        /** The mean distance between two traces over the columns both reach. */
        double differenceTo(Trace other) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < Math.min(ys.length, other.ys.length); i++) {
                if (ys[i] >= 0 && other.ys[i] >= 0) {
                    sum += Math.abs(ys[i] - other.ys[i]);
                    n++;
                }
            }
            return n == 0 ? Double.MAX_VALUE : sum / n;
        }
    }

    private static Trace waitAndTrace(Page page, int ms) {
        page.waitForTimeout(ms);
        return trace(page);
    }

    /** The trace's colour (#6fb3ff, antialiased) is blue and not red; the grid and labels are not. */
    static Trace trace(Page page) {
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) page.evaluate("() => { var c = document.querySelector(\"[data-role='scope']\");"
                + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; var ys = [];"
                + " var lo = c.height, hi = 0, hit = 0;"
                + " for (var x = 0; x < c.width; x++) { var sum = 0, n = 0;"
                + "  for (var y = 0; y < c.height; y++) { var i = (y * c.width + x) * 4;"
                + "   if (d[i + 2] > 150 && d[i] < 150) { sum += y; n++; lo = Math.min(lo, y); hi = Math.max(hi, y); } }"
                + "  ys.push(n ? sum / n : -1); if (n) hit++; }"
                + " return [ys, hi - lo, hit / c.width]; }");
        List<?> ys = (List<?>) result.get(0);
        double[] columns = new double[ys.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = ((Number) ys.get(i)).doubleValue();
        }
        return new Trace(columns, ((Number) result.get(1)).doubleValue(), ((Number) result.get(2)).doubleValue());
    }

    private static Path onlyFile(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> patches = files.filter(f -> !Files.isDirectory(f) && !f.getFileName().toString().startsWith("."))
                    .toList();
            assertEquals(1, patches.size(), patches.toString());
            return patches.get(0);
        }
    }
}
