package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.present.Presentation;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Max's presentation view, as a person uses it: two sliders of a patch go into the presentation
 * (Ctrl+Alt+P; the oscillator selected with them is refused, E040), the view (Ctrl+Alt+E or the
 * Present button) shows only them, a drag places one there, the saved file has JSPatcher's
 * {@code presentation} and {@code presentationRect}; locked, a drag in a slider sets the pitch heard.
 */
class PresentationIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("presentation");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void slidersGoIntoThePresentationAreMovedThereSavedAndPlayedLocked() throws Exception {
        Patcher p = env.openRecording("presentation");
        Page page = p.page;
        p.typeFreqSine(); // box-1 hslider freq, box-2 os.osc, box-3 * 0.1, box-4 out 1
        p.typeBox(420, 60, "hslider gain 0.5 0 1 0.01");
        p.typeBox(420, 150, "comment the pitch");
        String patchingPlace = p.box("box-1").getAttribute("transform");

        // select the two sliders and the oscillator, add them: the sliders go in, the oscillator is refused
        p.box("box-1").locator("rect.frame").click();
        p.box("box-5").locator("rect.frame").click(new Locator.ClickOptions().setModifiers(
                java.util.List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        p.box("box-2").locator("rect.frame").click(new Locator.ClickOptions().setModifiers(
                java.util.List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        assertThat(page.locator("[data-role='add-to-presentation']")).isEnabled();
        p.press("Control+Alt+p");
        Locator refused = page.locator("[data-role='problems'] li[data-code='E040']");
        assertThat(refused).hasCount(1);
        assertThat(refused).hasAttribute("data-box-id", "box-2");
        assertThat(refused).containsText("os.osc");

        // the view shows only the two sliders, without lines or ports
        Locator present = page.locator("[data-role='presentation']");
        present.click();
        assertThat(present).hasAttribute("aria-pressed", "true");
        assertThat(p.canvas()).hasAttribute("data-presentation", "true");
        Locator shown = page.locator("[data-role='canvas'] g.boxes > g[data-box-id]");
        assertThat(shown).hasCount(2);
        assertThat(p.box("box-1")).hasCount(1);
        assertThat(p.box("box-5")).hasCount(1);
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(0);
        assertThat(p.box("box-1").locator("[data-port]")).hasCount(0);

        // the refused oscillator's problem, clicked, goes back to the patch view to show it
        refused.locator("button").click();
        assertThat(present).hasAttribute("aria-pressed", "false");
        assertThat(p.box("box-2")).hasClass(java.util.regex.Pattern.compile("\\bselected\\b"));
        p.press("Control+Alt+e");
        assertThat(present).hasAttribute("aria-pressed", "true");
        assertThat(shown).hasCount(2);

        // a drag moves box-1 in the presentation only
        BoundingBox before = p.box("box-1").locator("rect.frame").boundingBox();
        p.dragPoints(before.x + 30, before.y + 10, before.x + 30 + 240, before.y + 10 + 150);
        BoundingBox after = p.box("box-1").locator("rect.frame").boundingBox();
        assertEquals(before.x + 240, after.x, 2);
        assertEquals(before.y + 150, after.y, 2);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/presentation-view.png")));

        p.press("Control+Alt+e");
        assertThat(present).hasAttribute("aria-pressed", "false");
        assertThat(shown).hasCount(6);
        assertEquals(patchingPlace, p.box("box-1").getAttribute("transform"), "the patching place did not move");
        p.save("presented");
        Patch saved = PatchReader.read(Files.readString(env.workspace.resolve("presented.json"))).patch();
        Box slider = saved.box("box-1");
        assertTrue(Presentation.isIn(slider));
        Rect placed = Presentation.rect(slider);
        System.out.println("[presentation] box-1 rect " + slider.rect() + ", presentationRect " + placed);
        assertEquals(slider.rect().x() + 240, placed.x(), 2);
        assertEquals(slider.rect().y() + 150, placed.y(), 2);
        assertTrue(Presentation.isIn(saved.box("box-5")));
        assertTrue(!Presentation.isIn(saved.box("box-2")) && saved.box("box-2").extra().get(Presentation.KEY) == null,
                "the refused oscillator has no presentation field");
        String file = Files.readString(env.workspace.resolve("presented.json"));
        assertTrue(file.contains("\"presentation\": true"), file);

        // locked in the presentation, a drag in the slider sets the frequency heard
        p.press("Control+Alt+e");
        AuditionIT.switchAudioOn(page);
        Locator value = p.box("box-1").locator("[data-role='box-value']");
        assertThat(value).hasAttribute("data-value", "440");
        p.press("Control+e");
        assertThat(p.canvas()).hasAttribute("data-locked", "true");
        String transform = p.box("box-1").getAttribute("transform");
        BoundingBox b = p.box("box-1").locator("rect.frame").boundingBox();
        p.dragPoints(b.x + 20, b.y + b.height / 2, b.x + 80, b.y + b.height / 2 + 2);
        String dragged = value.getAttribute("data-value");
        assertNotEquals("440", dragged);
        assertThat(page.locator("[data-role='controls'] [data-address='/main/freq'] input.number")).hasValue(dragged);
        assertEquals(transform, p.box("box-1").getAttribute("transform"), "locked, the box does not move");
        double heard = PlayModeIT.measure(page, "presentation, locked drag");
        System.out.printf("[presentation] a 60 px locked drag in the presented slider: %s shown, %.2f Hz heard%n",
                dragged, heard);
        assertEquals(Double.parseDouble(dragged), heard, 1.0);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/presentation-locked.png")));

        // back to the patch, still locked: as in Max, the ports are hidden until the patch is unlocked
        p.press("Control+Alt+e");
        assertThat(p.box("box-2")).hasCount(1);
        assertThat(p.port("box-2", "in 0")).isHidden();
        p.press("Control+e");
        assertThat(p.port("box-2", "in 0")).isVisible();
        page.context().close();
    }
}
