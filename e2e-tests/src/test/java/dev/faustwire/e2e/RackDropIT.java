package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dropping a {@code .dsp} file on the second running slot replaces what it plays with the crossfade:
 * the new frequency is heard and no step around a swap is larger than AuditionIT's click bound (1.5
 * times the steady sound's largest step); with the crossfade off ({@code ?fade=0}) the same drops click.
 * A text that is not Faust is refused (E042); a workspace address dropped on the slot plays that patch.
 */
class RackDropIT {
    private static final double CLICK_BOUND = 1.5;
    private static final int[] DROPPED = {770, 550, 770, 550};
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("rack-drop");
        RackPage.write(env.workspace, "sine550.json", RackPage.chain("os.osc 550", "* 0.1", "out 1"));
        RackPage.write(env.workspace, "sine880.json", RackPage.chain("os.osc 880", "* 0.1", "out 1"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void droppingADspOnTheSecondSlotReplacesItsSoundWithoutAClick() {
        List<Double> ratios = dropAndMeasure("crossfade", "?record", true);
        for (double ratio : ratios) {
            assertTrue(ratio <= CLICK_BOUND, "a crossfaded replace stays within 1.5 times the steady step: " + ratios);
        }
    }

    @Test
    void withoutTheCrossfadeTheSameDropsClick() {
        List<Double> ratios = dropAndMeasure("hard switch", "?record&fade=0", false);
        double worst = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(worst > CLICK_BOUND, "a hard switch steps beyond 1.5 times the steady step: " + ratios);
    }

    @Test
    void aDropThatDoesNotCompileKeepsTheSlotPlayingAndSaysE043() {
        Page page = env.context(1400, 800).newPage();
        Patcher.open(page, env.port(), "?record");
        Locator slot = RackPage.add(page, "sine550.json", "slot-1");
        RackPage.dropFile(page, slot, "broken.dsp", "import(\"stdfaust.lib\");\nprocess = os.osc(;\n");
        Locator status = slot.locator("[data-role='slot-status']");
        assertThat(status).hasAttribute("data-code", "E043", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasAttributeOptions().setTimeout(20_000));
        assertThat(status).containsText("broken.dsp did not compile; it plays what it played");
        assertThat(slot.locator("[data-role='slot-name']")).hasText("sine550.json");
        RackPage.Capture c = RackPage.listen(page);
        System.out.printf("[rack-drop] after a drop that does not compile: 550 Hz %.5f%n", RackPage.amplitude(c, 550));
        assertEquals(0.1, RackPage.amplitude(c, 550), 0.005, "the slot plays on");
        page.context().close();
    }

    private List<Double> dropAndMeasure(String name, String query, boolean more) {
        Page page = env.context(1400, 800).newPage();
        E2e.printConsoleErrors(page, name);
        Patcher p = Patcher.open(page, env.port(), query);
        RackPage.editorSine(p, 330);
        Locator second = RackPage.add(page, "sine550.json", "slot-1");
        RackPage.listen(page);
        int swapsBefore = rackSwaps(page);
        for (int i = 0; i < DROPPED.length; i++) {
            int before = rackSwaps(page);
            RackPage.dropFile(page, second, "sine" + DROPPED[i] + ".dsp",
                    "import(\"stdfaust.lib\");\nprocess = os.osc(" + DROPPED[i] + ") * 0.1;\n");
            page.waitForFunction("n => window.faustwireRack.swapCount() > n", before);
            assertThat(second.locator("[data-role='slot-name']")).hasText("sine" + DROPPED[i] + ".dsp");
            page.waitForTimeout(350 + 97 * i); // the next drop lands at another phase of the sines
        }
        RackPage.Capture drops = RackPage.take(page);
        assertEquals(swapsBefore + DROPPED.length, rackSwaps(page), "one swap per drop");
        RackPage.Capture after = RackPage.listen(page);
        double a550 = RackPage.amplitude(after, 550);
        double a330 = RackPage.amplitude(after, 330);
        System.out.printf("[rack-drop %s] after the drops: 330 Hz %.5f, 550 Hz %.5f, 770 Hz %.6f%n", name, a330, a550,
                RackPage.amplitude(after, 770));
        assertEquals(0.1, a550, 0.005, "the last file dropped plays");
        assertEquals(0.1, a330, 0.005, "the editor's slot plays on");
        assertTrue(RackPage.amplitude(after, 770) < 0.001, "what the slot played before is gone");
        page.waitForFunction("() => window.faustwireAudio.liveNodes() === 2"); // each replaced node destroyed after its fade
        if (more) {
            RackPage.screenshot(page, "rack-after-drops.png");
            refusedAndWorkspaceDrops(page, second);
        }
        page.context().close();
        return ratios(name, drops, query.contains("fade=0") ? 0 : 0.040);
    }

    /** A text that is neither a patch nor Faust is refused with E042; a workspace address plays that patch. */
    private static void refusedAndWorkspaceDrops(Page page, Locator second) {
        RackPage.dropFile(page, second, "notes.txt", "not a patch");
        Locator problem = page.locator("[data-role='rack-problem']");
        assertThat(problem).hasAttribute("data-code", "E042");
        assertThat(second.locator("[data-role='slot-name']")).hasText("sine550.dsp");

        int before = rackSwaps(page);
        RackPage.dropText(page, second, "/api/patches/sine880.json");
        page.waitForFunction("n => window.faustwireRack.swapCount() > n", before);
        assertThat(second.locator("[data-role='slot-name']")).hasText("sine880.json");
        RackPage.Capture c = RackPage.listen(page);
        System.out.printf("[rack-drop] workspace address dropped: 880 Hz %.5f, 550 Hz %.6f%n", RackPage.amplitude(c, 880),
                RackPage.amplitude(c, 550));
        assertEquals(0.1, RackPage.amplitude(c, 880), 0.005);
        assertTrue(RackPage.amplitude(c, 550) < 0.001);

        // on the rack itself (not a strip), a file runs in a new slot; so does one chosen with "Add file…"
        RackPage.dropFile(page, page.locator("[data-role='rack']"), "tone660.dsp",
                "import(\"stdfaust.lib\");\nprocess = os.osc(660) * 0.1;\n");
        assertThat(RackPage.strip(page, "slot-2").locator("[data-role='slot-name']")).hasText("tone660.dsp");
        page.waitForFunction("() => window.faustwireRack.playing('slot-2')");
        com.microsoft.playwright.FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("[data-action='rack-add-file']").click());
        chooser.setFiles(new com.microsoft.playwright.options.FilePayload("tone990.dsp", "text/plain",
                "import(\"stdfaust.lib\");\nprocess = os.osc(990) * 0.1;\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(RackPage.strip(page, "slot-3").locator("[data-role='slot-name']")).hasText("tone990.dsp");
        page.waitForFunction("() => window.faustwireRack.playing('slot-3')");
        RackPage.Capture four = RackPage.listen(page);
        System.out.printf("[rack-drop] four at once: 330 %.5f, 880 %.5f, 660 %.5f, 990 %.5f%n", RackPage.amplitude(four, 330),
                RackPage.amplitude(four, 880), RackPage.amplitude(four, 660), RackPage.amplitude(four, 990));
        for (double hz : new double[] {330, 880, 660, 990}) {
            assertEquals(0.1, RackPage.amplitude(four, hz), 0.005, hz + " Hz plays");
        }
        assertThat(page.locator("#patch-name")).containsText("untitled"); // nothing of it went to the editor
    }

    private static int rackSwaps(Page page) {
        return ((Number) page.evaluate("() => window.faustwireRack.swapCount()")).intValue();
    }

    /** As AuditionIT: each swap's largest step against the steady sound's between the first two swaps. */
    private static List<Double> ratios(String name, RackPage.Capture c, double fadeSeconds) {
        List<Integer> at = new ArrayList<>();
        for (long swap : c.swaps()) {
            if (swap > c.frame() && swap < c.frame() + c.samples().length) {
                at.add((int) (swap - c.frame()));
            }
        }
        assertEquals(DROPPED.length, at.size(), "every drop swapped once in the capture: " + at);
        int fade = (int) Math.ceil(fadeSeconds * c.rate());
        int margin = c.rate() / 100;
        double reference = Signal.largestStep(c.samples(), at.get(0) + fade + margin, at.get(1) - margin);
        List<Double> ratios = new ArrayList<>();
        for (int swap : at) {
            ratios.add(Signal.largestStep(c.samples(), swap - margin, swap + fade + margin) / reference);
        }
        System.out.printf("[rack-drop %s] steady 330 + 770 Hz sum's largest step %.6f; swap ratios %s%n", name, reference,
                ratios);
        return ratios;
    }
}
