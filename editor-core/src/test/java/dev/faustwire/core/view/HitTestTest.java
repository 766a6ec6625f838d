package dev.faustwire.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What lies under a point: ports before boxes, the top box, lines, and wire targets. */
class HitTestTest {
    private static final Box IN = new Box("box-1", "in 1", new Rect(100, 100, 45, 22));
    private static final Box ADD = new Box("box-2", "+", new Rect(100, 200, 60, 22));
    private static final Box OVER = new Box("box-3", "mem", new Rect(120, 205, 45, 22));
    private static final Line LINE = new Line("line-1", new Port("box-1", 0), new Port("box-2", 0));
    private static final Patch PATCH = GeometryTest.patch(List.of(IN, ADD, OVER), List.of(LINE));
    private static final Layout LAYOUT = Layout.of(PATCH, new FakePorts());

    @Test
    void aPressOnAnOutletTakesThePortNotTheBox() {
        assertEquals(new Hit.OnPort("box-1", true, 0), HitTest.at(PATCH, LAYOUT, new Point(104, 121), 1));
        assertEquals(new Hit.OnPort("box-1", true, 0), HitTest.at(PATCH, LAYOUT, new Point(104, 125), 1),
                "a little below the box still takes its outlet");
        assertEquals(new Hit.OnPort("box-2", false, 1), HitTest.at(PATCH, LAYOUT, new Point(156, 200), 1));
    }

    @Test
    void thePortReachIsInScreenPixels() {
        Point beside = new Point(96, 124);
        assertTrue(HitTest.at(PATCH, LAYOUT, beside, 1) instanceof Hit.OnPort, "4.5 px away at 100%");
        assertTrue(HitTest.at(PATCH, LAYOUT, beside, 4) instanceof Hit.Empty, "18 screen px away at 400%");
    }

    @Test
    void theBoxOnTopWinsAndItsRightEdgeResizes() {
        assertEquals(new Hit.OnBox("box-3", false), HitTest.at(PATCH, LAYOUT, new Point(140, 215), 1));
        assertEquals(new Hit.OnBox("box-2", false), HitTest.at(PATCH, LAYOUT, new Point(110, 215), 1));
        assertEquals(new Hit.OnBox("box-2", false), HitTest.at(PATCH, LAYOUT, new Point(104, 212), 1),
                "the middle of a box above its outlet is the box: it drags");
        assertEquals(new Hit.OnBox("box-3", true), HitTest.at(PATCH, LAYOUT, new Point(163, 215), 1));
    }

    @Test
    void aPressNearALineTakesItAndEmptyCanvasIsEmpty() {
        Wire wire = HitTest.wireOf(LAYOUT, LINE);
        Point middle = wire.at(0.5);
        assertEquals(new Hit.OnLine("line-1"), HitTest.at(PATCH, LAYOUT, middle.plus(3, 0), 1));
        assertEquals(new Hit.Empty(), HitTest.at(PATCH, LAYOUT, middle.plus(8, 0), 1));
        assertEquals(new Hit.Empty(), HitTest.at(PATCH, LAYOUT, new Point(500, 500), 1));
    }

    @Test
    void aWireSnapsToTheNearestPortOfTheOtherKind() {
        Hit.OnPort from = new Hit.OnPort("box-1", true, 0);
        assertEquals(new Hit.OnPort("box-2", false, 0), HitTest.target(LAYOUT, from, new Point(110, 192), 1));
        assertNull(HitTest.target(LAYOUT, from, new Point(104, 121), 1), "an outlet is no target for an outlet");
        Hit.OnPort fromInlet = new Hit.OnPort("box-2", false, 0);
        assertEquals(new Hit.OnPort("box-1", true, 0), HitTest.target(LAYOUT, fromInlet, new Point(106, 130), 1));
    }

    @Test
    void aFeedbackWireSwingsBelowItsOutletAndComesInFromAbove() {
        Wire back = Wire.between(new Point(0, 200), new Point(0, 100));
        assertTrue(back.control1().y() > 200, "leaves downwards");
        assertTrue(back.control2().y() < 100, "enters from above");
        Wire down = Wire.between(new Point(0, 100), new Point(50, 300));
        assertEquals(new Point(0, 100), down.at(0));
        assertEquals(new Point(50, 300), down.at(1));
        assertTrue(down.distanceTo(down.at(0.37)) < 0.5);
    }
}
