package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Max's lock (play) mode on the canvas: a person wires {@code hslider freq 440 20 2000 1 -> os.osc
 * -> * 0.1 -> out 1}, switches audio on, locks the patch (the Play button, Ctrl+E) and drags in the
 * slider box: the pitch heard rises to the value the box and the controls panel both show; the panel
 * moves the box's value back; in play mode the box neither moves nor opens its text.
 */
class PlayModeIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("play-mode");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void draggingTheSliderBoxInPlayModeSetsTheFrequencyTheBoxAndThePanelShow() {
        Patcher p = env.openRecording("play");
        Page page = p.page;
        p.typeFreqSine();
        AuditionIT.switchAudioOn(page);

        Locator boxValue = p.box("box-1").locator("[data-role='box-value']");
        assertThat(boxValue).hasAttribute("data-address", "/main/freq");
        assertThat(boxValue).hasAttribute("data-value", "440");
        assertThat(boxValue.locator("text")).hasText("440");
        Locator panel = page.locator("[data-role='controls'] [data-address='/main/freq']");
        Locator number = panel.locator("input.number");
        assertThat(number).hasValue("440");

        // the Play button and Ctrl+E (Max's shortcut) both toggle the lock
        Locator lock = page.locator("[data-role='lock']");
        assertThat(lock).hasAttribute("aria-pressed", "false");
        lock.click();
        assertThat(lock).hasAttribute("aria-pressed", "true");
        p.press("Control+e");
        assertThat(lock).hasAttribute("aria-pressed", "false");
        p.canvas().click(new Locator.ClickOptions().setPosition(600, 500));
        p.press("Control+e");
        assertThat(lock).hasAttribute("aria-pressed", "true");
        assertThat(p.canvas()).hasAttribute("data-locked", "true");

        String placed = p.box("box-1").getAttribute("transform");
        BoundingBox b = p.box("box-1").locator("rect.frame").boundingBox();
        double x = b.x + 20;
        double y = b.y + b.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + 30, y + 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(x + 60, y + 3, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        String dragged = boxValue.getAttribute("data-value");
        double value = Double.parseDouble(dragged);
        double width = Double.parseDouble(p.box("box-1").locator("rect.frame").getAttribute("width"));
        System.out.printf("[play] box width %.0f px; a 60 px drag set freq to %s%n", width, dragged);
        assertEquals(440 + 60 / width * 1980, value, 3.0, "the range spreads over the box's width");
        assertThat(number).hasValue(dragged);
        assertThat(panel).hasAttribute("data-value", dragged);
        assertEquals(p.box("box-1").getAttribute("transform"), placed, "in play mode a drag does not move the box");
        assertTrue(!p.box("box-1").getAttribute("class").contains("selected"), "nor select it");
        double heard = measure(page, "after the canvas drag");
        assertEquals(value, heard, 1.0, "the frequency heard is the one the box shows");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/play-mode-canvas.png")));

        // the other way: the panel's slider moves the value the box shows
        panel.locator("input.slider").focus();
        for (int i = 0; i < 100; i++) {
            page.keyboard().press("ArrowLeft");
        }
        String fromPanel = Integer.toString((int) value - 100);
        assertThat(number).hasValue(fromPanel);
        assertThat(boxValue).hasAttribute("data-value", fromPanel);
        assertThat(boxValue.locator("text")).hasText(fromPanel);
        assertEquals(value - 100, measure(page, "after the panel slider"), 1.0);

        // a double-click on the box plays, it does not open the text editor
        p.box("box-1").locator("rect.frame").dblclick();
        page.waitForTimeout(200);
        assertThat(p.field()).isHidden();
        assertEquals(p.box("box-1").getAttribute("transform"), placed);
        p.press("n"); // Max's new-box key does nothing in a locked patch
        page.waitForTimeout(200);
        assertThat(p.field()).isHidden();

        // unlocked, the same drag moves the box again
        p.press("Control+e");
        assertThat(lock).hasAttribute("aria-pressed", "false");
        p.dragPoints(x, y, x + 60, y + 30);
        assertTrue(!p.box("box-1").getAttribute("transform").equals(placed), "unlocked, a drag moves the box");
        assertThat(boxValue).hasAttribute("data-value", fromPanel);
        page.context().close();
    }

    @Test
    void aButtonBoxSoundsWhilePressedAndACheckboxBoxLatches() {
        Patcher p = env.openRecording(null);
        Page page = p.page;
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(260, 20, "button gate");
        p.typeBox(420, 20, "checkbox hold");
        p.typeBox(260, 90, "+");
        p.typeBox(80, 220, "*");
        p.typeBox(80, 290, "out 1");
        p.wire("box-2", 0, "box-4", 0);
        p.wire("box-3", 0, "box-4", 1);
        p.wire("box-1", 0, "box-5", 0);
        p.wire("box-4", 0, "box-5", 1);
        p.wire("box-5", 0, "box-6", 0);
        AuditionIT.switchAudioOn(page);
        assertThat(p.box("box-2").locator("[data-role='box-value']")).hasAttribute("data-address", "/main/gate");
        p.press("Control+e");
        assertThat(page.locator("[data-role='lock']")).hasAttribute("aria-pressed", "true");
        assertEquals(0, peak(page), 0.0001, "silent until the gate opens");

        p.box("box-2").locator("rect.frame").hover();
        page.mouse().down();
        assertThat(p.box("box-2").locator("[data-role='box-value']")).hasAttribute("data-value", "1");
        assertThat(page.locator("[data-role='controls'] [data-address='/main/gate'] button"))
                .hasAttribute("aria-pressed", "true");
        double pressed = peak(page);
        page.mouse().up();
        double released = peak(page);
        System.out.printf("[play] button box: peak %.5f pressed, %.5f released%n", pressed, released);
        assertEquals(1, pressed, 0.01);
        assertEquals(0, released, 0.0001);

        Locator holdBox = p.box("box-3").locator("rect.frame");
        holdBox.click();
        assertThat(page.locator("[data-role='controls'] [data-address='/main/hold'] input")).isChecked();
        double checked = peak(page);
        holdBox.click();
        assertThat(page.locator("[data-role='controls'] [data-address='/main/hold'] input")).not().isChecked();
        double unchecked = peak(page);
        System.out.printf("[play] checkbox box: peak %.5f checked, %.5f unchecked%n", checked, unchecked);
        assertEquals(1, checked, 0.01);
        assertEquals(0, unchecked, 0.0001);
        page.context().close();
    }

    @Test
    void aVerticalSliderBoxAndAKnobBoxAreDraggedUpAndDown() {
        Patcher p = env.openRecording(null);
        Page page = p.page;
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(260, 60, "vslider level 0.1 0 1 0.01");
        p.typeBox(80, 150, "*");
        p.typeBox(260, 150, "hslider trim[style:knob] 1 0 1 0.01");
        p.typeBox(80, 240, "*");
        p.typeBox(80, 330, "out 1");
        p.wire("box-1", 0, "box-3", 0);
        p.wire("box-2", 0, "box-3", 1);
        p.wire("box-3", 0, "box-5", 0);
        p.wire("box-4", 0, "box-5", 1);
        p.wire("box-5", 0, "box-6", 0);
        AuditionIT.switchAudioOn(page);
        assertThat(p.box("box-2").locator("[data-role='box-value']")).hasAttribute("data-value", "0.1");
        p.press("Control+e");
        assertThat(page.locator("[data-role='lock']")).hasAttribute("aria-pressed", "true");

        BoundingBox level = p.box("box-2").locator("rect.frame").boundingBox();
        p.dragPoints(level.x + 30, level.y + 10, level.x + 30, level.y + 10 - 50); // 50 of 200 px up: a quarter
        assertThat(p.box("box-2").locator("[data-role='box-value']")).hasAttribute("data-value", "0.35");
        assertThat(page.locator("[data-role='controls'] [data-address='/main/level'] input.number")).hasValue("0.35");
        double up = peak(page);
        BoundingBox trim = p.box("box-4").locator("rect.frame").boundingBox();
        p.dragPoints(trim.x + 30, trim.y + 10, trim.x + 200, trim.y + 10 + 100); // a knob box: only down counts
        assertThat(p.box("box-4").locator("[data-role='box-value']")).hasAttribute("data-value", "0.5");
        assertThat(page.locator("[data-role='controls'] [data-address='/main/trim'] .knob"))
                .hasAttribute("aria-valuenow", "0.5");
        double down = peak(page);
        System.out.printf("[play] vslider box up: peak %.5f; knob box down: peak %.5f%n", up, down);
        assertEquals(0.35, up, 0.004);
        assertEquals(0.175, down, 0.002);
        page.context().close();
    }

    @Test
    void aBargraphBoxFollowsTheSignalOnTheCanvas() {
        Patcher p = env.openRecording(null);
        Page page = p.page;
        p.typeBox(80, 60, "os.osc 3");
        p.typeBox(80, 130, "hbargraph level -1 1");
        p.typeBox(80, 200, "* 0.1");
        p.typeBox(80, 270, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.wire("box-3", 0, "box-4", 0);
        AuditionIT.switchAudioOn(page);
        Locator level = p.box("box-2").locator("[data-role='box-value']");
        assertThat(level).hasAttribute("data-address", "/main/level");
        java.util.Set<String> seen = new java.util.TreeSet<>();
        java.util.Set<String> widths = new java.util.TreeSet<>();
        for (int i = 0; i < 12; i++) {
            seen.add(level.getAttribute("data-value"));
            widths.add(level.locator("rect.value-bar").getAttribute("width"));
            page.waitForTimeout(60);
        }
        System.out.println("[play] bargraph box values: " + seen + ", bar widths " + widths);
        assertTrue(seen.size() > 3 && widths.size() > 3, "the box follows the 3 Hz sine: " + seen);
        for (String v : seen) {
            assertTrue(Math.abs(Double.parseDouble(v)) <= 1.0001, v);
        }
        page.context().close();
    }

    /**
     * Drops what the recorder captured so far without sending it to the test: a capture of minutes
     * (a slow machine, a long keyboard loop) sent as a JSON list filled the test JVM's memory.
     */
    static void discard(Page page) {
        page.evaluate("() => { window.faustwireAudio.takeRecording(); }");
    }

    static double peak(Page page) {
        page.waitForTimeout(300);
        discard(page);
        page.waitForTimeout(500);
        return Signal.peak(AuditionIT.take(page).samples());
    }

    static double measure(Page page, String what) {
        page.waitForTimeout(300);
        discard(page);
        page.waitForTimeout(700);
        AuditionIT.Capture c = AuditionIT.take(page);
        double frequency = Signal.frequency(c.samples(), c.rate());
        System.out.printf("[play] %s: %.3f Hz, peak %.5f%n", what, frequency, Signal.peak(c.samples()));
        return frequency;
    }
}
