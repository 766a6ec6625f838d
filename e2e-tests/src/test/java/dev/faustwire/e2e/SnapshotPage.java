package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.faustwire.session.live.LiveState;
import dev.faustwire.session.live.LiveStateFormat;
import dev.faustwire.session.live.SlotState;
import java.nio.file.Path;

/** What the snapshot and preset tests share: workspace patches, the rack's strips, controls typed in, the page's state. */
final class SnapshotPage {
    private SnapshotPage() {
    }

    /** Opens a workspace patch in the editor by clicking it in the workspace list, and switches audio on. */
    static void openAndPlay(Page page, String path) {
        page.locator("[data-role='workspace'] li[data-path='" + path + "']").click();
        assertThat(page.locator("[data-role='title']")).containsText(path.replace(".json", ""));
        AuditionIT.switchAudioOn(page);
        assertThat(strip(page, "editor")).hasAttribute("data-playing", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
    }

    static Locator strip(Page page, String slot) {
        return page.locator("[data-role='rack'] [data-slot='" + slot + "']");
    }

    /** Adds a workspace patch through the rack's "Add to rack…" choice; waits until the new slot plays. */
    static Locator add(Page page, String path, String slot) {
        Locator choice = page.locator("[data-role='rack-add']");
        assertThat(choice.locator("option[value='" + path + "']")).hasCount(1);
        choice.selectOption(path);
        Locator strip = strip(page, slot);
        assertThat(strip).hasAttribute("data-playing", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        return strip;
    }

    /** Types a value into a control's number field (click, select all, type, Enter), as a person does. */
    static void type(Locator control, String value) {
        Locator number = control.locator("input.number");
        number.click();
        number.press("Control+a");
        number.pressSequentially(value);
        number.press("Enter");
        assertThat(number).hasValue(value);
    }

    /** Sets a 0..2 level slider with the mouse and the keyboard: a click takes it, Home is 0, each arrow 0.01. */
    static void level(Page page, Locator strip, int hundredths) {
        strip.locator("[data-role='slot-level']").click();
        page.keyboard().press("Home");
        for (int i = 0; i < hundredths; i++) {
            page.keyboard().press("ArrowRight");
        }
    }

    /** The session as the page would save it now. */
    static LiveState state(Page page) {
        String text = (String) page.evaluate("() => window.faustwire.liveState('', '')");
        LiveStateFormat.Reading reading = LiveStateFormat.read(text);
        assertTrue(reading.ok(), () -> text + reading.diagnostics());
        return reading.state();
    }

    static SlotState slot(LiveState state, String id) {
        for (SlotState s : state.slots()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    static void screenshot(Page page, Locator what, String name) {
        Path shot = E2e.TARGET.resolve("screenshots").resolve(name);
        what.screenshot(new Locator.ScreenshotOptions().setPath(shot));
        System.out.println("[snapshots] screenshot " + shot.toAbsolutePath());
    }
}
