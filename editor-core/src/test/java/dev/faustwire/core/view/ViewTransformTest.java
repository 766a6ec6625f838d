package dev.faustwire.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The view transform: screen and canvas points, zoom around a point, its limits, pan and fit. */
class ViewTransformTest {
    private static void assertNear(Point expected, Point actual) {
        assertEquals(expected.x(), actual.x(), 1e-9, "x");
        assertEquals(expected.y(), actual.y(), 1e-9, "y");
    }

    @Test
    void screenAndCanvasAreInverse() {
        ViewTransform view = new ViewTransform(2, 30, -10);
        Point canvas = new Point(12.5, 40);
        assertNear(new Point(55, 70), view.toScreen(canvas));
        assertNear(canvas, view.toCanvas(view.toScreen(canvas)));
    }

    @Test
    void zoomKeepsTheCanvasPointUnderThePointer() {
        ViewTransform view = new ViewTransform(1, 20, 5);
        Point pointer = new Point(300, 200);
        Point under = view.toCanvas(pointer);
        ViewTransform zoomed = view.zoomAround(pointer, 1.5);
        assertEquals(1.5, zoomed.scale(), 1e-12);
        assertNear(under, zoomed.toCanvas(pointer));
    }

    @Test
    void zoomStopsAt25And400Percent() {
        ViewTransform view = ViewTransform.IDENTITY;
        for (int i = 0; i < 40; i++) {
            view = view.zoomAround(new Point(10, 10), ViewTransform.STEP);
        }
        assertEquals(4, view.scale(), 1e-12);
        for (int i = 0; i < 80; i++) {
            view = view.zoomAround(new Point(10, 10), 1 / ViewTransform.STEP);
        }
        assertEquals(0.25, view.scale(), 1e-12);
    }

    @Test
    void panMovesByScreenPixels() {
        ViewTransform view = new ViewTransform(2, 0, 0).pannedBy(10, -4);
        assertNear(new Point(10, -4), view.toScreen(new Point(0, 0)));
    }

    @Test
    void fitCentresTheContentAndNeverMagnifies() {
        ViewTransform small = ViewTransform.fit(new Bounds(100, 100, 200, 150), 800, 600, 30);
        assertEquals(1, small.scale(), 1e-12, "a small patch is shown at 100%, not blown up");
        assertNear(new Point(400, 300), small.toScreen(new Point(150, 125)));

        ViewTransform big = ViewTransform.fit(new Bounds(0, 0, 2000, 1000), 800, 600, 30);
        assertEquals(740.0 / 2000, big.scale(), 1e-12);
        Point topLeft = big.toScreen(new Point(0, 0));
        Point bottomRight = big.toScreen(new Point(2000, 1000));
        assertEquals(30, topLeft.x(), 1e-9);
        assertEquals(770, bottomRight.x(), 1e-9);
        assertEquals(300, (topLeft.y() + bottomRight.y()) / 2, 1e-9);
    }

    @Test
    void fitOfNothingIsTheIdentityAndHugeContentStopsAt25Percent() {
        assertEquals(ViewTransform.IDENTITY, ViewTransform.fit(null, 800, 600, 30));
        assertEquals(0.25, ViewTransform.fit(new Bounds(0, 0, 100000, 10), 800, 600, 30).scale(), 1e-12);
    }

    @Test
    void contentTooLargeEvenAt25PercentShowsItsTopLeftCornerAtTheMargin() {
        ViewTransform view = ViewTransform.fit(new Bounds(-500, -100, 9500, 2900), 800, 600, 30);
        assertEquals(0.25, view.scale(), 1e-12);
        assertNear(new Point(30, 30), view.toScreen(new Point(-500, -100)));
        ViewTransform wide = ViewTransform.fit(new Bounds(-500, 0, 9500, 100), 800, 600, 30);
        assertNear(new Point(30, 300), wide.toScreen(new Point(-500, 50)));
    }

    @Test
    void aViewWithoutScaleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ViewTransform(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ViewTransform(Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ViewTransform(1, Double.NaN, 0));
    }
}
