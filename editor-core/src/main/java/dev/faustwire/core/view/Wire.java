package dev.faustwire.core.view;

import dev.faustwire.core.model.Line;

/**
 * The curve of a line, a cubic Bézier from an outlet down to an inlet. A line that goes down
 * leaves and enters vertically; one that goes back up (feedback, or fan-in from below) swings out
 * below its outlet and comes in from above its inlet, so that a loop reads as a loop and lines into
 * one inlet stay apart.
 */
public record Wire(Point from, Point control1, Point control2, Point to) {
    /** Straight segments a curve is cut into for hit-testing. */
    static final int SEGMENTS = 16;

    public static Wire between(Point from, Point to) {
        double dy = to.y() - from.y();
        double reach = dy > 0 ? Math.max(12, dy * 0.45) : 18 + Math.min(60, -dy * 0.3);
        return new Wire(from, from.plus(0, reach), to.plus(0, -reach), to);
    }

    /** The curve of a line from its outlet on {@code src} to its inlet on {@code dest}. */
    public static Wire of(Line line, BoxGeometry src, BoxGeometry dest) {
        return between(src.outlet(line.src().index()), dest.inlet(line.dest().index()));
    }

    /** The point at {@code t} in 0..1 along the curve. */
    public Point at(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point(a * from.x() + b * control1.x() + c * control2.x() + d * to.x(),
                a * from.y() + b * control1.y() + c * control2.y() + d * to.y());
    }

    /** The shortest distance from a point to the curve, within a fraction of a pixel. */
    public double distanceTo(Point p) {
        double best = Double.MAX_VALUE;
        Point previous = from;
        for (int i = 1; i <= SEGMENTS; i++) {
            Point next = at((double) i / SEGMENTS);
            best = Math.min(best, segmentDistance(p, previous, next));
            previous = next;
        }
        return best;
    }

    private static double segmentDistance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2;
        t = Math.max(0, Math.min(1, t));
        return p.distanceTo(new Point(a.x() + t * dx, a.y() + t * dy));
    }
}
