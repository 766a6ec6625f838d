package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HeldNotes}: a note sounds once however many hands hold it. */
class HeldNotesTest {
    @Test
    void aNoteStartsWithTheFirstHoldAndStopsWithTheLast() {
        HeldNotes held = new HeldNotes();
        assertTrue(held.press(60));
        assertFalse(held.press(60), "the computer key while the mouse holds it: no second voice");
        assertFalse(held.release(60));
        assertTrue(held.sounding(60));
        assertTrue(held.release(60));
        assertFalse(held.sounding(60));
        assertFalse(held.release(60), "a release of a note not held");
    }

    @Test
    void aLatchTogglesAndClearForgetsEverything() {
        HeldNotes held = new HeldNotes();
        assertTrue(held.toggleLatch(64));
        assertTrue(held.latched(64));
        held.press(64);
        held.press(60);
        held.press(67);
        assertFalse(held.toggleLatch(64));
        assertFalse(held.latched(64));
        held.toggleLatch(67);
        assertEquals(List.of(60, 64, 67), held.clear());
        assertFalse(held.latched(67));
        assertFalse(held.sounding(60));
        assertEquals(List.of(), held.clear());
    }
}
