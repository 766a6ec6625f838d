package dev.faustwire.session.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The download's file name: the patch's, its patch ending replaced by .dsp. */
class ProgramFileTest {
    @Test
    void thePatchEndingBecomesDsp() {
        assertEquals("03.subpatcher.mean.dsp", ProgramFile.nameFor("03.subpatcher.mean.dsppat"));
        assertEquals("chain.dsp", ProgramFile.nameFor("chain.json"));
        assertEquals("lowpass.dsp", ProgramFile.nameFor("lowpass.gendsp"));
        assertEquals("synth.dsp", ProgramFile.nameFor("synth.maxpat"));
    }

    @Test
    void aNameWithoutAPatchEndingKeepsItsDots() {
        assertEquals("untitled.dsp", ProgramFile.nameFor("untitled"));
        assertEquals("v1.2.dsp", ProgramFile.nameFor("v1.2"));
        assertEquals(".json.dsp", ProgramFile.nameFor(".json"), "an ending alone is a name");
        assertEquals("untitled.dsp", ProgramFile.nameFor(""));
    }
}
