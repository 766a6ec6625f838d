package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
        Patcher p = env.openRecording("controls");
        Page page = p.page;
        p.typeFreqSine();
        assertThat(p.code()).containsText("hslider(");
        Locator panel = page.locator("[data-role='controls']");
        assertThat(panel).containsText("Switch audio on");

        AuditionIT.switchAudioOn(page);
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
        page.context().close();
    }

    @Test
    void metadataGroupsEntriesAndMetersAreShownTidily() {
        Patcher p = env.openRecording(null);
        Page page = p.page;
        p.typeBox(80, 60, "hslider freq[unit:Hz][scale:log][tooltip:pitch] 440 20 2000 1");
        p.typeBox(80, 130, "hgroup osc");
        p.typeBox(80, 200, "os.osc");
        p.typeBox(300, 200, "nentry gain 0.1 0 1 0.01");
        p.typeBox(80, 270, "*");
        p.typeBox(80, 340, "hbargraph level -1 1");
        p.typeBox(80, 410, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.wire("box-3", 0, "box-5", 0);
        p.wire("box-4", 0, "box-5", 1);
        p.wire("box-5", 0, "box-6", 0);
        p.wire("box-6", 0, "box-7", 0);
        assertThat(p.code()).containsText("hbargraph(");
        AuditionIT.switchAudioOn(page);
        Locator panel = page.locator("[data-role='controls']");
        Locator freq = panel.locator("fieldset.group.h [data-address='/main/osc/freq']");
        assertThat(freq).hasCount(1);
        assertThat(panel.locator("fieldset.group.h legend")).hasText("osc");
        assertThat(freq).hasAttribute("title", "pitch");
        assertThat(freq.locator(".unit")).hasText("Hz");
        Locator slider = freq.locator("input.slider");
        assertEquals("671", slider.inputValue(), "log scale: 440 Hz is ln(22)/ln(100) of the way from 20 to 2000");
        assertEquals("1000", slider.getAttribute("max"));
        slider.focus();
        page.keyboard().press("ArrowLeft");
        assertThat(freq.locator("input.number")).hasValue("438"); // one log position down, rounded to 1 Hz
        assertThat(slider).hasAttribute("aria-valuetext", "438 Hz");

        Locator gain = panel.locator("[data-address='/main/gain'][data-kind='nentry']");
        assertThat(gain.locator("input.number")).hasValue("0.1");
        assertEquals(0, gain.locator("input.slider").count(), "an nentry is a number field only");
        Locator level = panel.locator("[data-address='/main/level'] meter");
        assertEquals("-1", level.getAttribute("min"));
        assertEquals("1", level.getAttribute("max"));
        // live: the sine * 0.1 it shows moves within its amplitude, away from the minimum it starts at
        page.waitForFunction("() => { var m = document.querySelector(\"[data-address='/main/level'] meter\");"
                + " return m.value !== -1 && Math.abs(m.value) <= 0.1001; }");
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 10; i++) {
            seen.add(level.getAttribute("value"));
            page.waitForTimeout(50);
        }
        System.out.println("[controls] level meter values: " + seen);
        assertTrue(seen.size() > 1, "the meter follows the signal: " + seen);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("controls-kinds.png")));
        page.context().close();
    }

    @Test
    void aButtonSoundsWhilePressedACheckboxLatchesAndTabsShowOneControl() {
        Patcher p = env.openRecording(null);
        Page page = p.page;
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(260, 20, "button gate");
        p.typeBox(420, 20, "checkbox hold");
        p.typeBox(260, 90, "+");
        p.typeBox(260, 150, "tgroup play");
        p.typeBox(80, 220, "*");
        p.typeBox(80, 290, "out 1");
        p.wire("box-2", 0, "box-4", 0);
        p.wire("box-3", 0, "box-4", 1);
        p.wire("box-4", 0, "box-5", 0);
        p.wire("box-1", 0, "box-6", 0);
        p.wire("box-5", 0, "box-6", 1);
        p.wire("box-6", 0, "box-7", 0);
        assertThat(p.code()).containsText("tgroup(");
        AuditionIT.switchAudioOn(page);
        Locator panel = page.locator("[data-role='controls']");
        Locator tabs = panel.locator("fieldset.tabs .tab");
        assertThat(tabs).hasText(new String[] {"gate", "hold"});
        Locator gate = panel.locator("[data-address='/play/gate'] button");
        Locator hold = panel.locator("[data-address='/play/hold'] input[type='checkbox']");
        assertThat(gate).isVisible();
        assertThat(hold).isHidden();
        assertEquals(0, peak(page), 0.0001, "silent until the gate opens");

        gate.hover();
        page.mouse().down();
        double pressed = peak(page);
        page.mouse().up();
        double released = peak(page);
        System.out.printf("[controls] button: peak %.5f pressed, %.5f released%n", pressed, released);
        assertEquals(1, pressed, 0.01, "1 while pressed");
        assertEquals(0, released, 0.0001, "0 once released");

        tabs.nth(1).click();
        assertThat(hold).isVisible();
        assertThat(gate).isHidden();
        hold.check();
        double checked = peak(page);
        hold.uncheck();
        double unchecked = peak(page);
        System.out.printf("[controls] checkbox: peak %.5f checked, %.5f unchecked%n", checked, unchecked);
        assertEquals(1, checked, 0.01);
        assertEquals(0, unchecked, 0.0001);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("controls-tabs.png")));
        page.context().close();
    }

    private static double peak(Page page) {
        page.waitForTimeout(300);
        PlayModeIT.discard(page);
        page.waitForTimeout(500);
        return Signal.peak(AuditionIT.take(page).samples());
    }

    /** The frequency of the master output, measured on a capture taken after the value settled. */
    private static double measure(Page page, String what) {
        page.waitForTimeout(300);
        PlayModeIT.discard(page);
        page.waitForTimeout(700);
        AuditionIT.Capture c = AuditionIT.take(page);
        double frequency = Signal.frequency(c.samples(), c.rate());
        System.out.printf("[controls] %s: %.3f Hz, peak %.5f%n", what, frequency, Signal.peak(c.samples()));
        return frequency;
    }
}
