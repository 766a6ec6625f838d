package dev.faustwire.core.view;

import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what is under a canvas point: a port first (so that a wire can start from a small target),
 * then the topmost box, then the nearest line. Tolerances are in screen pixels, so a port is as
 * easy to hit at 25% as at 400%.
 */
public final class HitTest {
    /** How far from a port (screen pixels) a press still takes it. */
    static final double PORT_REACH = 5;
    /** How far from a port's band (screen pixels) a press on the box itself takes the port. */
    static final double INSIDE_REACH = 2;
    /** Height of the band along a box's edge where a port can be taken (canvas pixels). */
    static final double PORT_BAND = 4;
    /** How far from a line (screen pixels) a press still takes it. */
    static final double LINE_REACH = 4;
    /** Width of the strip along a box's right edge that resizes it (screen pixels). */
    static final double RESIZE_EDGE = 4;
    /** How far a dragged wire's end (screen pixels) snaps to the nearest free port. */
    static final double SNAP_REACH = 14;

    private HitTest() {
    }

    public static Hit at(Patch patch, Layout layout, Point p, double scale) {
        Hit port = port(layout, p, PORT_REACH / scale, INSIDE_REACH / scale, null);
        if (port != null) {
            return port;
        }
        List<BoxGeometry> boxes = new ArrayList<>(layout.boxes());
        for (int i = boxes.size() - 1; i >= 0; i--) {
            BoxGeometry box = boxes.get(i);
            if (box.bounds().contains(p)) {
                boolean edge = p.x() >= box.rect().x() + box.rect().width() - RESIZE_EDGE / scale;
                return new Hit.OnBox(box.id(), edge);
            }
        }
        String line = line(patch, layout, p, LINE_REACH / scale);
        return line == null ? new Hit.Empty() : new Hit.OnLine(line);
    }

    /**
     * The port a wire dragged from {@code from} would end on near {@code p}: the nearest port of the
     * other kind within reach, on any box (a box may feed itself through a delay), or null.
     */
    public static Hit.OnPort target(Layout layout, Hit.OnPort from, Point p, double scale) {
        return port(layout, p, SNAP_REACH / scale, SNAP_REACH / scale, !from.outlet());
    }

    /**
     * The nearest port of the wanted kind (null: either) within {@code reach} (canvas pixels) of
     * its band, or within {@code insideReach} when the point is on the box itself, or null.
     */
    private static Hit.OnPort port(Layout layout, Point p, double outsideReach, double insideReach, Boolean outlet) {
        double reach = Math.max(outsideReach, insideReach);
        Hit.OnPort best = null;
        double bestDistance = reach;
        for (BoxGeometry box : layout.boxes()) {
            Bounds near = new Bounds(box.rect().x() - reach, box.rect().y() - reach,
                    box.rect().x() + box.rect().width() + reach, box.rect().y() + box.rect().height() + reach);
            if (!near.contains(p)) {
                continue;
            }
            double boxReach = box.bounds().contains(p) ? insideReach : outsideReach;
            if (outlet == null || !outlet) {
                for (int i = 0; i < box.inlets(); i++) {
                    double d = portDistance(box.inlet(i), p, false);
                    if (d <= boxReach && d <= bestDistance) {
                        bestDistance = d;
                        best = new Hit.OnPort(box.id(), false, i);
                    }
                }
            }
            if (outlet == null || outlet) {
                for (int i = 0; i < box.outlets(); i++) {
                    double d = portDistance(box.outlet(i), p, true);
                    if (d <= boxReach && d <= bestDistance) {
                        bestDistance = d;
                        best = new Hit.OnPort(box.id(), true, i);
                    }
                }
            }
        }
        return best;
    }

    /**
     * Distance from a point to the small rectangle of a port whose edge centre is {@code anchor}
     * (the port is drawn inside the box: below the top edge for an inlet, above the bottom for an outlet).
     */
    private static double portDistance(Point anchor, Point p, boolean outlet) {
        double left = anchor.x() - BoxGeometry.PORT_WIDTH / 2;
        double right = anchor.x() + BoxGeometry.PORT_WIDTH / 2;
        double top = outlet ? anchor.y() - PORT_BAND : anchor.y();
        double bottom = outlet ? anchor.y() : anchor.y() + PORT_BAND;
        double dx = Math.max(0, Math.max(left - p.x(), p.x() - right));
        double dy = Math.max(0, Math.max(top - p.y(), p.y() - bottom));
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static String line(Patch patch, Layout layout, Point p, double reach) {
        String best = null;
        double bestDistance = reach;
        for (Line line : patch.lines().values()) {
            Wire wire = wireOf(layout, line);
            if (wire == null) {
                continue;
            }
            double d = wire.distanceTo(p);
            if (d <= bestDistance) {
                bestDistance = d;
                best = line.id();
            }
        }
        return best;
    }

    /** The curve of a line, or null when one of its boxes is missing. */
    public static Wire wireOf(Layout layout, Line line) {
        BoxGeometry src = layout.box(line.src().boxId());
        BoxGeometry dest = layout.box(line.dest().boxId());
        if (src == null || dest == null) {
            return null;
        }
        return Wire.of(line, src, dest);
    }
}
