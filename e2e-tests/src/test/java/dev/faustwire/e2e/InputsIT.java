package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person feeds {@code in 1 -> * 0.5 -> out 1} from the Inputs panel: a sine, white and pink noise,
 * an impulse train, a sweep, a WAV file chosen with the file picker, and (in a Chromium with its fake
 * capture device) the microphone; the master output, captured on the audio thread, is that source
 * times 0.5 (times the source's level, 0.5 unless changed).
 */
class InputsIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("inputs");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    /** Wires the half-gain patch, switches audio on and waits for the input row. */
    private static Patcher halfGain(Page page) {
        Patcher p = Patcher.open(page, env.port(), "?record");
        p.typeBox(80, 60, "in 1");
        p.typeBox(80, 150, "* 0.5");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        assertThat(page.locator("[data-role='inputs']")).isHidden();
        AuditionIT.switchAudioOn(page);
        assertThat(page.locator("[data-role='inputs']")).isVisible();
        assertThat(page.locator("[data-role='inputs'] [data-channel]")).hasCount(1);
        return p;
    }

    private static Locator row(Page page, int channel) {
        return page.locator("[data-role='inputs'] [data-channel='" + channel + "']");
    }

    /** Types a setting as a person does: select the field's text, type, Enter. */
    private static void type(Locator row, String param, String text) {
        Locator field = row.locator("[data-param='" + param + "']");
        field.click();
        field.press("Control+a");
        field.pressSequentially(text);
        field.press("Enter");
    }

    /** About {@code ms} of the output, taken after the last change has settled. */
    private static AuditionIT.Capture listen(Page page, int ms) {
        page.waitForTimeout(200);
        // dropped in the page: on a loaded machine, bringing back all since the last listen can take long
        page.evaluate("() => { window.faustwireAudio.takeRecording(); }");
        page.waitForTimeout(ms);
        return AuditionIT.take(page);
    }

    @Test
    void aSineAtTheChosenFrequencyIsHeardThroughTheDspAndBadSettingsAreSaidAndIgnored() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        Patcher p = halfGain(page);
        AuditionIT.Capture silent = listen(page, 300);
        assertEquals(0, Signal.peak(silent.samples()), "silence until a source is chosen");

        Locator row = row(page, 0);
        row.locator("[data-role='input-source']").selectOption("sine");
        assertThat(row.locator("[data-param='frequency']")).hasValue("440");
        type(row, "frequency", "300");
        AuditionIT.Capture sine = listen(page, 800);
        double frequency = Signal.frequency(sine.samples(), sine.rate());
        double peak = Signal.peak(sine.samples());
        System.out.printf("[inputs] sine 300 Hz at level 0.5 through * 0.5: %.3f Hz, peak %.5f%n", frequency, peak);
        assertEquals(300, frequency, 1.0);
        assertEquals(0.25, peak, 0.0025);

        type(row, "frequency", "fast");
        assertThat(row.locator("[data-role='input-status']")).hasText("IN01 frequency: \u201cfast\u201d is not a number");
        assertThat(row.locator("[data-param='frequency']")).hasAttribute("aria-invalid", "true");
        type(row, "frequency", "30000");
        assertThat(row.locator("[data-role='input-status']")).hasAttribute("data-code", "IN02");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/inputs-problem.png")));
        AuditionIT.Capture still = listen(page, 500);
        assertEquals(300, Signal.frequency(still.samples(), still.rate()), 1.0, "a refused setting changes nothing");

        type(row, "level", "0.2");
        assertThat(row.locator("[data-role='input-status']")).hasText("");
        assertThat(row.locator("[data-param='level']")).hasAttribute("aria-invalid", "false");
        assertEquals(0.1, Signal.peak(listen(page, 500).samples()), 0.001, "level 0.2 through * 0.5");

        // an edit swaps the DSP: the new one hears the same input
        int swaps = ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();
        page.locator("[data-role='canvas'] [data-box-id='box-2']").dblclick();
        p.field().press("Control+a");
        p.field().pressSequentially("* 2");
        p.field().press("Enter");
        page.waitForFunction("n => window.faustwireAudio.swapCount() > n", swaps);
        AuditionIT.Capture swapped = listen(page, 500);
        System.out.printf("[inputs] after the swap to * 2: %.3f Hz, peak %.5f%n",
                Signal.frequency(swapped.samples(), swapped.rate()), Signal.peak(swapped.samples()));
        assertEquals(300, Signal.frequency(swapped.samples(), swapped.rate()), 1.0);
        assertEquals(0.4, Signal.peak(swapped.samples()), 0.004, "the new DSP gets the input: 0.2 * 2");
        assertEquals("sine", row.locator("[data-role='input-source']").inputValue(), "the choice stays across the swap");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/inputs-sine.png")));

        row.locator("[data-role='input-source']").selectOption("silence");
        assertEquals(0, Signal.peak(listen(page, 300).samples()), "silence again");
        context.close();
    }

    @Test
    void eachInputChannelHasItsOwnSource() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        Patcher p = Patcher.open(page, env.port(), "?record");
        p.typeBox(80, 60, "in 1");
        p.typeBox(240, 60, "in 2");
        p.typeBox(80, 150, "+");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-3", 0);
        p.wire("box-2", 0, "box-3", 1);
        p.wire("box-3", 0, "box-4", 0);
        AuditionIT.switchAudioOn(page);
        assertThat(page.locator("[data-role='inputs'] [data-channel]")).hasCount(2);
        Locator first = row(page, 0);
        Locator second = row(page, 1);
        first.locator("[data-role='input-source']").selectOption("sine");
        type(first, "frequency", "300");
        second.locator("[data-role='input-source']").selectOption("sine");
        type(second, "frequency", "700");
        type(second, "level", "0.25");
        AuditionIT.Capture both = listen(page, 1000);
        double rms = Signal.rms(both.samples());
        double at300 = Spectra.bandDb(both.samples(), both.rate(), 270, 330);
        double at700 = Spectra.bandDb(both.samples(), both.rate(), 670, 730);
        double elsewhere = Spectra.bandDb(both.samples(), both.rate(), 1000, 5000);
        System.out.printf("[inputs] in 1 sine 300 (0.5) + in 2 sine 700 (0.25): rms %.5f (expected %.5f); 300 Hz %.1f dB,"
                + " 700 Hz %.1f dB, 1-5 kHz %.1f dB%n", rms, Math.sqrt(0.5 * 0.5 / 2 + 0.25 * 0.25 / 2), at300, at700,
                elsewhere);
        assertEquals(Math.sqrt(0.5 * 0.5 / 2 + 0.25 * 0.25 / 2), rms, 0.004, "both sines, each at its level");
        assertEquals(6.02, at300 - at700, 1.5, "the first channel's sine is twice the second's");
        assertTrue(at700 - elsewhere > 40, "nothing but the two sines");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/inputs-two.png")));
        context.close();
    }

    @Test
    void noisesImpulsesAndSweepsHaveTheirShapes() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        halfGain(page);
        Locator row = row(page, 0);
        Locator source = row.locator("[data-role='input-source']");

        source.selectOption("white");
        AuditionIT.Capture white = listen(page, 1500);
        double whiteRms = Signal.rms(white.samples());
        double whiteSlope = slope(white);
        System.out.printf("[inputs] white noise: rms %.5f (uniform +-0.25: %.5f), peak %.5f, %.2f dB per octave;"
                + " bands 200-400 %.2f, 2k-4k %.2f, 10k-14k %.2f dB%n", whiteRms, 0.25 / Math.sqrt(3), Signal.peak(white.samples()),
                whiteSlope, Spectra.bandDb(white.samples(), white.rate(), 200, 400),
                Spectra.bandDb(white.samples(), white.rate(), 2000, 4000),
                Spectra.bandDb(white.samples(), white.rate(), 10000, 14000));
        assertEquals(0.25 / Math.sqrt(3), whiteRms, 0.005);
        assertTrue(Signal.peak(white.samples()) <= 0.25 + 1e-6, "level 0.5 through * 0.5");
        assertEquals(0, whiteSlope, 1.0, "white noise is flat");
        double spread = Math.abs(Spectra.bandDb(white.samples(), white.rate(), 200, 400)
                - Spectra.bandDb(white.samples(), white.rate(), 10000, 14000));
        assertTrue(spread < 1.5, "flat from 200 Hz to 14 kHz within 1.5 dB: " + spread);

        source.selectOption("pink");
        AuditionIT.Capture pink = listen(page, 1500);
        double pinkSlope = slope(pink);
        System.out.printf("[inputs] pink noise: rms %.5f, peak %.5f, %.2f dB per octave%n", Signal.rms(pink.samples()),
                Signal.peak(pink.samples()), pinkSlope);
        assertEquals(-3.01, pinkSlope, 0.6, "pink noise falls 3 dB per octave");
        assertTrue(Signal.peak(pink.samples()) < 0.5, "Kellet's filter with its gain of 0.11 stays in range");

        source.selectOption("impulse");
        type(row, "rate", "100");
        AuditionIT.Capture impulses = listen(page, 500);
        List<Integer> spacings = new ArrayList<>();
        int last = -1;
        double[] s = impulses.samples();
        int nonZero = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] != 0) {
                nonZero++;
                if (last >= 0) {
                    spacings.add(i - last);
                }
                last = i;
            }
        }
        Collections.sort(spacings);
        System.out.printf("[inputs] impulses at 100 Hz: %d impulses, spacing %d..%d samples (rate/100 = %.1f), peak %.5f%n",
                nonZero, spacings.get(0), spacings.get(spacings.size() - 1), impulses.rate() / 100.0, Signal.peak(s));
        assertEquals(impulses.rate() / 100.0, spacings.get(0), 1.0);
        assertEquals(impulses.rate() / 100.0, spacings.get(spacings.size() - 1), 1.0);
        assertEquals(0.25, Signal.peak(s), 1e-6, "each impulse is one sample of the level, times 0.5");

        source.selectOption("sweep");
        type(row, "to", "2000");
        type(row, "from", "200");
        type(row, "period", "1");
        AuditionIT.Capture sweep = listen(page, 2200);
        List<Double> rising = sweepFrequencies(sweep);
        double low = Collections.min(rising);
        double high = Collections.max(rising);
        System.out.printf("[inputs] sweep 200 -> 2000 Hz in 1 s: frequencies of 40 ms windows from %.1f to %.1f Hz%n", low,
                high);
        assertTrue(low > 180 && low < 260, "the sweep starts near 200 Hz: " + low);
        assertTrue(high > 1700 && high < 2050, "and ends near 2000 Hz: " + high);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/inputs-sweep.png")));
        context.close();
    }

    /** The spectrum's slope in dB per octave, from the octave 250-500 Hz to the octave 4-8 kHz (four octaves up). */
    private static double slope(AuditionIT.Capture c) {
        return (Spectra.bandDb(c.samples(), c.rate(), 4000, 8000) - Spectra.bandDb(c.samples(), c.rate(), 250, 500)) / 4;
    }

    /** The zero-crossing frequency of each 40 ms window of a sweep. */
    private static List<Double> sweepFrequencies(AuditionIT.Capture c) {
        List<Double> frequencies = new ArrayList<>();
        int window = c.rate() / 25;
        for (int start = 0; start + window <= c.samples().length; start += window) {
            double[] part = java.util.Arrays.copyOfRange(c.samples(), start, start + window);
            frequencies.add(Signal.frequency(part, c.rate()));
        }
        return frequencies;
    }

    @Test
    void aWavFileChosenWithThePickerIsDecodedAndLooped() throws Exception {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        halfGain(page);
        Locator row = row(page, 0);
        row.locator("[data-role='input-source']").selectOption("file");
        assertThat(row.locator("[data-role='input-status']")).hasText("choose a file");
        // a 500 Hz sine of amplitude 0.8 at 22050 Hz: the browser resamples it to the context's rate
        Path wav = E2e.TARGET.resolve("sine500.wav");
        java.nio.file.Files.write(wav, Wav.sine(22050, 500, 0.8, 1.0));
        row.locator("[data-role='input-file']").setInputFiles(wav);
        assertThat(row.locator("[data-role='input-status']")).containsText("looping sine500.wav (1.00 s, 1 ch)");
        AuditionIT.Capture heard = listen(page, 1500); // across at least one loop seam
        double frequency = Signal.frequency(heard.samples(), heard.rate());
        double peak = Signal.peak(heard.samples());
        System.out.printf("[inputs] file sine500.wav (22050 Hz, 0.8) at level 0.5 through * 0.5: %.3f Hz, peak %.5f%n",
                frequency, peak);
        assertEquals(500, frequency, 1.0);
        assertEquals(0.2, peak, 0.004);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/inputs-file.png")));

        row.locator("[data-role='input-file']").setInputFiles(new FilePayload("notes.txt", "text/plain",
                "not audio".getBytes()));
        assertThat(row.locator("[data-role='input-status']")).hasText("notes.txt is not audio this browser can decode");
        context.close();
    }

    @Test
    void theMicrophoneReachesTheDsp() {
        // Chromium's fake capture device (a beep) and no permission prompt: for this test only
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"));
        try (Browser browser = env.playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(args))) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800)
                    .setPermissions(List.of("microphone")));
            Page page = context.newPage();
            halfGain(page);
            Locator row = row(page, 0);
            row.locator("[data-role='input-source']").selectOption("microphone");
            assertThat(row.locator("[data-role='input-status']")).containsText("listening to");
            System.out.println("[inputs] microphone: " + row.locator("[data-role='input-status']").textContent());
            AuditionIT.Capture heard = listen(page, 2000);
            double peak = Signal.peak(heard.samples());
            System.out.printf("[inputs] microphone (fake device) through * 0.5: peak %.5f, rms %.5f, %.1f Hz%n", peak,
                    Signal.rms(heard.samples()), Signal.frequency(heard.samples(), heard.rate()));
            assertTrue(peak > 0.01, "the fake device's beep reaches the output: " + peak);
            row.locator("[data-role='input-source']").selectOption("silence");
            assertEquals(0, Signal.peak(listen(page, 300).samples()), "the microphone let go");
            context.close();
        }
    }
}
