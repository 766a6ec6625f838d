package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.session.audition.MidiMessage.Kind;
import org.junit.jupiter.api.Test;

/** {@link MidiMessage}: MIDI bytes as the page reads them. */
class MidiMessageTest {
    @Test
    void noteOnAndOff() {
        assertEquals(new MidiMessage(Kind.NOTE_ON, 0, 60, 100), MidiMessage.read(new int[] {0x90, 60, 100}));
        assertEquals(new MidiMessage(Kind.NOTE_ON, 9, 36, 1), MidiMessage.read(new int[] {0x99, 36, 1}));
        assertEquals(new MidiMessage(Kind.NOTE_OFF, 0, 60, 64), MidiMessage.read(new int[] {0x80, 60, 64}));
        assertEquals(Kind.NOTE_OFF, MidiMessage.read(new int[] {0x90, 60, 0}).kind(), "velocity 0 is a note off");
        MidiMessage m = MidiMessage.read(new int[] {0x93, 67, 90});
        assertEquals(67, m.note());
        assertEquals(90, m.velocity());
        assertEquals(3, m.channel());
    }

    @Test
    void controlChange() {
        MidiMessage m = MidiMessage.read(new int[] {0xB1, 7, 127});
        assertEquals(Kind.CONTROL_CHANGE, m.kind());
        assertEquals(1, m.channel());
        assertEquals(7, m.controller());
        assertEquals(127, m.value());
    }

    @Test
    void everythingElseIsIgnored() {
        assertEquals(Kind.OTHER, MidiMessage.read(new int[] {0xE0, 0, 64}).kind(), "pitch bend");
        assertEquals(Kind.OTHER, MidiMessage.read(new int[] {0xF8, 0, 0}).kind(), "clock");
        assertEquals(Kind.OTHER, MidiMessage.read(new int[] {0xFE}).kind(), "active sensing");
        assertEquals(Kind.OTHER, MidiMessage.read(new int[] {0x90, 60}).kind(), "cut short");
        assertEquals(Kind.OTHER, MidiMessage.read(new int[] {0x90, 200, 100}).kind(), "a data byte with its top bit");
        assertEquals(Kind.OTHER, MidiMessage.read(new int[] {60, 100, 0}).kind(), "running status is not kept");
        assertEquals(Kind.OTHER, MidiMessage.read(new int[] {}).kind());
    }
}
