package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link KeyboardKeys}: the two rows of the computer keyboard as a music keyboard, with octave shift. */
class KeyboardKeysTest {
    @Test
    void theHomeRowPlaysWhiteKeysFromMiddleC() {
        KeyboardKeys keys = new KeyboardKeys();
        int[] white = {60, 62, 64, 65, 67, 69, 71, 72};
        String row = "asdfghjk";
        for (int i = 0; i < row.length(); i++) {
            int note = keys.note(row.substring(i, i + 1));
            assertEquals(white[i], note, "key " + row.charAt(i));
            assertFalse(KeyboardKeys.black(note));
        }
    }

    @Test
    void theRowAbovePlaysTheBlackKeys() {
        KeyboardKeys keys = new KeyboardKeys();
        int[] black = {61, 63, 66, 68, 70};
        String row = "wetyu";
        for (int i = 0; i < row.length(); i++) {
            int note = keys.note(row.substring(i, i + 1));
            assertEquals(black[i], note, "key " + row.charAt(i));
            assertTrue(KeyboardKeys.black(note));
        }
    }

    @Test
    void otherKeysPlayNothing() {
        KeyboardKeys keys = new KeyboardKeys();
        assertEquals(-1, keys.note("n"));
        assertEquals(-1, keys.note("r"));
        assertEquals(-1, keys.note("Enter"));
        assertEquals(-1, keys.note(""));
        assertEquals(60, keys.note("A"), "caps lock or shift still plays");
    }

    @Test
    void zAndXShiftTheOctaveWithinRange() {
        KeyboardKeys keys = new KeyboardKeys();
        assertTrue(keys.shift("x"));
        assertEquals(72, keys.note("a"));
        assertTrue(keys.shift("z"));
        assertTrue(keys.shift("z"));
        assertEquals(48, keys.note("a"));
        assertFalse(keys.shift("a"));
        for (int i = 0; i < 20; i++) {
            keys.shift("z");
        }
        assertEquals(KeyboardKeys.LOWEST_OCTAVE, keys.octave());
        assertEquals(0, keys.note("a"));
        for (int i = 0; i < 20; i++) {
            keys.shift("x");
        }
        assertEquals(KeyboardKeys.HIGHEST_OCTAVE, keys.octave());
        assertEquals(108, keys.note("a"));
        assertEquals(120, keys.note("k"));
    }

    @Test
    void notesHaveTheirNames() {
        assertEquals("C4", KeyboardKeys.name(60));
        assertEquals("F#3", KeyboardKeys.name(54));
        assertEquals("C-1", KeyboardKeys.name(0));
        assertEquals("G9", KeyboardKeys.name(127));
    }
}
