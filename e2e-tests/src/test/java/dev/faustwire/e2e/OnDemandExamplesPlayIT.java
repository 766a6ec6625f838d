package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two on-demand examples of a new workspace, opened from the workspace list and played in the browser:
 * the step sequencer steps through its four pitches, the sample-and-hold holds a pitch per tick.
 * Pitches are measured in windows of 40 ms of the captured sound.
 */
class OnDemandExamplesPlayIT {
    private static final Path EXAMPLES = Path.of("../server/src/main/resources/examples");
    private static final double WINDOW_SECONDS = 0.04;
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("ondemand-examples");
        for (String name : List.of("ondemand-step-sequencer.json", "ondemand-sample-and-hold.json")) {
            Files.copy(EXAMPLES.resolve(name), env.workspace.resolve(name));
        }
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void theStepSequencerPlaysItsFourPitchesInTurn() {
        Patcher p = open("ondemand-step-sequencer.json", "box-3", "ondemand-step-sequencer");
        List<Double> pitches = windows(p.page);
        TreeSet<Integer> steps = new TreeSet<>();
        int matching = 0;
        for (double f : pitches) {
            for (int step : new int[] {220, 275, 330, 385}) {
                if (Math.abs(f - step) < step * 0.01) {
                    steps.add(step);
                    matching++;
                }
            }
        }
        System.out.println("[ondemand-examples] step sequencer, 40 ms windows: " + pitches.size() + ", on a step's pitch: "
                + matching + ", steps heard " + steps);
        assertEquals(new TreeSet<>(List.of(220, 275, 330, 385)), steps, "every step heard: " + pitches);
        assertTrue(matching >= pitches.size() * 0.7, "most windows sit on a step's pitch (the others straddle a step): "
                + pitches);
        p.page.context().close();
    }

    @Test
    void theSampleAndHoldHoldsOnePitchPerTick() {
        Patcher p = open("ondemand-sample-and-hold.json", "box-5", "ondemand-sample-and-hold");
        List<Double> pitches = windows(p.page);
        TreeSet<Long> held = new TreeSet<>();
        int repeats = 0;
        for (int i = 0; i < pitches.size(); i++) {
            double f = pitches.get(i);
            assertTrue(f > 250 && f < 650, "every window within the range the patch maps noise to: " + pitches);
            held.add(Math.round(f / 5));
            if (i > 0 && Math.abs(f - pitches.get(i - 1)) < f * 1e-4) {
                repeats++;
            }
        }
        System.out.println("[ondemand-examples] sample-and-hold, 40 ms windows: " + pitches.size() + ", distinct pitches (5 Hz): "
                + held.size() + ", a window like the one before (1e-4): " + repeats);
        assertTrue(held.size() >= 4, "several held pitches in a second (a tick every 125 ms): " + pitches);
        // a tick every 125 ms holds about 3 windows of 40 ms, two of them whole: the same pitch to 1e-4 (the noise
        // itself, unheld, never gives two windows alike)
        assertTrue(repeats >= pitches.size() / 4, "a pitch holds from tick to tick: " + pitches);
        p.page.context().close();
    }

    /** Opens an example from the workspace list, screenshots it and its opened ondemand box, and switches audio on. */
    private static Patcher open(String file, String ondemandBox, String shot) {
        Patcher p = env.openRecording("OnDemandExamplesPlayIT");
        Page page = p.page;
        page.locator("[data-role='workspace'] li[data-path='" + file + "']").click();
        assertThat(page.locator("[data-role='title']")).hasText(file);
        Path shots = E2e.TARGET.resolve("screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(shot + ".png")));
        BoundingBox b = p.box(ondemandBox).locator(".frame").boundingBox();
        page.mouse().dblclick(b.x + b.width / 2, b.y + b.height / 2);
        assertThat(p.canvas()).hasAttribute("data-clock-domain", "ondemand");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(shot + "-inside.png")));
        page.keyboard().press("Control+ArrowUp");
        assertThat(p.canvas()).not().hasAttribute("data-clock-domain", "ondemand");
        AuditionIT.switchAudioOn(page);
        return p;
    }

    /** The pitch of each 40 ms window of about a second of the page's sound. */
    private static List<Double> windows(Page page) {
        Recording.Capture capture = Recording.listen(page);
        int size = (int) (capture.rate() * WINDOW_SECONDS);
        List<Double> pitches = new ArrayList<>();
        for (int from = 0; from + size <= capture.samples().length; from += size) {
            double[] window = java.util.Arrays.copyOfRange(capture.samples(), from, from + size);
            pitches.add(Signal.frequency(window, capture.rate()));
        }
        assertTrue(Signal.rms(capture.samples()) > 0.05, "the example sounds: RMS " + Signal.rms(capture.samples()));
        return pitches;
    }
}
