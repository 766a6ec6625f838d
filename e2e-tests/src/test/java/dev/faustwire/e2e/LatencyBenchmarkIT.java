package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Edit-to-sound latency in headless Chromium, a benchmark that prints (no time is asserted): a person
 * retypes the gain box of a playing patch 30 times, and each edit is timed from its Enter key event
 * to the moment the new DSP starts at the output (the swap's start on the audio clock, mapped to
 * {@code performance.now()} by the output timestamp). The parts come from the page's timeline
 * (audio.js) and the server's {@code Server-Timing} header. The goal (p50 under 100 ms, p99
 * under 300 ms) is compared with the latency EXCLUDING the 150 ms debounce, which is a policy wait,
 * not work; both are printed.
 */
class LatencyBenchmarkIT {
    private static final int EDITS = 30;
    private static final int REVERB_EDITS = 15;
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("latency");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void anOscillatorPatchFromEditToSound() throws Exception {
        Run run = open("oscillator");
        run.p.typeBox(80, 60, "os.osc 440");
        run.p.typeBox(80, 150, "* 0.1");
        run.p.typeBox(80, 240, "out 1");
        run.p.wire("box-1", 0, "box-2", 0);
        run.p.wire("box-2", 0, "box-3", 0);
        assertThat(run.p.code()).containsText("os.osc(440)");
        measure(run, EDITS);
    }

    @Test
    void aReverbPatchFromEditToSound() throws Exception {
        Run run = open("reverb");
        run.p.typeBox(80, 60, "os.osc 440");
        run.p.typeBox(80, 150, "* 0.1");
        run.p.typeBox(80, 240, "dm.zita_light");
        run.p.typeBox(80, 330, "out 1");
        run.p.typeBox(260, 330, "out 2");
        run.p.wire("box-1", 0, "box-2", 0);
        run.p.wire("box-2", 0, "box-3", 0);
        run.p.wire("box-2", 0, "box-3", 1);
        run.p.wire("box-3", 0, "box-4", 0);
        run.p.wire("box-3", 1, "box-5", 0);
        assertThat(run.p.code()).containsText("dm.zita_light");
        measure(run, REVERB_EDITS);
    }

    private Run open(String name) {
        BrowserContext context = env.context(1400, 800);
        Page page = context.newPage();
        // The edit event: the Enter that commits the box text, seen first (capture phase) with its own time stamp.
        page.addInitScript("window.__fwEdits = []; window.addEventListener('keydown', function (e) {"
                + " if (e.key === 'Enter') window.__fwEdits.push(e.timeStamp); }, true);");
        List<String> serverTimings = new CopyOnWriteArrayList<>();
        page.onResponse(r -> {
            if (r.url().endsWith("/api/compile") && r.request().method().equals("POST")) {
                serverTimings.add(String.valueOf(r.headerValue("server-timing")));
            }
        });
        E2e.printConsoleErrors(page, "latency " + name);
        return new Run(name, context, Patcher.open(page, env.port()), serverTimings);
    }

    private static void measure(Run run, int edits) throws Exception {
        Page page = run.p.page;
        AuditionIT.switchAudioOn(page);
        page.waitForTimeout(300);
        List<Map<String, Double>> samples = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            page.evaluate("() => { window.__fwEdits = []; window.faustwireAudio.takeTimeline(); }");
            run.serverTimings.clear();
            int before = ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();
            page.locator("[data-role='canvas'] [data-box-id='box-2']").dblclick();
            run.p.field().press("Control+a");
            // a new gain each time, so that every edit is a new program (no cache can answer it)
            run.p.field().pressSequentially(String.format(Locale.ROOT, "* 0.%03d", 101 + i));
            run.p.field().press("Enter");
            page.waitForFunction("n => window.faustwireAudio.swapCount() > n", before);
            page.waitForTimeout(60);
            samples.add(parts(page, run.serverTimings));
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots")
                .resolve("latency-" + run.name + ".png")));
        print(run.name, samples);
        System.out.printf("[latency %s] playbackStats after the edits (averageLatency is the output latency): %s%n",
                run.name, AuditionIT.playbackStats(page));
        run.context.close();
    }

    /** One edit's parts (ms), from the Enter event, the page's timeline and the server's timing header. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> parts(Page page, List<String> serverTimings) {
        List<Number> edits = (List<Number>) page.evaluate("() => window.__fwEdits");
        assertEquals(1, edits.size(), "one Enter per edit");
        double edit = edits.get(0).doubleValue();
        Map<String, Double> at = new LinkedHashMap<>();
        for (Map<String, Object> mark : (List<Map<String, Object>>) page.evaluate(
                "() => window.faustwireAudio.takeTimeline()")) {
            double t = ((Number) mark.get("t")).doubleValue();
            if (t >= edit || mark.get("name").equals("sound")) {
                at.putIfAbsent((String) mark.get("name"), t);
            }
            if (mark.get("name").equals("sound")) {
                at.putIfAbsent("outputLatency", ((Number) mark.get("outputLatency")).doubleValue() * 1000);
            }
        }
        for (String name : List.of("program", "posted", "answered", "play", "module", "node", "scheduled", "sound")) {
            assertNotNull(at.get(name), name + " is on the timeline " + at);
        }
        assertEquals(1, serverTimings.size(), "one compile per edit: " + serverTimings);
        Map<String, Double> server = serverTiming(serverTimings.get(0));
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("edit to sound", at.get("sound") - edit);
        parts.put("without debounce", at.get("sound") - edit - (at.get("posted") - at.get("program")));
        parts.put("  into the graph (before output latency)", parts.get("without debounce") - at.get("outputLatency"));
        parts.put("edit to program (frame + codegen)", at.get("program") - edit);
        parts.put("debounce", at.get("posted") - at.get("program"));
        parts.put("HTTP compile", at.get("answered") - at.get("posted"));
        double serverTotal = 0;
        for (Map.Entry<String, Double> phase : server.entrySet()) {
            parts.put("  server " + phase.getKey(), phase.getValue());
            serverTotal += phase.getValue();
        }
        parts.put("  network + server rest", at.get("answered") - at.get("posted") - serverTotal);
        parts.put("answer read (JSON, controls)", at.get("play") - at.get("answered"));
        parts.put("WebAssembly.compile", at.get("module") - at.get("play"));
        parts.put("createNode", at.get("node") - at.get("module"));
        parts.put("swap scheduling (lead + output latency)", at.get("sound") - at.get("node"));
        parts.put("  of which AudioContext.outputLatency", at.get("outputLatency"));
        return parts;
    }

    /** {@code codegen;dur=1.2, queue;dur=0.1} as a map. */
    static Map<String, Double> serverTiming(String header) {
        Map<String, Double> phases = new LinkedHashMap<>();
        for (String item : header.split(",")) {
            String[] fields = item.trim().split(";dur=");
            if (fields.length == 2) {
                phases.put(fields[0], Double.parseDouble(fields[1]));
            }
        }
        return phases;
    }

    private static void print(String name, List<Map<String, Double>> samples) throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.printf("[latency %s] %d edits, load average %s on %d cores; p99 of %d is the %s%n", name,
                samples.size(), load, Runtime.getRuntime().availableProcessors(), samples.size(),
                samples.size() < 100 ? "largest but " + (samples.size() - (int) Math.ceil(0.99 * samples.size())) : "");
        Map<String, List<Double>> byPart = new LinkedHashMap<>();
        for (Map<String, Double> sample : samples) {
            sample.forEach((part, ms) -> byPart.computeIfAbsent(part, p -> new ArrayList<>()).add(ms));
        }
        byPart.forEach((part, values) -> System.out.printf(Locale.ROOT, "[latency %s] %-42s p50 %7.1f  p99 %7.1f ms%n",
                name, part, percentile(values, 50), percentile(values, 99)));
        System.out.printf(Locale.ROOT, "[latency %s] goal (issue 15, excluding the 150 ms debounce): p50 < 100 ms,"
                + " p99 < 300 ms; measured p50 %.1f, p99 %.1f at the output, p50 %.1f, p99 %.1f into the graph%n", name,
                percentile(byPart.get("without debounce"), 50), percentile(byPart.get("without debounce"), 99),
                percentile(byPart.get("  into the graph (before output latency)"), 50),
                percentile(byPart.get("  into the graph (before output latency)"), 99));
        assertTrue(byPart.get("edit to sound").stream().allMatch(ms -> ms > 0), "sound comes after its edit");
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private record Run(String name, BrowserContext context, Patcher p, List<String> serverTimings) {
    }
}
