package dev.faustwire.core.editor;

import dev.faustwire.core.view.BoxGeometry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where the keyboard focus goes among the boxes of a level: Tab follows reading order (rows top to
 * bottom, each row left to right; boxes whose middles are within {@link #ROW_TOLERANCE} of a row's
 * first box belong to that row, so a hand-placed patch reads as its rows), and an arrow goes to the
 * nearest box in its direction.
 */
public final class FocusOrder {
    /** How far (canvas pixels) a box's middle may sit below a row's first box and still be on that row. */
    public static final double ROW_TOLERANCE = 12;

    /** An arrow's direction. */
    public enum Direction { LEFT, RIGHT, UP, DOWN }

    private FocusOrder() {
    }

    /** The boxes' ids in reading order. */
    public static List<String> readingOrder(Collection<BoxGeometry> boxes) {
        List<BoxGeometry> byTop = new ArrayList<>(boxes);
        byTop.sort((a, b) -> {
            int c = Double.compare(middleY(a), middleY(b));
            return c != 0 ? c : Double.compare(a.rect().x(), b.rect().x());
        });
        List<String> order = new ArrayList<>();
        int start = 0;
        while (start < byTop.size()) {
            double rowY = middleY(byTop.get(start));
            int end = start + 1;
            while (end < byTop.size() && middleY(byTop.get(end)) - rowY <= ROW_TOLERANCE) {
                end++;
            }
            List<BoxGeometry> row = new ArrayList<>(byTop.subList(start, end));
            row.sort((a, b) -> {
                int c = Double.compare(a.rect().x(), b.rect().x());
                return c != 0 ? c : a.id().compareTo(b.id());
            });
            for (BoxGeometry box : row) {
                order.add(box.id());
            }
            start = end;
        }
        return order;
    }

    /**
     * The box after (or before) {@code from} in reading order; the first (or last) when {@code from}
     * is null; null past the end, where Tab leaves the canvas.
     */
    public static String step(Collection<BoxGeometry> boxes, String from, boolean forward) {
        List<String> order = readingOrder(boxes);
        if (order.isEmpty()) {
            return null;
        }
        int at = from == null ? -1 : order.indexOf(from);
        if (at < 0) {
            return forward ? order.get(0) : order.get(order.size() - 1);
        }
        int next = forward ? at + 1 : at - 1;
        return next < 0 || next >= order.size() ? null : order.get(next);
    }

    /**
     * The nearest box in a direction from {@code from}, or null. Only boxes ahead count: for Right,
     * a box whose left edge is right of the focused box's middle and whose right edge is beyond its
     * right edge (so the next box of a row is ahead even when they touch, and the box below, a few
     * pixels to the right, is not). Those within 45 degrees of the arrow come first; only when there is none do boxes
     * further off to the side count, and only those wholly past the focused box's edge. The score is the distance along the arrow (between middles) plus twice
     * the gap across it (zero when the boxes overlap across it, so a wide box's neighbour below is
     * below it), so a box straight ahead wins over a closer one off to the side; ties go to the box
     * whose middle is nearer the line.
     */
    public static String nearest(Collection<BoxGeometry> boxes, String from, Direction direction) {
        BoxGeometry origin = null;
        for (BoxGeometry box : boxes) {
            if (box.id().equals(from)) {
                origin = box;
            }
        }
        if (origin == null) {
            return null;
        }
        boolean horizontal = direction == Direction.LEFT || direction == Direction.RIGHT;
        String best = null;
        double[] bestScore = null;
        for (BoxGeometry box : boxes) {
            if (box == origin) {
                continue;
            }
            double dx = middleX(box) - middleX(origin);
            double dy = middleY(box) - middleY(origin);
            double along = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            if (along <= 0 || !ahead(origin.rect(), box.rect(), direction)) {
                continue;
            }
            double gap = horizontal ? gap(origin.rect().y(), origin.rect().height(), box.rect().y(), box.rect().height())
                    : gap(origin.rect().x(), origin.rect().width(), box.rect().x(), box.rect().width());
            boolean inCone = gap <= along;
            if (!inCone && !wholly(origin.rect(), box.rect(), direction)) {
                continue; // off to the side and not wholly past the edge: the first box of a row has none on its left
            }
            double[] score = {inCone ? 0 : 1, along + 2 * gap, Math.abs(horizontal ? dy : dx)};
            if (bestScore == null || less(score, bestScore)) {
                best = box.id();
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean ahead(dev.faustwire.core.model.Rect from, dev.faustwire.core.model.Rect to, Direction direction) {
        return switch (direction) {
            case RIGHT -> to.x() >= from.x() + from.width() / 2 && to.x() + to.width() > from.x() + from.width();
            case LEFT -> to.x() + to.width() <= from.x() + from.width() / 2 && to.x() < from.x();
            case DOWN -> to.y() >= from.y() + from.height() / 2 && to.y() + to.height() > from.y() + from.height();
            case UP -> to.y() + to.height() <= from.y() + from.height() / 2 && to.y() < from.y();
        };
    }

    /** Wholly past the edge of {@code from} that faces the direction. */
    private static boolean wholly(dev.faustwire.core.model.Rect from, dev.faustwire.core.model.Rect to, Direction direction) {
        return switch (direction) {
            case RIGHT -> to.x() >= from.x() + from.width();
            case LEFT -> to.x() + to.width() <= from.x();
            case DOWN -> to.y() >= from.y() + from.height();
            case UP -> to.y() + to.height() <= from.y();
        };
    }

    private static boolean less(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return false;
    }

    /** The empty space between two intervals, zero when they overlap. */
    private static double gap(double start1, double length1, double start2, double length2) {
        return Math.max(0, Math.max(start2 - (start1 + length1), start1 - (start2 + length2)));
    }

    private static double middleX(BoxGeometry box) {
        return box.rect().x() + box.rect().width() / 2;
    }

    private static double middleY(BoxGeometry box) {
        return box.rect().y() + box.rect().height() / 2;
    }
}
