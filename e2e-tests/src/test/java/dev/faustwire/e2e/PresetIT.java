package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.faustwire.session.live.Preset;
import dev.faustwire.session.live.SlotState;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Presets and morph on the editor's slot: freq typed to 220 and kept as preset A, 880 as B; the morph slider,
 * taken by the mouse and set to the middle, plays 550 Hz (the slider shows it, the capture measures it); a taken
 * name is refused with E048.
 */
class PresetIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("presets");
        Files.writeString(env.workspace.resolve("osc.json"),
                RackPage.chain("hslider freq 440 20 2000 1", "os.osc", "* 0.1", "out 1"));
        Files.writeString(env.workspace.resolve("sine550.json"),
                RackPage.chain("hslider pitch 550 20 2000 1", "os.osc", "* 0.1", "out 1"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void morphHalfWayBetween220And880Plays550() {
        Patcher p = env.openRecording("presets");
        Page page = p.page;
        SnapshotPage.openAndPlay(page, "osc.json");
        Locator freq = page.locator("[data-role='controls'] [data-address$='/freq']");
        Locator bar = page.locator("[data-role='preset-bar'][data-slot='editor']");
        assertThat(bar).hasCount(1);
        assertThat(bar.locator("[data-role='morph-t']")).isDisabled();

        SnapshotPage.type(freq, "220");
        savePreset(bar, "A");
        SnapshotPage.type(freq, "880");
        savePreset(bar, "B");
        assertThat(bar.locator("[data-role='preset-list'] [data-preset]")).hasCount(2);

        savePreset(bar, "A"); // taken
        Locator problem = bar.locator("[data-role='preset-problem']");
        assertThat(problem).isVisible();
        assertThat(problem).hasAttribute("data-code", "E048");
        assertThat(bar.locator("[data-role='preset-list'] [data-preset]")).hasCount(2);

        assertThat(bar.locator("[data-role='morph-a']")).hasValue("A");
        assertThat(bar.locator("[data-role='morph-b']")).hasValue("B");
        Locator t = bar.locator("[data-role='morph-t']");
        t.click(); // the mouse takes the slider where it is pressed; the keyboard puts it exactly in the middle
        page.keyboard().press("Home");
        assertThat(freq.locator("input.number")).hasValue("220");
        for (int i = 0; i < 50; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(bar.locator("[data-role='morph-t-value']")).hasText("0.5");
        assertThat(freq.locator("input.number")).hasValue("550");
        assertThat(freq).hasAttribute("data-value", "550");
        double hz = measure(page);
        System.out.printf("[presets] morph at t = 0.5 between 220 and 880 Hz: %.3f Hz%n", hz);
        assertEquals(550, hz, 5.5, "within 1%");
        SnapshotPage.screenshot(page, bar, "preset-bar.png");

        page.keyboard().press("End");
        assertThat(freq.locator("input.number")).hasValue("880");
        SlotState editor = SnapshotPage.slot(SnapshotPage.state(page), "editor");
        assertEquals(List.of("A", "B"), editor.presets().stream().map(Preset::name).toList());
        assertEquals(220.0, editor.presets().get(0).values().get("/main/freq"));
        assertEquals(880.0, editor.presets().get(1).values().get("/main/freq"));
        bar.locator("[data-preset='A'] [data-role='preset-apply']").click();
        assertThat(freq.locator("input.number")).hasValue("220");
        page.context().close();
    }

    @Test
    void aRackSlotHasItsOwnPresetsAndMorph() {
        Patcher p = env.openRecording("presets-rack");
        Page page = p.page;
        Locator strip = SnapshotPage.add(page, "sine550.json", "slot-1");
        Locator pitch = strip.locator("[data-address$='/pitch']");
        Locator bar = page.locator("[data-role='preset-bar'][data-slot='slot-1']");
        assertThat(bar).hasCount(1);
        assertThat(page.locator("[data-role='preset-bar'][data-slot='editor']")).hasCount(0);
        SnapshotPage.type(pitch, "300");
        savePreset(bar, "low");
        SnapshotPage.type(pitch, "900");
        savePreset(bar, "high");
        bar.locator("[data-role='morph-t']").click();
        page.keyboard().press("Home");
        assertThat(pitch.locator("input.number")).hasValue("300");
        for (int i = 0; i < 25; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(bar.locator("[data-role='morph-t-value']")).hasText("0.25");
        assertThat(pitch.locator("input.number")).hasValue("450");
        double hz = measure(page);
        System.out.printf("[presets] rack slot morph at t = 0.25 between 300 and 900 Hz: %.3f Hz%n", hz);
        assertEquals(450, hz, 4.5, "within 1%");
        SlotState slot = SnapshotPage.slot(SnapshotPage.state(page), "slot-1");
        assertEquals(List.of("low", "high"), slot.presets().stream().map(Preset::name).toList());
        bar.locator("[data-preset='low'] [data-role='preset-delete']").click();
        assertThat(bar.locator("[data-role='preset-list'] [data-preset]")).hasCount(1);
        assertThat(bar.locator("[data-role='morph-t']")).isDisabled();
        page.context().close();
    }

    private static void savePreset(Locator bar, String name) {
        Locator field = bar.locator("[data-role='preset-name']");
        field.click();
        field.pressSequentially(name);
        bar.locator("[data-role='preset-save']").click();
    }

    private static double measure(Page page) {
        page.waitForTimeout(300);
        PlayModeIT.discard(page);
        page.waitForTimeout(700);
        AuditionIT.Capture c = AuditionIT.take(page);
        return Signal.frequency(c.samples(), c.rate());
    }
}
