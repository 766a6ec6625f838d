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

    @Test
    void aDspTextIsKnownWhereverItsProcessStarts() {
        assertEquals(RackDrop.DSP, RackDrop.of(null, "process=_;"));
        assertEquals(RackDrop.DSP, RackDrop.of(null, "  \n\nprocess\t= _;"));
        assertEquals(RackDrop.DSP, RackDrop.of(null, "declare name \"x\";\nimport(\"stdfaust.lib\");\nprocess = no.noise;"));
        assertEquals(RackDrop.NONE, RackDrop.of(null, "process"), "a word alone is no definition");
        assertEquals(RackDrop.NONE, RackDrop.of(null, "x = process;"), "used, not defined");
        assertEquals(RackDrop.NONE, RackDrop.of(null, ""));
    }

    @Test
    void aNameDecidesBeforeTheText() {
        assertEquals(RackDrop.PATCH, RackDrop.of("x.json", "process = _;"));
        assertEquals(RackDrop.DSP, RackDrop.of("x.dsp", "{\"boxes\": {}}"));
        assertEquals(RackDrop.NONE, RackDrop.of("x.dsp.txt", "process = _;"));
        assertEquals(RackDrop.NONE, RackDrop.of("dsp", "process = _;"), "no extension");
    }

    @Test
    void workspaceAddressesOnlyInTheirOwnForms() {
        assertEquals(RackDrop.WORKSPACE_URL, RackDrop.of(null, "  /api/patches/a.json\n".trim()));
        assertEquals(RackDrop.NONE, RackDrop.of(null, "/api/snapshots/a.json"));
        assertNull(RackDrop.workspacePath("/api/patches/a.json /api/patches/b.json"), "two addresses are none");
        assertNull(RackDrop.workspacePath("/api/patches/x.json\n/etc"), "several lines are none");
        assertNull(RackDrop.workspacePath(null));
        assertEquals("a/b/c.json", RackDrop.workspacePath("https://h/api/patches/a/b/c.json"));
    }

    @Test
    void aSlotNameIsTheLastSegment() {
        assertEquals("c.json", RackDrop.slotName("a/b/c.json"));
        assertEquals("untitled", RackDrop.slotName("a/"));
        assertEquals("x.dsp", RackDrop.slotName("x.dsp"));
    }
}
