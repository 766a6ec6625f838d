package dev.faustwire.session.audition;

/**
 * The computer keyboard as a music keyboard, as trackers and DAWs lay it out: the home row plays
 * the white keys from C ({@code a s d f g h j k}), the row above the black keys ({@code w e t y u});
 * {@code z} and {@code x} shift the octave down and up. Keys are the DOM's {@code KeyboardEvent.key}.
 */
public final class KeyboardKeys {
    /** The keys in semitone order from C: index = semitones above the octave's C. */
    static final String KEYS = "awsedftgyhujk";
    public static final int LOWEST_OCTAVE = -1;
    public static final int HIGHEST_OCTAVE = 8;
    /** Velocity of a computer key, which cannot tell how hard it was struck. */
    public static final int VELOCITY = 100;

    private int octave = 4;

    /** The octave of the {@code a} key, as in C4 = MIDI note 60. */
    public int octave() {
        return octave;
    }

    /** The MIDI note a key plays now, or -1 for a key that plays none (or a note out of MIDI's range). */
    public int note(String key) {
        if (key.length() != 1) {
            return -1;
        }
        int semitone = KEYS.indexOf(Character.toLowerCase(key.charAt(0)));
        if (semitone < 0) {
            return -1;
        }
        int note = (octave + 1) * 12 + semitone;
        return note <= 127 ? note : -1;
    }

    /** Shifts the octave for {@code z} (down) and {@code x} (up), within range; true when the key is one of them. */
    public boolean shift(String key) {
        if (key.equalsIgnoreCase("z")) {
            octave = Math.max(LOWEST_OCTAVE, octave - 1);
            return true;
        }
        if (key.equalsIgnoreCase("x")) {
            octave = Math.min(HIGHEST_OCTAVE, octave + 1);
            return true;
        }
        return false;
    }

    /** The name of a MIDI note, such as {@code C4} or {@code F#3}. */
    public static String name(int note) {
        String[] names = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
        return names[note % 12] + (note / 12 - 1);
    }

    /** True for the black keys of a piano. */
    public static boolean black(int note) {
        int s = note % 12;
        return s == 1 || s == 3 || s == 6 || s == 8 || s == 10;
    }
}
