package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person wires {@code os.osc 440 -> * 0.1 -> out 1} by mouse and keyboard, switches audio on
 * with the button and hears it: the samples a recorder worklet takes from the page's master output
 * are a 440 Hz sine of amplitude 0.1. Editing the gain while it plays swaps the DSP with a
 * crossfade that does not click; with the crossfade off ({@code ?fade=0}) the same edits do click,
 * which shows that the measure can fail.
 */
class AuditionIT {
    /** The bound of issue 15: a swap's largest step against the steady sine's largest step. */
    private static final double CLICK_BOUND = 1.5;
    private static final int SWAPS = 4;
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("audition");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void theRuntimeIsServedAsNpmPublishedIt() {
        BrowserContext context = env.browser.newContext();
        com.microsoft.playwright.APIResponse runtime = context.request().get("http://127.0.0.1:" + env.port()
                + "/vendor/faustwasm/index.js");
        assertEquals(200, runtime.status());
        assertTrue(runtime.headers().get("content-type").contains("javascript"), runtime.headers().toString());
        String text = runtime.text();
        assertEquals(216_533, text.length(), "dist/esm/index.js of @grame/faustwasm 0.18.4, unminified");
        assertTrue(text.contains("class FaustMonoDspGenerator") || text.contains("FaustMonoDspGenerator = class"),
                "the generator the page uses");
        context.close();
    }

    @Test
    void theSinePlaysAndEditsCrossfadeWithoutAClick() {
        List<Double> ratios = playAndSwap("crossfade", "?record", true);
        for (double ratio : ratios) {
            assertTrue(ratio <= CLICK_BOUND, "a crossfaded swap stays within 1.5 times the sine's step: " + ratios);
        }
    }

    @Test
    void withoutTheCrossfadeTheSameEditsClick() {
        List<Double> ratios = playAndSwap("hard switch", "?record&fade=0", false);
        double worst = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(worst > CLICK_BOUND, "a hard switch steps beyond 1.5 times the sine's step: " + ratios);
    }

    @Test
    void aValueSetBeforeASwapIsKeptAfterIt() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        Patcher p = Patcher.open(page, env.port(), "?record");
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(260, 60, "hslider gain 0.1 0 1 0.01");
        p.typeBox(80, 150, "*");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-3", 0);
        p.wire("box-2", 0, "box-3", 1);
        p.wire("box-3", 0, "box-4", 0);
        assertThat(p.code()).containsText("hslider(");
        switchAudioOn(page);
        page.waitForTimeout(300);
        take(page);
        page.waitForTimeout(400);
        assertEquals(0.1, Signal.peak(take(page).samples), 0.001, "the slider's initial value");

        // the control's address, as the page's controls will set it
        page.evaluate("() => window.faustwire.setParam('/main/gain', 0.05)");
        page.waitForTimeout(300);
        take(page);
        page.waitForTimeout(400);
        assertEquals(0.05, Signal.peak(take(page).samples), 0.0005, "the value set");

        // a move changes the patch, not the program: nothing is compiled
        java.util.concurrent.atomic.AtomicInteger compiles = new java.util.concurrent.atomic.AtomicInteger();
        page.onRequest(r -> {
            if (r.method().equals("POST") && r.url().endsWith("/api/compile")) {
                compiles.incrementAndGet();
            }
        });
        com.microsoft.playwright.options.BoundingBox slider = p.box("box-2").boundingBox();
        p.dragPoints(slider.x + 30, slider.y + slider.height / 2, slider.x + 130, slider.y + 80);
        assertThat(p.box("box-2")).not().hasAttribute("transform", "translate(260,60)");
        page.waitForTimeout(600);
        assertEquals(0, compiles.get(), "moving a box compiles nothing");

        int swaps = swapCount(page);
        page.locator("[data-role='canvas'] [data-box-id='box-1']").dblclick();
        p.field().press("Control+a");
        p.field().pressSequentially("os.osc 660");
        p.field().press("Enter");
        page.waitForFunction("n => window.faustwireAudio.swapCount() > n", swaps);
        page.waitForTimeout(300);
        take(page);
        page.waitForTimeout(500);
        Capture after = take(page);
        double frequency = Signal.frequency(after.samples, after.rate);
        double peak = Signal.peak(after.samples);
        System.out.printf("[carry-over] after the swap: %.3f Hz, peak %.5f%n", frequency, peak);
        assertEquals(1, compiles.get(), "one edit, one compile");
        assertEquals(660, frequency, 1.0, "the new DSP plays");
        assertEquals(0.05, peak, 0.0005, "with the value set before the swap, not the slider's initial 0.1");
        offAndOnAgain(page, compiles);
        context.close();
    }

    /**
     * Builds and plays the patch, checks the sine, makes {@link #SWAPS} edits, and then (when asked)
     * one the compiler rejects; the step ratio of each swap.
     */
    private List<Double> playAndSwap(String name, String query, boolean thenFail) {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                System.out.println("[" + name + "] HTTP " + r.status() + " " + r.url());
            }
        });
        E2e.printConsoleErrors(page, name);
        Patcher p = Patcher.open(page, env.port(), query);
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "* 0.1");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        assertThat(p.code()).containsText("os.osc(440)");

        Locator status = page.locator("[data-role='audio-status']");
        assertThat(status).hasText("off");
        switchAudioOn(page);
        assertThat(page.locator("[data-role='audio']")).hasAttribute("aria-pressed", "true");
        page.waitForTimeout(300); // past the first fade-in
        take(page);
        page.waitForTimeout(1000);
        Capture steady = take(page);
        double frequency = Signal.frequency(steady.samples, steady.rate);
        double peak = Signal.peak(steady.samples);
        System.out.printf("[%s] %d samples at %d Hz: frequency %.3f Hz, peak %.5f, rms*sqrt2 %.5f%n", name,
                steady.samples.length, steady.rate, frequency, peak, Signal.rms(steady.samples) * Math.sqrt(2));
        assertEquals(440, frequency, 1.0, "the sine's frequency");
        assertEquals(0.1, peak, 0.001, "the sine's amplitude");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("audition-" + name.replace(' ', '-')
                + ".png")));

        if (thenFail) {
            halfVolumeHalvesTheSound(page);
        }

        String[] gains = {"* 0.2", "* 0.1", "* 0.2", "* 0.1"};
        Map<String, Object> statsBefore = playbackStats(page);
        for (int i = 0; i < SWAPS; i++) {
            int before = swapCount(page);
            page.locator("[data-role='canvas'] [data-box-id='box-2']").dblclick();
            assertThat(p.field()).isVisible();
            p.field().press("Control+a");
            p.field().pressSequentially(gains[i]);
            p.field().press("Enter");
            page.waitForFunction("n => window.faustwireAudio.swapCount() > n", before);
            page.waitForTimeout(250 + 97 * i); // the next edit lands at another phase of the sine
        }
        Capture edits = take(page);
        noUnderrunAcrossTheSwaps(name, page, statsBefore);
        assertEquals("playing", status.textContent());
        page.waitForFunction("() => window.faustwireAudio.liveNodes() === 1"); // each old node destroyed after its fade
        if (thenFail) {
            compileErrorKeepsTheSound(p, status);
        }
        context.close();
        return ratios(name, edits, query.contains("fade=0") ? 0 : 0.040);
    }

    /**
     * The underrun measure can fail: a processor that holds the audio thread for 300 ms once (an
     * init script captures the page's context) makes {@code playbackStats} count underruns.
     */
    @Test
    void aStalledAudioThreadShowsAnUnderrun() throws java.io.IOException {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        context.addInitScript(SwapLeakIT.census());
        Page page = context.newPage();
        Patcher p = Patcher.open(page, env.port(), "");
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        switchAudioOn(page);
        page.waitForTimeout(1100);
        Map<String, Object> before = playbackStats(page);
        page.evaluate("async () => { var ctx = window.__fwCensus.contexts[0]; var code = 'class FwStall extends"
                + " AudioWorkletProcessor { process() { if (!this.done) { this.done = true; var t = Date.now();"
                + " while (Date.now() - t < 300) {} } return true; } } registerProcessor(\"fw-stall\", FwStall);';"
                + " await ctx.audioWorklet.addModule(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));"
                + " new AudioWorkletNode(ctx, 'fw-stall').connect(ctx.destination); }");
        page.waitForTimeout(1500);
        Map<String, Object> after = playbackStats(page);
        System.out.printf("[stall] playbackStats before %s, after a 300 ms stall of the audio thread %s%n", before, after);
        assertTrue(((Number) after.get("underrunEvents")).intValue() > ((Number) before.get("underrunEvents")).intValue(),
                "the stall is counted as an underrun");
        context.close();
    }

    /** The button switches sound off (its node destroyed) and on again (compiled again, the value kept). */
    private static void offAndOnAgain(Page page, java.util.concurrent.atomic.AtomicInteger compiles) {
        Locator button = page.locator("[data-role='audio']");
        Locator status = page.locator("[data-role='audio-status']");
        button.click();
        assertThat(status).hasText("off");
        assertThat(button).hasAttribute("aria-pressed", "false");
        page.waitForFunction("() => window.faustwireAudio.liveNodes() === 0");
        switchAudioOn(page);
        assertEquals(2, compiles.get(), "switched on again, the program is asked again");
        page.waitForTimeout(300);
        take(page);
        page.waitForTimeout(400);
        Capture again = take(page);
        assertEquals(660, Signal.frequency(again.samples, again.rate), 1.0);
        assertEquals(0.05, Signal.peak(again.samples), 0.0005, "the value set is kept while audio is off");
        assertEquals(1, ((Number) page.evaluate("() => window.faustwireAudio.liveNodes()")).intValue());
    }

    /** The master volume, moved by the keyboard to 0.5, halves the amplitude; End puts it back to 1. */
    private static void halfVolumeHalvesTheSound(Page page) {
        Locator volume = page.locator("[data-role='volume']");
        volume.focus();
        page.keyboard().press("Home");
        for (int i = 0; i < 50; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertEquals("0.5", volume.inputValue());
        page.waitForTimeout(300);
        take(page);
        page.waitForTimeout(500);
        double peak = Signal.peak(take(page).samples);
        System.out.printf("[crossfade] peak at volume 0.5: %.5f%n", peak);
        assertEquals(0.05, peak, 0.0005, "half the volume, half the amplitude");
        page.keyboard().press("End");
        assertEquals("1", volume.inputValue());
        page.waitForTimeout(300);
    }

    /** {@code / 0} passes code generation but not the compiler: the box at fault is marked and the last sine plays on. */
    private static void compileErrorKeepsTheSound(Patcher p, Locator status) {
        Page page = p.page;
        int swaps = swapCount(page);
        page.locator("[data-role='canvas'] [data-box-id='box-2']").dblclick();
        p.field().press("Control+a");
        p.field().pressSequentially("/ 0");
        p.field().press("Enter");
        assertThat(status).hasText("compile failed: the last good sound plays",
                new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        // the server pins this error by bisection (on the oscillator, whose signal it divides)
        Locator problem = page.locator("[data-role='problems'] li[data-box-id]").filter(
                new Locator.FilterOptions().setHasText("E016"));
        assertThat(problem).hasCount(1);
        String atFault = problem.getAttribute("data-box-id");
        assertThat(p.box(atFault)).hasClass(java.util.regex.Pattern.compile("\\berror\\b"));
        take(page);
        page.waitForTimeout(500);
        Capture after = take(page);
        assertEquals(swaps, swapCount(page), "no swap for a program that did not compile");
        assertEquals(440, Signal.frequency(after.samples, after.rate), 1.0);
        assertEquals(0.1, Signal.peak(after.samples), 0.001, "the last good DSP (* 0.1) still plays");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("audition-compile-error.png")));
    }

    /** For each swap: the largest step around it over the largest step of the steady 0.2 sine after the first. */
    private static List<Double> ratios(String name, Capture c, double fadeSeconds) {
        List<Integer> at = new ArrayList<>();
        for (long swap : c.swaps) {
            if (swap > c.frame && swap < c.frame + c.samples.length) {
                at.add((int) (swap - c.frame));
            }
        }
        assertEquals(SWAPS, at.size(), "every edit swapped once: " + at);
        int fade = (int) Math.ceil(fadeSeconds * c.rate);
        int margin = c.rate / 100;
        double reference = Signal.largestStep(c.samples, at.get(0) + fade + margin, at.get(1) - margin);
        List<Double> ratios = new ArrayList<>();
        for (int swap : at) {
            double step = Signal.largestStep(c.samples, swap - margin, swap + fade + margin);
            ratios.add(step / reference);
        }
        System.out.printf("[%s] steady 0.2 sine's largest step %.6f (2*pi*f/rate*0.2 = %.6f); swap ratios %s%n", name,
                reference, 2 * Math.PI * 440 / c.rate * 0.2, ratios);
        return ratios;
    }

    /**
     * {@code AudioContext.playbackStats} (Chromium 150 has it without a flag): the swaps cause no
     * underrun. A loaded machine drops audio now and then with or without a swap, so the underruns
     * counted across the swaps are compared with those of an equally long steady stretch right after
     * them (same page, same load, no swap); {@link #aStalledAudioThreadShowsAnUnderrun} shows the count moves.
     */
    private static void noUnderrunAcrossTheSwaps(String name, Page page, Map<String, Object> before) {
        page.waitForTimeout(1100); // the stats are refreshed about once a second
        Map<String, Object> after = playbackStats(page);
        assertTrue(before != null && after != null, "this Chromium has AudioContext.playbackStats");
        double swapSeconds = number(after, "totalDuration") - number(before, "totalDuration");
        assertTrue(swapSeconds > 0, "the stats were refreshed during the swaps");
        page.waitForTimeout((long) (swapSeconds * 1000) + 1100);
        Map<String, Object> steady = playbackStats(page);
        int duringSwaps = (int) (number(after, "underrunEvents") - number(before, "underrunEvents"));
        int duringSteady = (int) (number(steady, "underrunEvents") - number(after, "underrunEvents"));
        System.out.printf("[%s] playbackStats: %d underruns in %.1f s of swaps, %d in %.1f s of steady sound after"
                + " (before %s, after the swaps %s, after the steady stretch %s)%n", name, duringSwaps, swapSeconds,
                duringSteady, number(steady, "totalDuration") - number(after, "totalDuration"), before, after, steady);
        assertTrue(duringSwaps <= duringSteady, "the swaps cause no underrun: " + duringSwaps + " during the swaps, "
                + duringSteady + " in as long without a swap");
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> playbackStats(Page page) {
        return (Map<String, Object>) page.evaluate("() => window.faustwireAudio.playbackStats()");
    }

    private static int swapCount(Page page) {
        return ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();
    }

    /** Clicks the Audio button, as a person does, and waits (up to 20 s) until the page says it plays. */
    static void switchAudioOn(Page page) {
        page.locator("[data-role='audio']").click();
        assertThat(page.locator("[data-role='audio-status']")).hasText("playing",
                new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    }

    /** The recording since the last take; the samples cross as base64 floats (a JSON array costs gigabytes). */
    static Capture take(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => { const r = window.faustwireAudio.takeRecording();"
                + " const bytes = new Uint8Array(Float32Array.from(r.samples).buffer); let text = '';"
                + " for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));"
                + " return {rate: r.rate, frame: r.frame, swaps: r.swaps, data: btoa(text)}; }");
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode((String) r.get("data")))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        double[] samples = new double[buffer.remaining() / 4];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = buffer.getFloat();
        }
        List<?> swaps = (List<?>) r.get("swaps");
        long[] swapFrames = new long[swaps.size()];
        for (int i = 0; i < swapFrames.length; i++) {
            swapFrames[i] = ((Number) swaps.get(i)).longValue();
        }
        return new Capture(((Number) r.get("rate")).intValue(), ((Number) r.get("frame")).longValue(), samples,
                swapFrames);
    }

    record Capture(int rate, long frame, double[] samples, long[] swaps) {
    }
}
