package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.editor.FocusOrder.Direction;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.BoxGeometry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading order and the arrows' nearest box, on grids and on hand-placed (skewed) layouts. */
class FocusOrderTest {
    private final List<BoxGeometry> boxes = new ArrayList<>();

    private void box(String id, double x, double y) {
        box(id, x, y, 45);
    }

    private void box(String id, double x, double y, double width) {
        boxes.add(new BoxGeometry(id, new Rect(x, y, width, 22), 1, 1));
    }

    /** A 3 x 3 grid, 100 px apart, ids g00..g22 (row, column), added in a shuffled order. */
    private void grid() {
        int[] shuffled = {4, 8, 0, 6, 2, 7, 1, 5, 3};
        for (int i : shuffled) {
            box("g" + i / 3 + i % 3, 100 * (i % 3), 100 * (i / 3));
        }
    }

    @Test
    void aGridReadsRowByRowLeftToRight() {
        grid();
        assertEquals(List.of("g00", "g01", "g02", "g10", "g11", "g12", "g20", "g21", "g22"),
                FocusOrder.readingOrder(boxes));
    }

    @Test
    void boxesAFewPixelsOffTheirRowStillReadWithIt() {
        box("right-high", 300, 95);
        box("left-low", 0, 105);
        box("middle", 150, 100);
        box("next-row", 20, 160);
        box("top", 200, 10);
        assertEquals(List.of("top", "left-low", "middle", "right-high", "next-row"), FocusOrder.readingOrder(boxes));
    }

    @Test
    void aBoxMoreThanTheToleranceBelowStartsANewRow() {
        box("a", 200, 100);
        box("b", 0, 100 + FocusOrder.ROW_TOLERANCE);
        box("c", 0, 100 + FocusOrder.ROW_TOLERANCE + 1);
        assertEquals(List.of("b", "a", "c"), FocusOrder.readingOrder(boxes));
    }

    @Test
    void aStaircaseDoesNotChainIntoOneRow() {
        // each box is within the tolerance of the one before, but not of the row's first box
        for (int i = 0; i < 5; i++) {
            box("s" + i, 400 - 100 * i, 10 * i);
        }
        assertEquals(List.of("s1", "s0", "s3", "s2", "s4"), FocusOrder.readingOrder(boxes));
    }

    @Test
    void tabStepsThroughAndFallsOffBothEnds() {
        grid();
        assertEquals("g00", FocusOrder.step(boxes, null, true));
        assertEquals("g22", FocusOrder.step(boxes, null, false));
        assertEquals("g10", FocusOrder.step(boxes, "g02", true));
        assertEquals("g02", FocusOrder.step(boxes, "g10", false));
        assertNull(FocusOrder.step(boxes, "g22", true), "Tab after the last box leaves the canvas");
        assertNull(FocusOrder.step(boxes, "g00", false));
        assertNull(FocusOrder.step(List.of(), null, true));
    }

    @Test
    void arrowsOnAGridGoToTheNeighbour() {
        grid();
        assertEquals("g12", FocusOrder.nearest(boxes, "g11", Direction.RIGHT));
        assertEquals("g10", FocusOrder.nearest(boxes, "g11", Direction.LEFT));
        assertEquals("g01", FocusOrder.nearest(boxes, "g11", Direction.UP));
        assertEquals("g21", FocusOrder.nearest(boxes, "g11", Direction.DOWN));
        assertNull(FocusOrder.nearest(boxes, "g00", Direction.LEFT));
        assertNull(FocusOrder.nearest(boxes, "g00", Direction.UP));
        assertNull(FocusOrder.nearest(boxes, "g22", Direction.DOWN));
        assertNull(FocusOrder.nearest(boxes, "nowhere", Direction.DOWN));
    }

    @Test
    void aBoxStraightAheadWinsOverACloserOneOffToTheSide() {
        box("from", 0, 0);
        box("ahead", 0, 200);
        box("aside", 120, 90); // nearer (150 px) but off the line: 90 along, 120 across
        assertEquals("ahead", FocusOrder.nearest(boxes, "from", Direction.DOWN));
        assertEquals("aside", FocusOrder.nearest(boxes, "from", Direction.RIGHT));
    }

    @Test
    void outsideTheConeTheHalfPlaneStillCounts() {
        box("from", 0, 0);
        box("far-side", 300, 40); // below, but much more to the right than down
        assertEquals("far-side", FocusOrder.nearest(boxes, "from", Direction.DOWN));
        box("in-cone", 500, 600);
        assertEquals("in-cone", FocusOrder.nearest(boxes, "from", Direction.DOWN), "the cone comes first");
    }

    @Test
    void skewedChainFollowsTheSignalDownwards() {
        // a chain drawn by hand: each box a little to the right of the one above, one box off to the side
        box("in", 30, 20);
        box("filter", 42, 80, 110);
        box("gain", 38, 150);
        box("out", 50, 215);
        box("lfo", 260, 70);
        assertEquals("filter", FocusOrder.nearest(boxes, "in", Direction.DOWN));
        assertEquals("gain", FocusOrder.nearest(boxes, "filter", Direction.DOWN));
        assertEquals("out", FocusOrder.nearest(boxes, "gain", Direction.DOWN));
        assertEquals("lfo", FocusOrder.nearest(boxes, "filter", Direction.RIGHT));
        assertEquals("filter", FocusOrder.nearest(boxes, "lfo", Direction.LEFT));
        assertEquals("gain", FocusOrder.nearest(boxes, "out", Direction.UP));
        assertEquals(List.of("in", "filter", "lfo", "gain", "out"), FocusOrder.readingOrder(boxes),
                "the filter and the lfo are on one row");
    }

    @Test
    void theEndOfARowGoesNowhereEvenWhenTheBoxBelowSitsAFewPixelsRight() {
        box("a", 0, 0);
        box("b", 150, 4);
        box("below-a", 8, 80);
        assertEquals("b", FocusOrder.nearest(boxes, "a", Direction.RIGHT));
        assertNull(FocusOrder.nearest(boxes, "b", Direction.RIGHT));
        assertNull(FocusOrder.nearest(boxes, "a", Direction.LEFT));
        assertEquals("below-a", FocusOrder.nearest(boxes, "a", Direction.DOWN));
    }

    @Test
    void boxesThatTouchAlongARowAreStillNeighbours() {
        box("a", 0, 0, 60);
        box("b", 58, 0, 60); // overlaps a by 2 px
        assertEquals("b", FocusOrder.nearest(boxes, "a", Direction.RIGHT));
        assertEquals("a", FocusOrder.nearest(boxes, "b", Direction.LEFT));
        assertNull(FocusOrder.nearest(boxes, "a", Direction.DOWN));
    }

    @Test
    void wideBoxesAreMeasuredFromTheirMiddles() {
        box("wide", 0, 0, 400); // middle at x = 200
        box("under-middle", 180, 100);
        box("under-left", 0, 100);
        assertEquals("under-middle", FocusOrder.nearest(boxes, "wide", Direction.DOWN));
        assertEquals("wide", FocusOrder.nearest(boxes, "under-left", Direction.UP));
    }
}
