package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AudioSettingsChoicesTest {
    @Test
    void everyRateOfferedIsKeptAsChosen() {
        for (int rate : AudioSettingsChoices.SAMPLE_RATES) {
            assertEquals(rate, AudioSettingsChoices.chosen(rate, "interactive", "").sampleRate());
        }
    }

    @Test
    void aRateNotOfferedIsTheDevicesOwn() {
        assertEquals(0, AudioSettingsChoices.chosen(22050, "interactive", "").sampleRate());
        assertEquals(0, AudioSettingsChoices.chosen(-1, "interactive", "").sampleRate());
    }

    @Test
    void everyLatencyOfferedIsKeptAndOthersAreInteractive() {
        for (String latency : AudioSettingsChoices.LATENCIES) {
            assertEquals(latency, AudioSettingsChoices.chosen(0, latency, "").latency());
        }
        assertEquals("interactive", AudioSettingsChoices.chosen(0, null, "").latency());
        assertEquals("interactive", AudioSettingsChoices.chosen(0, "Balanced", "").latency(), "the hint is case sensitive");
        assertEquals(List.of("interactive", "balanced", "playback"), AudioSettingsChoices.LATENCIES);
    }

    @Test
    void theDeviceIsKeptAsGivenAndNoneIsTheDefault() {
        assertEquals("abc", AudioSettingsChoices.chosen(0, "interactive", "abc").outputDevice());
        assertEquals("", AudioSettingsChoices.chosen(0, "interactive", null).outputDevice());
    }

    @Test
    void onlyTheRateAndTheLatencyNeedANewContext() {
        AudioSettings a = new AudioSettings(48000, "balanced", "x");
        assertFalse(AudioSettingsChoices.needsNewContext(a, a));
        assertFalse(AudioSettingsChoices.needsNewContext(a, new AudioSettings(48000, "balanced", "y")));
        assertTrue(AudioSettingsChoices.needsNewContext(a, new AudioSettings(44100, "balanced", "x")));
        assertTrue(AudioSettingsChoices.needsNewContext(a, new AudioSettings(48000, "playback", "x")));
    }

    @Test
    void ratesReadAsAPersonSaysThem() {
        assertEquals("device default", AudioSettingsChoices.rateLabel(0));
        assertEquals("48000 Hz", AudioSettingsChoices.rateLabel(48000));
        assertEquals("96000 Hz", AudioSettingsChoices.rateLabel(96000));
    }

    @Test
    void theDefaultSettingsAreTheDevicesRateInteractiveAndTheDefaultOutput() {
        assertEquals(new AudioSettings(0, "interactive", ""), AudioSettings.DEFAULT);
        assertEquals(AudioSettings.DEFAULT, AudioSettingsChoices.chosen(0, "interactive", ""));
    }
}
