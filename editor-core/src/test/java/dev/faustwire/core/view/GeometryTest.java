package dev.faustwire.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Port positions, box sizes and the layout of a level. */
class GeometryTest {
    static Patch patch(List<Box> boxes, List<Line> lines) {
        Map<String, Box> b = new TreeMap<>();
        boxes.forEach(box -> b.put(box.id(), box));
        Map<String, Line> l = new TreeMap<>();
        lines.forEach(line -> l.put(line.id(), line));
        return new Patch(b, l, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    @Test
    void portsSpreadFromTheLeftCornerToTheRightOne() {
        BoxGeometry box = new BoxGeometry("box-1", new Rect(100, 50, 67, 22), 3, 1);
        assertEquals(new Point(103.5, 50), box.inlet(0));
        assertEquals(new Point(133.5, 50), box.inlet(1));
        assertEquals(new Point(163.5, 50), box.inlet(2), "the last inlet sits at the right edge");
        assertEquals(new Point(103.5, 72), box.outlet(0), "a single outlet sits at the left, on the bottom edge");
    }

    @Test
    void aBoxIsAsWideAsItsTextAndItsPortsButNeverBelowTheMinimum() {
        assertEquals(BoxGeometry.MIN_WIDTH, BoxGeometry.widthFor("+", 2));
        assertEquals(7.3 * 26 + 10, BoxGeometry.widthFor("hslider freq 440 20 2000 1", 1), 1e-9);
        assertEquals(12 * 11, BoxGeometry.widthFor("si.bus 12", 12), 1e-9, "12 ports need 11 px each");
    }

    @Test
    void layoutWidensToTheTextStacksBoxesWithoutAPlaceAndKeepsAWiderStoredWidth() {
        Box wide = new Box("box-1", "+", new Rect(10, 10, 200, 22));
        Box narrow = new Box("box-2", "hslider freq 440 20 2000 1", new Rect(10, 50, 45, 22));
        Box placeless = new Box("box-3", "out 1", null);
        Box placeless2 = new Box("box-4", "out 2", null);
        Layout layout = Layout.of(patch(List.of(wide, narrow, placeless, placeless2), List.of()), new FakePorts());

        assertEquals(200, layout.box("box-1").rect().width());
        assertEquals(BoxGeometry.widthFor(narrow.text(), 1), layout.box("box-2").rect().width(), 1e-9);
        assertEquals(new Point(15, 15), new Point(layout.box("box-3").rect().x(), layout.box("box-3").rect().y()));
        assertEquals(60, layout.box("box-4").rect().y());
        assertEquals(new Bounds(10, 10, 210, 82), layout.contentBounds());
    }

    @Test
    void aBoxHasAtLeastThePortsItsLinesUse() {
        Box unknown = new Box("box-1", "nosuchthing", new Rect(0, 0, 45, 22));
        Box sink = new Box("box-2", "out 1", new Rect(0, 60, 45, 22));
        Line line = new Line("line-1", new Port("box-1", 2), new Port("box-2", 0));
        Layout layout = Layout.of(patch(List.of(unknown, sink), List.of(line)), new FakePorts());
        assertEquals(3, layout.box("box-1").outlets(), "an unknown box keeps drawing the line from its third outlet");
    }

    @Test
    void aCommentShowsItsNoteOnAsManyLinesAsItHas() {
        Box jspatcher = new Box("box-1", "comment", new Rect(0, 0, 150, 20),
                JsonObject.EMPTY.with("value", new JsonString("Mean of n\nrecent samples")), null, null, JsonObject.EMPTY);
        assertEquals(List.of("Mean of n", "recent samples"), BoxLabel.lines(jspatcher));
        assertTrue(BoxLabel.isComment(jspatcher));
        Layout layout = Layout.of(patch(List.of(jspatcher), List.of()), new FakePorts());
        assertEquals(2 * BoxGeometry.LINE_HEIGHT + 7, layout.box("box-1").rect().height());

        Box typed = new Box("box-2", "comment a note", null);
        assertEquals("a note", BoxLabel.note(typed));
        assertNull(BoxLabel.note(new Box("box-3", "commentary", null)), "only the word comment makes a comment");
    }

    @Test
    void boxesInARectangleAreThoseItTouches() {
        Box a = new Box("box-1", "in 1", new Rect(0, 0, 45, 22));
        Box b = new Box("box-2", "out 1", new Rect(100, 100, 45, 22));
        Layout layout = Layout.of(patch(List.of(a, b), List.of()), new FakePorts());
        assertEquals(List.of("box-1"), layout.boxesIn(new Bounds(40, 20, 60, 60)));
        assertEquals(List.of("box-1", "box-2"), layout.boxesIn(new Bounds(-5, -5, 101, 101)));
        assertEquals(List.of(), layout.boxesIn(new Bounds(50, 30, 90, 90)));
    }
}
