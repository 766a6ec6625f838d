package dev.faustwire.core.view;

import dev.faustwire.core.model.Rect;

/** An axis-aligned rectangle given by two corners in any order; what a selection rectangle covers. */
public record Bounds(double left, double top, double right, double bottom) {

    public static Bounds between(Point a, Point b) {
        return new Bounds(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.x(), b.x()), Math.max(a.y(), b.y()));
    }

    public static Bounds of(Rect rect) {
        return new Bounds(rect.x(), rect.y(), rect.x() + rect.width(), rect.y() + rect.height());
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    public boolean contains(Point p) {
        return p.x() >= left && p.x() <= right && p.y() >= top && p.y() <= bottom;
    }

    public boolean intersects(Bounds other) {
        return other.left <= right && other.right >= left && other.top <= bottom && other.bottom >= top;
    }

    /** The smallest bounds holding both. */
    public Bounds union(Bounds other) {
        return new Bounds(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                Math.max(bottom, other.bottom));
    }
}
