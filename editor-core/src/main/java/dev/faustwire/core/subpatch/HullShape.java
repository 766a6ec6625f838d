package dev.faustwire.core.subpatch;

import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline drawn around an iteration's body: the convex hull (Andrew's monotone chain) of its
 * boxes' corners, each box grown by a margin, clockwise on the screen (y grows downwards) from the leftmost, topmost corner.
 */
public final class HullShape {
    /** How far the outline stays from the boxes it holds. */
    public static final double MARGIN = 8;

    private HullShape() {
    }

    /** The outline around rectangles; empty for none. */
    public static List<Point> around(List<Rect> rects) {
        List<Point> corners = new ArrayList<>();
        for (Rect r : rects) {
            double left = r.x() - MARGIN;
            double top = r.y() - MARGIN;
            double right = r.x() + r.width() + MARGIN;
            double bottom = r.y() + r.height() + MARGIN;
            corners.add(new Point(left, top));
            corners.add(new Point(right, top));
            corners.add(new Point(right, bottom));
            corners.add(new Point(left, bottom));
        }
        corners.sort((a, b) -> a.x() != b.x() ? Double.compare(a.x(), b.x()) : Double.compare(a.y(), b.y()));
        if (corners.size() < 3) {
            return corners;
        }
        List<Point> lower = chain(corners);
        List<Point> reversed = new ArrayList<>(corners);
        java.util.Collections.reverse(reversed);
        List<Point> upper = chain(reversed);
        lower.remove(lower.size() - 1);
        upper.remove(upper.size() - 1);
        lower.addAll(upper);
        return lower;
    }

    private static List<Point> chain(List<Point> points) {
        List<Point> hull = new ArrayList<>();
        for (Point p : points) {
            while (hull.size() >= 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                hull.remove(hull.size() - 1);
            }
            hull.add(p);
        }
        return hull;
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
