package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person wires {@code hslider freq 440 20 2000 1 -> os.osc -> * 0.1 -> out 1}, switches audio on
 * and plays with the controls panel the compiled DSP's UI gives: the freq slider, moved with the
 * keyboard to 660, changes the pitch measured on the page's master output; a number typed beside it
 * sets it too; a double-click puts it back to 440.
 */
class ControlsIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("controls");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void theFreqSliderChangesThePitchAndADoubleClickResetsIt() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                System.out.println("[controls] console: " + m.text());
            }
        });
        Patcher p = Patcher.open(page, env.port(), "?record");
        p.typeBox(80, 60, "hslider freq 440 20 2000 1");
        p.typeBox(80, 150, "os.osc");
        p.typeBox(80, 240, "* 0.1");
        p.typeBox(80, 330, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.wire("box-3", 0, "box-4", 0);
        assertThat(p.code()).containsText("hslider(");
        Locator panel = page.locator("[data-role='controls']");
        assertThat(panel).containsText("Switch audio on");

        page.locator("[data-role='audio']").click();
        assertThat(page.locator("[data-role='audio-status']")).hasText("playing",
                new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        Locator freq = panel.locator("[data-address='/main/freq']");
        assertThat(freq).hasCount(1);
        assertThat(freq.locator(".label")).hasText("freq");
        Locator slider = freq.locator("input.slider");
        Locator number = freq.locator("input.number");
        assertThat(number).hasValue("440");
        assertEquals(440, measure(page, "initial"), 1.0, "the slider's initial value");

        // the keyboard moves a linear slider one step (1 Hz) a key: 220 steps up from 440
        slider.focus();
        for (int i = 0; i < 220; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(number).hasValue("660");
        assertThat(freq).hasAttribute("data-value", "660");
        assertEquals(660, measure(page, "slider moved by the keyboard"), 1.0, "the slider's new value plays");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("controls-panel.png")));

        // typed in the number field beside the slider: the value is rounded to the step
        number.click();
        number.press("Control+a");
        number.pressSequentially("550.4");
        number.press("Enter");
        assertThat(number).hasValue("550");
        assertEquals("530", slider.inputValue(), "the slider follows: position (550 - 20) / 1");
        assertEquals(550, measure(page, "typed"), 1.0);

        freq.locator(".label").dblclick();
        assertThat(number).hasValue("440");
        assertEquals("420", slider.inputValue());
        assertEquals(440, measure(page, "double-click reset"), 1.0, "a double-click resets to the initial value");
        context.close();
    }

    /** The frequency of the master output, measured on a capture taken after the value settled. */
    private static double measure(Page page, String what) {
        page.waitForTimeout(300);
        AuditionIT.take(page);
        page.waitForTimeout(700);
        AuditionIT.Capture c = AuditionIT.take(page);
        double frequency = Signal.frequency(c.samples(), c.rate());
        System.out.printf("[controls] %s: %.3f Hz, peak %.5f%n", what, frequency, Signal.peak(c.samples()));
        return frequency;
    }
}
