package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faust's styles in the controls panel: {@code hslider gain[style:knob]} is a rotary knob (an ARIA
 * slider) that a drag up turns up, arrow keys step and a double-click resets, heard as the level of
 * the output; {@code [style:menu{...}]} is a list and {@code [style:radio{...}]} radio buttons.
 */
class KnobIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("knob");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void aKnobDraggedUpRaisesTheLevel() {
        Patcher p = env.openRecording(null);
        Page page = p.page;
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(260, 60, "hslider gain[style:knob] 0.1 0 1 0.01");
        p.typeBox(80, 150, "*");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-3", 0);
        p.wire("box-2", 0, "box-3", 1);
        p.wire("box-3", 0, "box-4", 0);
        AuditionIT.switchAudioOn(page);
        Locator gain = page.locator("[data-role='controls'] [data-address='/main/gain']");
        Locator knob = gain.locator(".knob[role='slider']");
        assertThat(knob).hasCount(1);
        assertEquals(0, gain.locator("input.slider").count(), "a knob, not a linear slider");
        assertThat(knob).hasAttribute("aria-valuenow", "0.1");
        assertThat(knob).hasAttribute("aria-valuemin", "0");
        assertThat(knob).hasAttribute("aria-valuemax", "1");
        assertThat(knob).hasAttribute("aria-label", "gain");
        assertThat(knob).hasAttribute("data-angle", "-108");
        assertEquals(0.1, PlayModeIT.peak(page), 0.001, "the initial level");

        knob.scrollIntoViewIfNeeded(); // the aside is taller than the window since the Running and Remote sections
        BoundingBox k = knob.boundingBox();
        double x = k.x + k.width / 2;
        double y = k.y + k.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x, y - 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse().move(x + 3, y - 80, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse().up();
        assertThat(knob).hasAttribute("aria-valuenow", "0.5"); // 80 px of the 200 px that turn it end to end
        assertThat(knob).hasAttribute("aria-valuetext", "0.5");
        assertThat(gain.locator("input.number")).hasValue("0.5");
        assertThat(knob).hasAttribute("data-angle", "0");
        assertThat(p.box("box-2").locator("[data-role='box-value']")).hasAttribute("data-value", "0.5");
        double raised = PlayModeIT.peak(page);
        System.out.printf("[knob] level after the drag up: peak %.5f%n", raised);
        assertEquals(0.5, raised, 0.005);
        knob.screenshot(new Locator.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/knob.png")));
        gain.screenshot(new Locator.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/knob-control.png")));

        knob.focus();
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        assertThat(knob).hasAttribute("aria-valuenow", "0.52");
        page.keyboard().press("PageDown");
        assertThat(knob).hasAttribute("aria-valuenow", "0.42");
        assertEquals(0.42, PlayModeIT.peak(page), 0.005);
        knob.dblclick();
        assertThat(knob).hasAttribute("aria-valuenow", "0.1");
        assertEquals(0.1, PlayModeIT.peak(page), 0.001, "a double-click resets");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/knob-page.png")));
        page.context().close();
    }

    @Test
    void aMenuAndRadioButtonsSetTheirValues() {
        Patcher p = env.openRecording(null);
        Page page = p.page;
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(260, 60, "nentry level[style:menu{'soft':0.1;'loud':0.5}] 0.1 0 1 0.1");
        p.typeBox(80, 150, "*");
        p.typeBox(260, 150, "nentry \"mute[style:radio{'on':0;'off':1}][tooltip:silence it]\" 1 0 1 1");
        p.typeBox(80, 240, "*");
        p.typeBox(80, 330, "out 1");
        p.wire("box-1", 0, "box-3", 0);
        p.wire("box-2", 0, "box-3", 1);
        p.wire("box-3", 0, "box-5", 0);
        p.wire("box-4", 0, "box-5", 1);
        p.wire("box-5", 0, "box-6", 0);
        AuditionIT.switchAudioOn(page);
        Locator level = page.locator("[data-role='controls'] [data-address='/main/level']");
        Locator menu = level.locator("select.menu");
        assertThat(menu.locator("option")).hasText(new String[] {"soft", "loud"});
        assertEquals(0.1, PlayModeIT.peak(page), 0.001);
        menu.selectOption("1");
        assertThat(level).hasAttribute("data-value", "0.5");
        assertEquals(0.5, PlayModeIT.peak(page), 0.005, "loud is 0.5");

        Locator mute = page.locator("[data-role='controls'] [data-address='/main/mute']");
        assertThat(mute).hasAttribute("aria-description", "silence it");
        Locator radios = mute.locator("[role='radiogroup'] input[type='radio']");
        assertThat(radios).hasCount(2);
        assertThat(radios.nth(1)).isChecked();
        radios.nth(0).check();
        assertEquals(0, PlayModeIT.peak(page), 0.0001, "mute on is 0");
        page.locator("[data-role='controls']").screenshot(
                new Locator.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/menu-radio.png")));
        page.context().close();
    }
}
