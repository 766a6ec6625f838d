package dev.faustwire.core.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline of a body: the convex hull of its boxes grown by the margin. */
class HullShapeTest {
    @Test
    void oneBoxIsItsRectangleGrownByTheMargin() {
        List<Point> hull = HullShape.around(List.of(new Rect(10, 20, 50, 22)));
        assertEquals(List.of(new Point(2, 12), new Point(68, 12), new Point(68, 50), new Point(2, 50)), hull);
    }

    @Test
    void aDiagonalOfBoxesLeavesOutTheCornersInside() {
        List<Point> hull = HullShape.around(List.of(new Rect(0, 0, 40, 20), new Rect(100, 100, 40, 20),
                new Rect(50, 50, 40, 20)));
        assertEquals(6, hull.size(), hull.toString());
        for (Point p : List.of(new Point(58, 42), new Point(82, 78))) {
            assertTrue(!hull.contains(p), "an inner corner is not on the outline");
        }
    }

    @Test
    void noBoxesNoOutline() {
        assertTrue(HullShape.around(List.of()).isEmpty());
    }
}
