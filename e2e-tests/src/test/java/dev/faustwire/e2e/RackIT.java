package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several patches at once: the editor plays a 330 Hz sine, the rack a workspace patch's 550 Hz sine
 * added with "Add to rack…"; the captured output holds both; mute takes one out, the level scales it.
 * Routing: a patch {@code in 1 -> * 0.5 -> out 1} takes a sine slot's output, and a route that would
 * loop is refused with E041.
 */
class RackIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("rack");
        RackPage.write(env.workspace, "sine550.json", RackPage.chain("os.osc 550", "* 0.1", "out 1"));
        RackPage.write(env.workspace, "half.json", RackPage.chain("in 1", "* 0.5", "out 1"));
        RackPage.write(env.workspace, "freq550.json", RackPage.chain("hslider freq 550 100 1000 1", "os.osc", "* 0.1", "out 1"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void twoPatchesPlayAtOnceAndMuteAndLevelAct() {
        Patcher p = env.openRecording("rack");
        Page page = p.page;
        RackPage.editorSine(p, 330);
        Locator second = RackPage.add(page, "sine550.json", "slot-1");
        assertThat(second.locator("[data-role='slot-name']")).hasText("sine550.json");

        RackPage.Capture both = RackPage.listen(page);
        double a330 = RackPage.amplitude(both, 330);
        double a550 = RackPage.amplitude(both, 550);
        System.out.printf("[rack] both: %d samples at %d Hz, 330 Hz %.5f, 550 Hz %.5f, 440 Hz (nothing) %.6f%n",
                both.samples().length, both.rate(), a330, a550, RackPage.amplitude(both, 440));
        assertEquals(0.1, a330, 0.005, "the editor's sine");
        assertEquals(0.1, a550, 0.005, "the rack's sine at the same time");
        assertTrue(RackPage.amplitude(both, 440) < 0.002, "nothing between them");
        RackPage.screenshot(page, "rack-two-slots.png");

        second.locator("[data-role='slot-mute']").click();
        assertThat(second.locator("[data-role='slot-mute']")).hasAttribute("aria-pressed", "true");
        RackPage.Capture muted = RackPage.listen(page);
        System.out.printf("[rack] slot-1 muted: 330 Hz %.5f, 550 Hz %.6f%n", RackPage.amplitude(muted, 330),
                RackPage.amplitude(muted, 550));
        assertEquals(0.1, RackPage.amplitude(muted, 330), 0.005, "the editor still plays");
        assertTrue(RackPage.amplitude(muted, 550) < 0.0005, "the muted slot's sine is gone");

        second.locator("[data-role='slot-mute']").click();
        Locator level = second.locator("[data-role='slot-level']");
        level.click(); // the mouse takes the slider, the keyboard sets it: Home is 0, each arrow 0.01
        page.keyboard().press("Home");
        for (int i = 0; i < 50; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(second.locator("[data-role='slot-level-text']")).hasText("0.5");
        RackPage.Capture half = RackPage.listen(page);
        double halfAmplitude = RackPage.amplitude(half, 550);
        System.out.printf("[rack] slot-1 at level 0.5: 330 Hz %.5f, 550 Hz %.5f%n", RackPage.amplitude(half, 330),
                halfAmplitude);
        assertEquals(0.05, halfAmplitude, 0.003, "level 0.5 halves the sine");
        assertEquals(0.1, RackPage.amplitude(half, 330), 0.005, "the editor's own level is untouched");

        second.locator("[data-role='slot-remove']").click();
        assertThat(second).hasCount(0);
        RackPage.Capture removed = RackPage.listen(page);
        assertTrue(RackPage.amplitude(removed, 550) < 0.0005, "removed, it is silent");
        page.waitForFunction("() => window.faustwireAudio.liveNodes() === 1"); // the slot's node was destroyed
        page.context().close();
    }

    @Test
    void aSlotWithAnInputTakesAnotherSlotsOutputAndALoopIsRefused() {
        Patcher p = env.openRecording("rack-routing");
        Page page = p.page;
        Locator sine = RackPage.add(page, "sine550.json", "slot-1");
        Locator half = RackPage.add(page, "half.json", "slot-2");
        Locator other = RackPage.add(page, "half.json", "slot-3");
        assertThat(sine.locator("[data-role='slot-inputs']")).isHidden(); // a sine has no inputs to route into

        // slot-2 (* 0.5) takes the sine; the sine muted: what is heard comes through slot-2 only
        half.locator("[data-role='slot-inputs'] input[data-source='slot-1']").check();
        sine.locator("[data-role='slot-mute']").click();
        RackPage.Capture through = RackPage.listen(page);
        double a = RackPage.amplitude(through, 550);
        System.out.printf("[rack-routing] sine muted, routed through slot-2 (* 0.5): 550 Hz %.5f%n", a);
        assertEquals(0.05, a, 0.003, "the sine through the half-gain slot");

        half.locator("[data-role='slot-inputs'] input[data-source='slot-1']").uncheck();
        RackPage.Capture unrouted = RackPage.listen(page);
        System.out.printf("[rack-routing] unrouted: 550 Hz %.6f%n", RackPage.amplitude(unrouted, 550));
        assertTrue(RackPage.amplitude(unrouted, 550) < 0.0005, "no route, no sound");
        half.locator("[data-role='slot-inputs'] input[data-source='slot-1']").check();

        // slot-3 takes slot-2; slot-2 taking slot-3 would close a loop: refused with E041
        other.locator("[data-role='slot-inputs'] input[data-source='slot-2']").check();
        Locator loop = half.locator("[data-role='slot-inputs'] input[data-source='slot-3']");
        loop.click();
        Locator problem = page.locator("[data-role='rack-problem']");
        assertThat(problem).isVisible();
        assertThat(problem).hasAttribute("data-code", "E041");
        assertThat(problem).containsText("would loop: slot-2 -> slot-3 -> slot-2");
        assertThat(loop).not().isChecked();
        RackPage.Capture chained = RackPage.listen(page);
        double a2 = RackPage.amplitude(chained, 550);
        System.out.printf("[rack-routing] slot-2 (0.05) and slot-3 taking it (0.025): 550 Hz %.5f%n", a2);
        assertEquals(0.075, a2, 0.004, "sine * 0.5 plus sine * 0.5 * 0.5, and no loop");
        RackPage.screenshot(page, "rack-routing-refused.png");
        page.context().close();
    }

    @Test
    void keepPlayingPinsTheEditorsPatchWhileTheEditorGoesOn() {
        Patcher p = env.openRecording("rack-keep");
        Page page = p.page;
        RackPage.editorSine(p, 330);
        page.locator("[data-action='keep-playing']").click();
        Locator pinned = RackPage.strip(page, "slot-1");
        assertThat(pinned).hasAttribute("data-playing", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        page.waitForFunction("() => window.faustwireRack.playing('slot-1')");

        int swaps = ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();
        page.locator("[data-role='canvas'] [data-box-id='box-1']").dblclick();
        p.field().press("Control+a");
        p.field().pressSequentially("os.osc 440");
        p.field().press("Enter");
        page.waitForFunction("n => window.faustwireAudio.swapCount() > n", swaps);
        RackPage.Capture c = RackPage.listen(page);
        System.out.printf("[rack-keep] pinned 330 Hz %.5f, editor now 440 Hz %.5f%n", RackPage.amplitude(c, 330),
                RackPage.amplitude(c, 440));
        assertEquals(0.1, RackPage.amplitude(c, 330), 0.005, "the pinned patch plays as it was");
        assertEquals(0.1, RackPage.amplitude(c, 440), 0.005, "the editor plays its edit beside it");
        page.context().close();
    }

    @Test
    void aDspDroppedOnTheEditorsStripOpensInTheEditorAsACodeBox() {
        Patcher p = env.openRecording("rack-editor-drop");
        Page page = p.page;
        RackPage.editorSine(p, 330);
        int swaps = ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();
        RackPage.dropFile(page, RackPage.strip(page, "editor"), "tone.dsp",
                "import(\"stdfaust.lib\");\nprocess = os.osc(660) * 0.1;\n");
        assertThat(page.locator("#patch-name")).containsText("tone.json");
        assertThat(p.box("box-1")).containsText("code @ins 0 @outs 1");
        assertThat(p.code()).containsText("os.osc(660)");
        page.waitForFunction("n => window.faustwireAudio.swapCount() > n", swaps);
        RackPage.Capture c = RackPage.listen(page);
        System.out.printf("[rack-editor-drop] 660 Hz %.5f, 330 Hz %.6f%n", RackPage.amplitude(c, 660),
                RackPage.amplitude(c, 330));
        assertEquals(0.1, RackPage.amplitude(c, 660), 0.005, "the editor plays the file dropped on its strip");
        assertTrue(RackPage.amplitude(c, 330) < 0.001);
        page.context().close();
    }

    @Test
    void aSlotsOwnControlPlaysAndItsValueOutlastsAStop() {
        Patcher p = env.openRecording("rack-controls");
        Page page = p.page;
        Locator slot = RackPage.add(page, "freq550.json", "slot-1");
        Locator number = slot.locator("[data-role='slot-controls'] input.number");
        assertThat(number).hasValue("550");
        number.click();
        number.press("Control+a");
        number.pressSequentially("700");
        number.press("Enter");
        assertThat(slot.locator("[data-role='slot-controls'] input.slider")).hasValue("600"); // (700 - 100) / 1
        RackPage.Capture set = RackPage.listen(page);
        System.out.printf("[rack-controls] typed 700: 700 Hz %.5f, 550 Hz %.6f%n", RackPage.amplitude(set, 700),
                RackPage.amplitude(set, 550));
        assertEquals(0.1, RackPage.amplitude(set, 700), 0.005, "the slot's own control moved its DSP");

        Locator play = slot.locator("[data-role='slot-play']");
        play.click();
        assertThat(slot).hasAttribute("data-playing", "false");
        assertThat(slot.locator("[data-role='slot-status']")).hasText("stopped");
        RackPage.Capture stopped = RackPage.listen(page);
        assertTrue(Signal.peak(stopped.samples()) < 0.0001, "stopped, the rack is silent: " + Signal.peak(stopped.samples()));
        assertEquals(0, ((Number) page.evaluate("() => window.faustwireAudio.liveNodes()")).intValue(), "its node is gone");

        play.click();
        assertThat(slot).hasAttribute("data-playing", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        page.waitForFunction("() => window.faustwireRack.playing('slot-1')");
        RackPage.Capture again = RackPage.listen(page);
        System.out.printf("[rack-controls] played again: 700 Hz %.5f, 550 Hz %.6f%n", RackPage.amplitude(again, 700),
                RackPage.amplitude(again, 550));
        assertEquals(0.1, RackPage.amplitude(again, 700), 0.005, "it plays again with the value set, not its default");
        assertThat(number).hasValue("700");
        page.context().close();
    }

    @Test
    void theEditorsStripMutesAndLevelsTheEditorsSound() {
        Patcher p = env.openRecording("rack-editor-strip");
        Page page = p.page;
        RackPage.editorSine(p, 330);
        Locator editor = RackPage.strip(page, "editor");
        assertThat(editor.locator("[data-role='slot-remove']")).hasCount(0); // the Audio button is its play and stop
        editor.locator("[data-role='slot-mute']").click();
        RackPage.Capture muted = RackPage.listen(page);
        assertTrue(RackPage.amplitude(muted, 330) < 0.0005, "muted: " + RackPage.amplitude(muted, 330));
        editor.locator("[data-role='slot-mute']").click();
        editor.locator("[data-role='slot-level']").click();
        page.keyboard().press("Home");
        for (int i = 0; i < 25; i++) {
            page.keyboard().press("ArrowRight");
        }
        RackPage.Capture quarter = RackPage.listen(page);
        System.out.printf("[rack-editor-strip] muted %.6f, level 0.25: %.5f%n", RackPage.amplitude(muted, 330),
                RackPage.amplitude(quarter, 330));
        assertEquals(0.025, RackPage.amplitude(quarter, 330), 0.002, "the editor's level");

        page.locator("[data-role='audio']").click(); // sound off: its strip goes
        assertThat(editor).hasCount(0);
        page.context().close();
    }
}
