package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ↓ and ↑ through a list of rows wrap at both ends and start from nothing chosen. */
class ListCursorTest {

    @Test
    void downFromNothingTakesTheFirstAndWrapsAfterTheLast() {
        assertEquals(0, ListCursor.next(-1, 3));
        assertEquals(1, ListCursor.next(0, 3));
        assertEquals(0, ListCursor.next(2, 3));
    }

    @Test
    void upFromNothingOrTheFirstTakesTheLast() {
        assertEquals(2, ListCursor.previous(-1, 3));
        assertEquals(2, ListCursor.previous(0, 3));
        assertEquals(0, ListCursor.previous(1, 3));
    }

    @Test
    void anEmptyListHasNoRow() {
        assertEquals(-1, ListCursor.next(-1, 0));
        assertEquals(-1, ListCursor.previous(-1, 0));
        assertEquals(-1, ListCursor.next(4, 0));
    }
}
