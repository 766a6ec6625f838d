package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person records what plays with the Record button and gets "<patch name>.wav": a 16-bit PCM WAV
 * whose header is right and whose samples are the 440 Hz sine of amplitude 0.1 that played.
 */
class RecordIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("record");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void recordingTheOutputDownloadsTheSineAsAWavFile() throws Exception {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800)
                .setAcceptDownloads(true));
        Page page = context.newPage();
        Patcher p = Patcher.open(page, env.port());
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "* 0.1");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.save("tone");
        Locator record = page.locator("[data-role='record']");
        assertThat(record).isDisabled(); // nothing to record before audio is on
        AuditionIT.switchAudioOn(page);
        assertThat(record).isEnabled();
        page.waitForTimeout(300); // past the fade-in
        record.click();
        assertThat(record).hasAttribute("aria-pressed", "true");
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/recording.png"))
                .setClip(0, 0, 1400, 120));
        Download download = page.waitForDownload(record::click);
        assertThat(record).hasAttribute("aria-pressed", "false");
        assertEquals("tone.wav", download.suggestedFilename());
        Path saved = E2e.TARGET.resolve("screenshots/tone.wav");
        download.saveAs(saved);
        byte[] bytes = Files.readAllBytes(saved);

        Wav.Audio wav = Wav.read(bytes);
        int rate = ((Number) page.evaluate("() => window.faustwireIo.sampleRate()")).intValue();
        double seconds = wav.samples()[0].length / (double) wav.rate();
        System.out.printf("[record] %s: %d bytes, format %d, %d ch, %d Hz, %d bits, %.3f s%n", download.suggestedFilename(),
                bytes.length, wav.format(), wav.channels(), wav.rate(), wav.bits(), seconds);
        assertEquals(1, wav.format(), "PCM");
        assertEquals(1, wav.channels(), "the patch has one output");
        assertEquals(rate, wav.rate(), "the AudioContext's rate");
        assertEquals(16, wav.bits());
        assertEquals(rate * 2, wav.byteRate());
        assertEquals(2, wav.blockAlign());
        assertEquals(bytes.length - 44, wav.dataSize());
        assertEquals(bytes.length - 8, wav.riffSize());
        assertTrue(seconds > 0.5, "about a second was recorded: " + seconds);

        double[] s = wav.samples()[0];
        double frequency = Signal.frequency(s, wav.rate());
        double peak = Signal.peak(s);
        System.out.printf("[record] the recording: %.3f Hz, peak %.5f, rms*sqrt2 %.5f%n", frequency, peak,
                Signal.rms(s) * Math.sqrt(2));
        assertEquals(440, frequency, 1.0);
        assertEquals(0.1, peak, 0.001);
        assertEquals(0.1, Signal.rms(s) * Math.sqrt(2), 0.001, "a steady sine from the first sample to the last");
        context.close();
    }

    @Test
    void aStereoPatchRecordsTwoInterleavedChannels() throws Exception {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800)
                .setAcceptDownloads(true));
        Page page = context.newPage();
        Patcher p = Patcher.open(page, env.port());
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "* 0.1");
        p.typeBox(80, 240, "out 1");
        p.typeBox(260, 60, "os.osc 660");
        p.typeBox(260, 150, "* 0.3");
        p.typeBox(260, 240, "out 2");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.wire("box-4", 0, "box-5", 0);
        p.wire("box-5", 0, "box-6", 0);
        AuditionIT.switchAudioOn(page);
        page.waitForTimeout(300);
        Locator record = page.locator("[data-role='record']");
        record.click();
        page.waitForTimeout(700);
        Download download = page.waitForDownload(record::click);
        assertEquals("untitled.wav", download.suggestedFilename(), "a patch without a name");
        Path saved = E2e.TARGET.resolve("screenshots/stereo.wav");
        download.saveAs(saved);
        Wav.Audio wav = Wav.read(Files.readAllBytes(saved));
        assertEquals(2, wav.channels());
        assertEquals(4, wav.blockAlign());
        assertEquals(wav.rate() * 4, wav.byteRate());
        double[] left = wav.samples()[0];
        double[] right = wav.samples()[1];
        System.out.printf("[record] stereo: left %.3f Hz peak %.5f, right %.3f Hz peak %.5f%n",
                Signal.frequency(left, wav.rate()), Signal.peak(left), Signal.frequency(right, wav.rate()), Signal.peak(right));
        assertEquals(440, Signal.frequency(left, wav.rate()), 1.0);
        assertEquals(0.1, Signal.peak(left), 0.001);
        assertEquals(660, Signal.frequency(right, wav.rate()), 1.0);
        assertEquals(0.3, Signal.peak(right), 0.001);
        context.close();
    }
}
