package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The toolbar's output meters and CPU load while {@code os.osc 440 -> * 0.1 -> out 1} plays: peak
 * -20 dBFS and RMS -23 dBFS (a sine's RMS is its peak over the square root of 2), halved by the
 * master volume (-6 dB) while the peak hold keeps the last loud peak; the CPU load is a number above 0.
 */
class MetersIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("meters");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void theMetersShowTheSinesLevelsAndTheCpuLoadIsMeasured() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        Patcher p = Patcher.open(page, env.port());
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "* 0.1");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        assertThat(page.locator("[data-role='record']")).isDisabled();
        AuditionIT.switchAudioOn(page);
        Locator meters = page.locator("[data-role='meters'] [data-channel]");
        assertThat(meters).hasCount(1); // one output, one meter
        Locator meter = meters.first();
        page.waitForTimeout(500); // past the fade-in and the first hold

        double peak = median(meter, "data-peak-db");
        double rms = median(meter, "data-rms-db");
        System.out.printf("[meters] 0.1 sine: peak %.3f dBFS (expected %.3f), RMS %.3f dBFS (expected %.3f)%n", peak,
                20 * Math.log10(0.1), rms, 20 * Math.log10(0.1 / Math.sqrt(2)));
        assertEquals(-20.0, peak, 0.1, "peak of a 0.1 sine");
        assertEquals(-23.01, rms, 0.1, "RMS of a 0.1 sine");
        assertEquals("−20.0", meter.locator(".db").textContent(), "the number a person reads");

        Locator cpu = page.locator("[data-role='cpu']");
        page.waitForFunction("() => Number(document.querySelector(\"[data-role='cpu']\").getAttribute('data-load')) > 0",
                null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        double light = Double.parseDouble(cpu.getAttribute("data-load"));
        System.out.printf("[meters] CPU load of os.osc 440 * 0.1: %.4f%% (%s µs per 128-frame block), shown \"%s\"%n",
                light * 100, cpu.getAttribute("data-block-us"), cpu.textContent());
        assertTrue(cpu.textContent().matches("CPU \\d+\\.\\d%"), cpu.textContent());
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/meters.png"))
                .setClip(0, 0, 1400, 120));

        // half the master volume: the meter says 6 dB less; the hold keeps the -20 dB peak for a moment
        Locator volume = page.locator("[data-role='volume']");
        volume.focus();
        page.keyboard().press("Home");
        for (int i = 0; i < 50; i++) {
            page.keyboard().press("ArrowRight");
        }
        page.waitForTimeout(300);
        double half = Double.parseDouble(meter.getAttribute("data-peak-db"));
        double held = Double.parseDouble(meter.getAttribute("data-hold-db"));
        System.out.printf("[meters] at volume 0.5: peak %.3f dBFS, held %.3f dBFS%n", half, held);
        assertEquals(-26.02, half, 0.1, "half the volume is 6 dB less");
        assertEquals(-20.0, held, 0.1, "the peak hold keeps the last loud peak");
        page.waitForFunction("() => Number(document.querySelector(\"[data-role='meters'] [data-channel='0']\")"
                + ".getAttribute('data-hold-db')) < -25", null, new Page.WaitForFunctionOptions().setTimeout(5_000));

        // a reverb costs more than a gain: the load follows the DSP that plays
        page.locator("[data-role='canvas'] [data-box-id='box-2']").dblclick();
        p.field().press("Control+a");
        p.field().pressSequentially("re.zita_rev1_stereo 0 200 6000 3 2 48000");
        p.field().press("Enter");
        page.waitForFunction("l => Number(document.querySelector(\"[data-role='cpu']\").getAttribute('data-load')) !== l",
                light, new Page.WaitForFunctionOptions().setTimeout(20_000));
        double heavy = Double.parseDouble(cpu.getAttribute("data-load"));
        System.out.printf("[meters] CPU load of os.osc 440 -> re.zita_rev1_stereo: %.4f%% (%s µs per block)%n", heavy * 100,
                cpu.getAttribute("data-block-us"));
        assertTrue(heavy > 1.2 * light, "a reverb costs more than a gain: " + heavy + " against " + light);
        context.close();
    }

    @Test
    void aStereoPatchHasTwoMetersAndSilenceReadsMinusInfinity() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        Patcher p = Patcher.open(page, env.port());
        p.typeBox(80, 60, "os.osc 1000");
        p.typeBox(80, 150, "* 0.5");
        p.typeBox(80, 240, "out 1");
        p.typeBox(240, 240, "out 2");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        AuditionIT.switchAudioOn(page);
        Locator meters = page.locator("[data-role='meters'] [data-channel]");
        assertThat(meters).hasCount(2);
        page.waitForTimeout(2000); // past the first hold
        double left = median(meters.nth(0), "data-peak-db");
        double right = median(meters.nth(1), "data-peak-db");
        System.out.printf("[meters] stereo: left %.3f dBFS, right (unconnected out 2) %.3f dBFS, shown \"%s\"%n", left,
                right, meters.nth(1).locator(".db").textContent());
        assertEquals(-6.02, left, 0.1);
        assertEquals(-120, right, 1e-9, "an output that is never written is silent");
        assertEquals("−∞", meters.nth(1).locator(".db").textContent());
        context.close();
    }

    /** The median of five readings of a meter's attribute, 150 ms apart (the meter updates about every 40 ms). */
    static double median(Locator meter, String attribute) {
        List<Double> readings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            readings.add(Double.parseDouble(meter.getAttribute(attribute)));
            meter.page().waitForTimeout(150);
        }
        Collections.sort(readings);
        return readings.get(2);
    }
}
