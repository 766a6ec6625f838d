package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RackDropTest {
    @Test
    void filesAreKnownByTheirNames() {
        assertEquals(RackDrop.DSP, RackDrop.of("sine.dsp", "anything"));
        assertEquals(RackDrop.DSP, RackDrop.of("SINE.DSP", ""));
        assertEquals(RackDrop.PATCH, RackDrop.of("a.json", ""));
        assertEquals(RackDrop.PATCH, RackDrop.of("a.dsppat", ""));
        assertEquals(RackDrop.GEN, RackDrop.of("a.gendsp", ""));
        assertEquals(RackDrop.GEN, RackDrop.of("a.maxpat", ""));
        assertEquals(RackDrop.NONE, RackDrop.of("a.wav", "process = _;"));
    }

    @Test
    void aTextIsKnownByWhatItSays() {
        assertEquals(RackDrop.DSP, RackDrop.of(null, "import(\"stdfaust.lib\");\nprocess = os.osc(440);"));
        assertEquals(RackDrop.DSP, RackDrop.of("", "process(x) = x;"));
        assertEquals(RackDrop.NONE, RackDrop.of(null, "the process of making"));
        assertEquals(RackDrop.PATCH, RackDrop.of(null, "{\"boxes\": {}, \"lines\": {}}"));
        assertEquals(RackDrop.NONE, RackDrop.of(null, "{\"a\": 1}"));
        assertEquals(RackDrop.WORKSPACE_URL, RackDrop.of(null, "/api/patches/x.json"));
        assertEquals(RackDrop.WORKSPACE_URL, RackDrop.of(null, "http://127.0.0.1:7070/api/patches/dir/y.json"));
        assertEquals(RackDrop.NONE, RackDrop.of(null, null));
    }

    @Test
    void aWorkspaceAddressNamesItsPath() {
        assertEquals("x.json", RackDrop.workspacePath("/api/patches/x.json"));
        assertEquals("d/y.json", RackDrop.workspacePath("http://h:1/api/patches/d/y.json?v=2"));
        assertNull(RackDrop.workspacePath("/api/patches/../etc/passwd"));
        assertNull(RackDrop.workspacePath("see /api/patches/x.json"));
        assertNull(RackDrop.workspacePath("/api/patches/"));
        assertNull(RackDrop.workspacePath("ftp:/api/patches/x.json"));
    }

    @Test
    void aSlotIsNamedAfterTheFile() {
        assertEquals("sine.dsp", RackDrop.slotName("dir/sine.dsp"));
        assertEquals("untitled", RackDrop.slotName(null));
        assertTrue(RackDrop.definesProcess("x = 1;process = x;"));
        assertFalse(RackDrop.definesProcess("myprocess = 1;"));
    }

    @Test
    void audioSettingsChoicesFallBackToDefaults() {
        assertEquals(new AudioSettings(48000, "balanced", ""), AudioSettingsChoices.chosen(48000, "balanced", null));
        assertEquals(AudioSettings.DEFAULT, AudioSettingsChoices.chosen(12345, "fast", ""));
        assertTrue(AudioSettingsChoices.needsNewContext(AudioSettings.DEFAULT, new AudioSettings(48000, "interactive", "")));
        assertTrue(AudioSettingsChoices.needsNewContext(AudioSettings.DEFAULT, new AudioSettings(0, "playback", "")));
        assertFalse(AudioSettingsChoices.needsNewContext(AudioSettings.DEFAULT, new AudioSettings(0, "interactive", "d")));
        assertEquals("device default", AudioSettingsChoices.rateLabel(0));
        assertEquals("44100 Hz", AudioSettingsChoices.rateLabel(44100));
        assertEquals(List.of(0, 44100, 48000, 88200, 96000), AudioSettingsChoices.SAMPLE_RATES);
    }
}
