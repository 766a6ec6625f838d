package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample rate changed in the audio settings dialog while two patches play, their frequency sliders
 * moved by the mouse away from their defaults and the second strip's level at 0.5: after the move to a
 * new AudioContext both play on at the new rate (the recorder follows it) with the frequencies and the
 * level as set, the third slot still takes the second's output, and the output meters move again.
 */
class AudioSettingsIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("audio-settings");
        RackPage.write(env.workspace, "freq550.json", RackPage.chain("hslider freq 550 100 1000 1", "os.osc", "* 0.1", "out 1"));
        RackPage.write(env.workspace, "half.json", RackPage.chain("in 1", "* 0.5", "out 1"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void aNewSampleRateKeepsBothPlayingWithTheirValues() {
        Patcher p = env.openRecording("audio-settings");
        Page page = p.page;
        p.typeBox(80, 60, "hslider freq 330 100 1000 1");
        p.typeBox(80, 150, "os.osc");
        p.typeBox(80, 240, "* 0.1");
        p.typeBox(80, 330, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.wire("box-3", 0, "box-4", 0);
        AuditionIT.switchAudioOn(page);
        Locator second = RackPage.add(page, "freq550.json", "slot-1");

        double editorHz = slide(page, page.locator("[data-role='controls'] input.slider"),
                page.locator("[data-role='controls'] input.number"), 60);
        double slotHz = slide(page, second.locator("[data-role='slot-controls'] input.slider"),
                second.locator("[data-role='slot-controls'] input.number"), -40);
        assertNotEquals(330, editorHz, "the editor's slider moved");
        assertNotEquals(550, slotHz, "the slot's slider moved");
        Locator level = second.locator("[data-role='slot-level']");
        level.click();
        page.keyboard().press("Home");
        for (int i = 0; i < 50; i++) {
            page.keyboard().press("ArrowRight");
        }
        Locator half = RackPage.add(page, "half.json", "slot-2"); // takes slot-1 (after its level): 0.05 * 0.5
        half.locator("[data-role='slot-inputs'] input[data-source='slot-1']").check();
        RackPage.Capture before = RackPage.listen(page);
        System.out.printf("[audio-settings] before at %d Hz: editor %.0f Hz %.5f, slot %.0f Hz %.5f%n", before.rate(),
                editorHz, RackPage.amplitude(before, editorHz), slotHz, RackPage.amplitude(before, slotHz));
        assertEquals(0.1, RackPage.amplitude(before, editorHz), 0.006);
        assertEquals(0.075, RackPage.amplitude(before, slotHz), 0.004, "the slot (0.05) and the slot taking it (0.025)");

        int newRate = before.rate() == 48000 ? 44100 : 48000;
        page.locator("[data-role='audio-settings']").click();
        Locator dialog = page.locator("[data-role='audio-settings-dialog']");
        assertThat(dialog).isVisible();
        assertThat(dialog.locator("[data-role='audio-settings-status']")).hasText("Playing at " + before.rate() + " Hz.");
        dialog.locator("[data-role='sample-rate']").selectOption(String.valueOf(newRate));
        dialog.locator("[data-role='latency']").selectOption("balanced");
        RackPage.screenshot(page, "audio-settings-dialog.png");
        dialog.locator("[data-action='apply-audio-settings']").click();
        assertThat(dialog.locator("[data-role='audio-settings-status']")).hasText("Playing at " + newRate + " Hz.",
                new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        dialog.locator("[data-action='close-audio-settings']").click();

        RackPage.Capture after = RackPage.listen(page);
        double editorAfter = RackPage.amplitude(after, editorHz);
        double slotAfter = RackPage.amplitude(after, slotHz);
        System.out.printf("[audio-settings] after at %d Hz: editor %.0f Hz %.5f (default 330 Hz %.6f), slot %.0f Hz %.5f"
                + " (default 550 Hz %.6f); peak %.5f%n", after.rate(), editorHz, editorAfter, RackPage.amplitude(after, 330),
                slotHz, slotAfter, RackPage.amplitude(after, 550), Signal.peak(after.samples()));
        assertEquals(newRate, after.rate(), "the recorder follows the new context");
        assertEquals(0.1, editorAfter, 0.006, "the editor's DSP plays on, at the frequency set");
        assertEquals(0.075, slotAfter, 0.004, "the slot plays on at the frequency and level set, and the route");
        assertTrue(RackPage.amplitude(after, 330) < 0.002 && RackPage.amplitude(after, 550) < 0.002,
                "not the defaults");
        assertEquals(String.valueOf((int) slotHz), second.locator("[data-role='slot-controls'] input.number").inputValue());
        page.waitForFunction("() => window.faustwireAudio.liveNodes() === 3"); // the old context's nodes destroyed
        Locator meter = page.locator("[data-role='meters'] .meter").first();
        page.waitForFunction("m => Number(m.getAttribute('data-peak-db')) > -30", meter.elementHandle());
        RackPage.screenshot(page, "audio-settings-after.png");
        page.context().close();
    }

    @Test
    void settingsChosenBeforeAudioApplyWhenItStartsAndTheInputsFollowAChange() {
        Patcher p = env.openRecording("audio-settings-inputs");
        Page page = p.page;
        page.locator("[data-role='audio-settings']").click();
        Locator dialog = page.locator("[data-role='audio-settings-dialog']");
        Locator status = dialog.locator("[data-role='audio-settings-status']");
        assertThat(status).hasText("Audio is off: the settings apply when it starts.");
        Locator device = dialog.locator("[data-role='output-device']");
        assertThat(device.locator("option[value='']")).hasText("default output");
        String note = dialog.locator("[data-role='output-device-note']").textContent();
        System.out.printf("[audio-settings-inputs] output device choice %s (%d options)%s%n",
                device.isEnabled() ? "available" : "not available", device.locator("option").count(), note);
        assertTrue(device.isEnabled() || note.contains("not available in this browser"));
        dialog.locator("[data-role='sample-rate']").selectOption("96000");
        dialog.locator("[data-action='apply-audio-settings']").click();
        assertThat(status).hasText("Audio is off: the settings apply when it starts.");
        dialog.locator("[data-action='close-audio-settings']").click();

        p.typeBox(80, 60, "in 1");
        p.typeBox(80, 150, "* 0.5");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        AuditionIT.switchAudioOn(page);
        Locator row = page.locator("[data-role='inputs'] [data-channel='0']");
        row.locator("[data-role='input-source']").selectOption("sine");
        RackPage.Capture before = RackPage.listen(page);
        double a = RackPage.amplitude(before, 440);
        System.out.printf("[audio-settings-inputs] at %d Hz: the input's 440 Hz sine through * 0.5: %.5f%n", before.rate(), a);
        assertEquals(96000, before.rate(), "the context was made with the rate chosen while audio was off");
        assertTrue(a > 0.01, "the input sine plays through the patch");

        page.locator("[data-role='audio-settings']").click();
        dialog.locator("[data-role='sample-rate']").selectOption("48000");
        dialog.locator("[data-action='apply-audio-settings']").click();
        assertThat(status).hasText("Playing at 48000 Hz.", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        dialog.locator("[data-action='close-audio-settings']").click();
        RackPage.Capture after = RackPage.listen(page);
        double b = RackPage.amplitude(after, 440);
        System.out.printf("[audio-settings-inputs] at %d Hz after the change: 440 Hz %.5f%n", after.rate(), b);
        assertEquals(48000, after.rate());
        assertEquals(a, b, 0.002, "the input source was made again in the new context, at its level");
        assertEquals("sine", row.locator("[data-role='input-source']").inputValue());
        page.context().close();
    }

    /** Drags a slider's thumb by {@code dx} pixels with the mouse; the value its number field shows then. */
    private static double slide(Page page, Locator slider, Locator number, double dx) {
        slider.scrollIntoViewIfNeeded();
        BoundingBox box = slider.boundingBox();
        double from = Double.parseDouble(number.inputValue());
        double min = Double.parseDouble(slider.getAttribute("min"));
        double max = Double.parseDouble(slider.getAttribute("max"));
        double x = box.x + 8 + (box.width - 16) * (Double.parseDouble(slider.inputValue()) - min) / (max - min);
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + dx / 2, y);
        page.mouse().move(x + dx, y);
        page.mouse().up();
        page.waitForFunction("([n, v]) => Number(n.value) !== v", java.util.List.of(number.elementHandle(), from));
        return Double.parseDouble(number.inputValue());
    }
}
