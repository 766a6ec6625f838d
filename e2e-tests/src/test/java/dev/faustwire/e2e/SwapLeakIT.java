package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 500 swaps in a row leave nothing behind: the page's own count of faustwasm nodes, the AudioNodes
 * made and not reclaimed by the garbage collector (counted by an init script that wraps Web Audio's
 * factories, audio-census.js), the worklet processor instances that still run (counted on the audio
 * thread) and the processor names registered stay flat from 100 to 500 swaps. The swaps are asked of
 * audio.js with one precompiled module: the swap is what is under test, not the compiler.
 */
class SwapLeakIT {
    private static final int SWAPS = 500;
    private static final int STEP = 100;
    /** Nodes the collector may not have reclaimed yet at one count and has at another (it is not exact). */
    private static final int SLACK = 8;
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("swapleak");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void fiveHundredSwapsLeaveNoGrowingNumberOfNodesOrProcessors() throws IOException {
        BrowserContext context = env.context(1400, 800);
        context.addInitScript(census());
        Page page = context.newPage();
        E2e.printConsoleErrors(page, "swap leak");
        Patcher p = Patcher.open(page, env.port());
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "* 0.1");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        assertThat(p.code()).containsText("os.osc(440)");
        AuditionIT.switchAudioOn(page);
        CDPSession cdp = context.newCDPSession(page);
        // one module, compiled once by the server, played again and again
        page.evaluate("async () => { var r = await fetch('/api/compile', {method: 'POST', headers: {'content-type':"
                + " 'application/json'}, body: JSON.stringify({dsp: 'import(\"stdfaust.lib\");\\nprocess = os.osc(330) * 0.1;'})});"
                + " window.__fwModule = await r.json(); }");
        int swapsBefore = ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();
        List<Count> counts = new ArrayList<>();
        for (int done = 0; done < SWAPS; done += STEP) {
            page.evaluate("async n => { var m = window.__fwModule; for (var i = 0; i < n; i++) {"
                    + " await window.faustwireAudio.play(m.wasm, JSON.stringify(m.json), 'fwleak', 0.04, {}); } }", STEP);
            counts.add(count(page, cdp, done + STEP));
        }
        assertEquals(swapsBefore + SWAPS, ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue());
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots").resolve("swap-leak.png")));
        context.close();

        Count first = counts.get(0);
        for (Count c : counts) {
            assertEquals(1, c.liveNodes, "one faustwasm node plays after the fades: " + c);
            assertEquals(1, c.runningProcessors, "one processor runs; every other ended: " + c);
            assertEquals(first.processorNames, c.processorNames, "one processor name, registered once: " + c);
            assertTrue(c.aliveNodes <= first.aliveNodes + SLACK, "AudioNodes alive do not grow: " + first + " then " + c);
            assertTrue(c.aliveWorkletNodes <= first.aliveWorkletNodes + SLACK,
                    "AudioWorkletNodes alive do not grow: " + first + " then " + c);
        }
    }

    /** Waits until every fade is over, collects garbage, and counts. */
    private static Count count(Page page, CDPSession cdp, int swaps) {
        try {
            page.waitForFunction("() => window.faustwireAudio.liveNodes() === 1", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            System.out.println("[swap leak] the old nodes were not all destroyed: the counts below say how many");
        }
        page.waitForTimeout(200); // the last processor's process() sees its end
        for (int i = 0; i < 3; i++) {
            cdp.send("HeapProfiler.collectGarbage");
            page.evaluate("() => new Promise(r => setTimeout(r, 50))"); // finalization callbacks run
        }
        @SuppressWarnings("unchecked")
        // the page's own worklets (the recorder, the meters' tap, the input sources) are fixed, not DSPs
        Map<String, Object> census = (Map<String, Object>) page.evaluate("async () => { var c = window.__fwCensus;"
                + " var made = 0, collected = 0; for (var k in c.made) { made += c.made[k]; collected += c.collected[k] || 0; }"
                + " var processors = await c.processors(); var running = 0, names = 0;"
                + " for (var n in processors) { if (n !== 'fw-recorder' && n.indexOf('fw-io-') !== 0) { names++; running += processors[n].made - processors[n].ended; } }"
                + " return {made: made, collected: collected, worklet: (c.made.AudioWorkletNode || 0) - (c.collected.AudioWorkletNode || 0),"
                + " running: running, names: names, live: window.faustwireAudio.liveNodes(), byType: JSON.stringify(c.made),"
                + " processors: JSON.stringify(processors)}; }");
        JsonObject heap = cdp.send("Runtime.getHeapUsage");
        Count c = new Count(swaps, num(census, "live"), num(census, "made"), num(census, "made") - num(census, "collected"),
                num(census, "worklet"), num(census, "running"), num(census, "names"),
                heap.get("usedSize").getAsDouble() / (1 << 20));
        System.out.printf("[swap leak] %d swaps: liveNodes %d, AudioNodes made %d alive %d (AudioWorkletNodes alive %d),"
                + " processors running %d, names %d, JS heap %.2f MB; made by type %s; processors %s%n", c.swaps, c.liveNodes,
                c.madeNodes, c.aliveNodes, c.aliveWorkletNodes, c.runningProcessors, c.processorNames, c.heapMb,
                census.get("byType"), census.get("processors"));
        return c;
    }

    private static int num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    static String census() throws IOException {
        try (InputStream in = SwapLeakIT.class.getResourceAsStream("/audio-census.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Count(int swaps, int liveNodes, int madeNodes, int aliveNodes, int aliveWorkletNodes,
            int runningProcessors, int processorNames, double heapMb) {
    }
}
