package dev.faustwire.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SwapLeakIT's property for a rack slot: 300 replaces of what a slot plays (asked of audio-rack.js with
 * one precompiled module, as SwapLeakIT asks audio.js) leave one faustwasm node, one running processor
 * and a flat number of live AudioNodes (audio-census.js counts them); a removed slot leaves none.
 */
class RackSwapLeakIT {
    private static final int SWAPS = 300;
    private static final int STEP = 100;
    private static final int SLACK = 8;
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("rack-swapleak");
        RackPage.write(env.workspace, "sine550.json", RackPage.chain("os.osc 550", "* 0.1", "out 1"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void threeHundredReplacesOfASlotLeaveNoGrowingNumberOfNodes() throws Exception {
        BrowserContext context = env.context(1400, 800);
        context.addInitScript(SwapLeakIT.census());
        Page page = context.newPage();
        E2e.printConsoleErrors(page, "rack swap leak");
        Patcher.open(page, env.port());
        RackPage.add(page, "sine550.json", "slot-1");
        CDPSession cdp = context.newCDPSession(page);
        page.evaluate("async () => { var r = await fetch('/api/compile', {method: 'POST', headers: {'content-type':"
                + " 'application/json'}, body: JSON.stringify({dsp: 'import(\"stdfaust.lib\");\\nprocess = os.osc(330) * 0.1;'})});"
                + " window.__fwModule = await r.json(); }");
        List<int[]> counts = new ArrayList<>();
        for (int done = 0; done < SWAPS; done += STEP) {
            page.evaluate("async n => { var m = window.__fwModule; for (var i = 0; i < n; i++) {"
                    + " await window.faustwireRack.play('slot-1', m.wasm, JSON.stringify(m.json), 'fwrackleak', 0.04, {}); } }",
                    STEP);
            counts.add(count(page, cdp, done + STEP, 1));
        }
        int[] first = counts.get(0);
        for (int[] c : counts) {
            assertEquals(1, c[0], "one faustwasm node plays after the fades");
            assertEquals(1, c[3], "one processor runs; every other ended");
            assertTrue(c[1] <= first[1] + SLACK, "AudioNodes alive do not grow: " + first[1] + " then " + c[1]);
            assertTrue(c[2] <= first[2] + SLACK, "AudioWorkletNodes alive do not grow: " + first[2] + " then " + c[2]);
        }
        page.locator("[data-slot='slot-1'] [data-role='slot-remove']").click();
        int[] removed = count(page, cdp, SWAPS, 0);
        assertEquals(0, removed[0], "a removed slot leaves no faustwasm node");
        assertEquals(0, removed[3], "and no running processor");
        context.close();
    }

    /** Live faustwasm nodes, AudioNodes alive, AudioWorkletNodes alive, DSP processors running. */
    private static int[] count(Page page, CDPSession cdp, int swaps, int expectedLive) {
        page.waitForFunction("n => window.faustwireAudio.liveNodes() === n", expectedLive);
        page.waitForTimeout(200);
        for (int i = 0; i < 3; i++) {
            cdp.send("HeapProfiler.collectGarbage");
            page.evaluate("() => new Promise(r => setTimeout(r, 50))");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> census = (Map<String, Object>) page.evaluate("async () => { var c = window.__fwCensus;"
                + " var made = 0, collected = 0; for (var k in c.made) { made += c.made[k]; collected += c.collected[k] || 0; }"
                + " var processors = await c.processors(); var running = 0;"
                + " for (var n in processors) { if (n !== 'fw-recorder' && n.indexOf('fw-io-') !== 0) running += processors[n].made - processors[n].ended; }"
                + " return {alive: made - collected, worklet: (c.made.AudioWorkletNode || 0) - (c.collected.AudioWorkletNode || 0),"
                + " running: running, live: window.faustwireAudio.liveNodes()}; }");
        int[] c = {num(census, "live"), num(census, "alive"), num(census, "worklet"), num(census, "running")};
        System.out.printf("[rack swap leak] %d replaces: liveNodes %d, AudioNodes alive %d, AudioWorkletNodes alive %d,"
                + " processors running %d%n", swaps, c[0], c[1], c[2], c[3]);
        return c;
    }

    private static int num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }
}
