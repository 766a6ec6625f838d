package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import org.junit.jupiter.api.Test;

/** {@link Instrument}: which patches play as polyphonic instruments, and the voice count a person types. */
class InstrumentTest {
    private static Patch patch(String... texts) {
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            boxes.append(i == 0 ? "" : ", ").append("\"box-").append(i + 1).append("\": {\"text\": \"")
                    .append(texts[i]).append("\"}");
        }
        return PatchReader.read("{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {" + boxes
                + "}, \"lines\": {}, \"props\": {}}").patch();
    }

    @Test
    void anEffectBoxMakesAnInstrument() {
        assertTrue(Instrument.of(patch("os.osc 440", "out 1", "effect", "dm.freeverb_demo")));
    }

    @Test
    void freqGainAndGateMakeAnInstrument() {
        assertTrue(Instrument.of(patch("hslider freq 440 40 8000 1", "hslider gain 0.5 0 1 0.01", "button gate",
                "os.osc", "out 1")));
        assertTrue(Instrument.of(patch("nentry freq 440 40 8000 1", "vslider gain 0.5 0 1 0.01", "checkbox gate")));
        assertTrue(Instrument.of(patch("hslider freq[unit:Hz] 440 40 8000 1", "hslider gain 0.5 0 1 0.01",
                "button gate[midi:ctrl 64]")), "metadata is not part of the label");
        assertTrue(Instrument.of(patch("hslider \\\"freq[midi:ctrl 74]\\\" 440 40 8000 1", "hslider gain 0.5 0 1 0.01",
                "button gate")), "a quoted label, metadata with a space");
    }

    @Test
    void twoOfTheThreeAreNotEnough() {
        assertFalse(Instrument.of(patch("hslider freq 440 40 8000 1", "hslider gain 0.5 0 1 0.01", "os.osc")));
        assertFalse(Instrument.of(patch("hslider freq 440 40 8000 1", "button gate")));
        assertFalse(Instrument.of(patch("hslider gain 0.5 0 1 0.01", "button gate")));
    }

    @Test
    void namesElsewhereDoNotCount() {
        assertFalse(Instrument.of(patch("os.osc 440", "* 0.1", "out 1")));
        assertFalse(Instrument.of(patch("hslider frequency 440 40 8000 1", "hslider gain 0.5 0 1 0.01",
                "button gate")));
        assertFalse(Instrument.of(patch("freq", "gain", "gate")), "library names, not controls");
        assertFalse(Instrument.of(patch("effects", "out 1")));
        assertFalse(Instrument.of(patch()));
    }

    @Test
    void unreadableBoxesAreSkippedAndSubPatchersDoNotCount() {
        assertTrue(Instrument.of(patch("hslider \\\"unclosed 1 2 3", "hslider freq 440 40 8000 1",
                "hslider gain 0.5 0 1 0.01", "button gate")), "an unclosed quote is one box's problem");
        Patch withSub = PatchReader.read("{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {"
                + "\"box-1\": {\"text\": \"p voice\", \"data\": {\"boxes\": {"
                + "\"box-1\": {\"text\": \"hslider freq 440 40 8000 1\"}, \"box-2\": {\"text\": \"hslider gain 0.5 0 1 0.01\"},"
                + "\"box-3\": {\"text\": \"button gate\"}, \"box-4\": {\"text\": \"effect\"}}, \"lines\": {}}}},"
                + " \"lines\": {}, \"props\": {}}").patch();
        assertEquals(1, withSub.boxes().size());
        assertFalse(Instrument.of(withSub), "the controls of a sub-patcher are inside a group of its own");
    }

    @Test
    void aVoiceCountStaysInRange() {
        assertEquals(8, Instrument.voices("8"));
        assertEquals(3, Instrument.voices(" 3 "));
        assertEquals(Instrument.MIN_VOICES, Instrument.voices("0"));
        assertEquals(Instrument.MAX_VOICES, Instrument.voices("1000"));
        assertEquals(Instrument.DEFAULT_VOICES, Instrument.voices("eight"));
        assertEquals(Instrument.DEFAULT_VOICES, Instrument.voices(""));
    }
}
