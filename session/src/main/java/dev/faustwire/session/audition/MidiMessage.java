package dev.faustwire.session.audition;

/**
 * One MIDI channel message read from its bytes: note on (a note on of velocity 0 is a note off, as
 * the MIDI standard says), note off, control change, or another kind the page ignores.
 */
public record MidiMessage(Kind kind, int channel, int data1, int data2) {
    /** The kinds of message the page acts on. */
    public enum Kind { NOTE_ON, NOTE_OFF, CONTROL_CHANGE, OTHER }

    private static final MidiMessage NONE = new MidiMessage(Kind.OTHER, 0, 0, 0);

    /** The message of a WebMIDI {@code data} array; short, system and malformed messages are {@link Kind#OTHER}. */
    public static MidiMessage read(int[] bytes) {
        if (bytes.length < 3 || bytes[0] < 0x80 || bytes[0] >= 0xf0 || !dataByte(bytes[1]) || !dataByte(bytes[2])) {
            return NONE;
        }
        int status = bytes[0] >> 4;
        int channel = bytes[0] & 0x0f;
        Kind kind = switch (status) {
            case 0x9 -> bytes[2] == 0 ? Kind.NOTE_OFF : Kind.NOTE_ON;
            case 0x8 -> Kind.NOTE_OFF;
            case 0xb -> Kind.CONTROL_CHANGE;
            default -> Kind.OTHER;
        };
        return kind == Kind.OTHER ? NONE : new MidiMessage(kind, channel, bytes[1], bytes[2]);
    }

    private static boolean dataByte(int b) {
        return b >= 0 && b < 0x80;
    }

    /** The note of a note on or off. */
    public int note() {
        return data1;
    }

    public int velocity() {
        return data2;
    }

    /** The controller number of a control change. */
    public int controller() {
        return data1;
    }

    public int value() {
        return data2;
    }
}
