package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Selections: toggles, unions, and dropping what no longer exists, in id order. */
class SelectionTest {
    @Test
    void toggleAddsThenRemoves() {
        Selection s = Selection.ofBox("box-2").toggleBox("box-1");
        assertEquals(List.of("box-1", "box-2"), List.copyOf(s.boxes()));
        assertEquals(List.of("box-2"), List.copyOf(s.toggleBox("box-1").boxes()));
        assertTrue(Selection.ofLine("line-1").toggleLine("line-1").isEmpty());
    }

    @Test
    void plusJoinsBoxesAndLines() {
        Selection s = Selection.ofBox("box-1").plus(Selection.ofLine("line-3")).plus(Selection.ofBox("box-1"));
        assertEquals(List.of("box-1"), List.copyOf(s.boxes()));
        assertEquals(List.of("line-3"), List.copyOf(s.lines()));
    }

    @Test
    void keepOnlyDropsVanishedIdsAndIsTheSameWhenNothingVanished() {
        Selection s = Selection.ofBoxes(List.of("box-1", "box-2")).plus(Selection.ofLine("line-1"));
        Selection kept = s.keepOnly(List.of("box-2", "box-3"), List.of());
        assertEquals(List.of("box-2"), List.copyOf(kept.boxes()));
        assertTrue(kept.lines().isEmpty());
        assertSame(s, s.keepOnly(List.of("box-1", "box-2"), List.of("line-1")));
    }

    @Test
    void aSelectionCannotBeChangedFromOutside() {
        Selection s = Selection.ofBox("box-1");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> s.boxes().add("box-2"));
    }
}
