package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.editor.FocusOrder.Direction;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.BoxGeometry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Reading order and arrow moves on a few hundred random layouts: what must hold whatever the layout. */
class FocusOrderPropertyTest {
    private static final int LAYOUTS = 300;

    private static List<BoxGeometry> randomLayout(Random random) {
        List<BoxGeometry> boxes = new ArrayList<>();
        int count = 1 + random.nextInt(25);
        for (int i = 0; i < count; i++) {
            double width = 45 + random.nextInt(120);
            boxes.add(new BoxGeometry("box-" + (i + 1), new Rect(random.nextInt(800), random.nextInt(600), width, 22), 1, 1));
        }
        return boxes;
    }

    /** A rows x columns grid, 150 x 80 px apart, each box jittered by less than the row tolerance allows. */
    private static List<BoxGeometry> jitteredGrid(Random random, int rows, int columns, List<String> rowMajor) {
        List<BoxGeometry> boxes = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String id = "r" + r + "c" + c;
                rowMajor.add(id);
                double dx = random.nextInt(21) - 10;
                double dy = random.nextInt((int) FocusOrder.ROW_TOLERANCE / 2 + 1);
                boxes.add(new BoxGeometry(id, new Rect(c * 150 + dx, r * 80 + dy, 45 + random.nextInt(60), 22), 1, 1));
            }
        }
        Collections.shuffle(boxes, random);
        return boxes;
    }

    @Test
    void readingOrderHoldsEveryBoxOnceAndTabWalksItBothWays() {
        Random random = new Random(17);
        for (int layout = 0; layout < LAYOUTS; layout++) {
            List<BoxGeometry> boxes = randomLayout(random);
            List<String> order = FocusOrder.readingOrder(boxes);
            TreeSet<String> ids = new TreeSet<>();
            for (BoxGeometry b : boxes) {
                ids.add(b.id());
            }
            assertEquals(ids, new TreeSet<>(order), "a permutation");
            assertEquals(boxes.size(), order.size());
            List<String> forward = new ArrayList<>();
            for (String at = FocusOrder.step(boxes, null, true); at != null; at = FocusOrder.step(boxes, at, true)) {
                forward.add(at);
                assertTrue(forward.size() <= boxes.size(), "Tab never cycles inside the canvas");
            }
            assertEquals(order, forward);
            List<String> backward = new ArrayList<>();
            for (String at = FocusOrder.step(boxes, null, false); at != null; at = FocusOrder.step(boxes, at, false)) {
                backward.add(at);
                assertTrue(backward.size() <= boxes.size());
            }
            Collections.reverse(backward);
            assertEquals(order, backward, "Shift+Tab is Tab backwards");
        }
    }

    @Test
    void rowsReadTopToBottom() {
        Random random = new Random(5);
        for (int layout = 0; layout < LAYOUTS; layout++) {
            List<BoxGeometry> boxes = randomLayout(random);
            List<String> order = FocusOrder.readingOrder(boxes);
            for (int i = 1; i < order.size(); i++) {
                double before = middleY(boxes, order.get(i - 1));
                double after = middleY(boxes, order.get(i));
                // a box may come before one that is up to the tolerance higher (same row), never more
                assertTrue(after >= before - FocusOrder.ROW_TOLERANCE, order.get(i) + " comes after " + order.get(i - 1));
            }
        }
    }

    @Test
    void aJitteredGridReadsRowMajor() {
        Random random = new Random(3);
        for (int layout = 0; layout < 100; layout++) {
            List<String> rowMajor = new ArrayList<>();
            List<BoxGeometry> boxes = jitteredGrid(random, 1 + random.nextInt(5), 1 + random.nextInt(5), rowMajor);
            assertEquals(rowMajor, FocusOrder.readingOrder(boxes));
        }
    }

    @Test
    void onAJitteredGridArrowsGoToTheGridNeighbour() {
        Random random = new Random(11);
        for (int layout = 0; layout < 100; layout++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(5);
            List<BoxGeometry> boxes = jitteredGrid(random, rows, columns, new ArrayList<>());
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    String at = "r" + r + "c" + c;
                    assertEquals(c + 1 < columns ? "r" + r + "c" + (c + 1) : null, FocusOrder.nearest(boxes, at, Direction.RIGHT));
                    assertEquals(c > 0 ? "r" + r + "c" + (c - 1) : null, FocusOrder.nearest(boxes, at, Direction.LEFT));
                    assertEquals(r + 1 < rows ? "r" + (r + 1) + "c" + c : null, FocusOrder.nearest(boxes, at, Direction.DOWN));
                    assertEquals(r > 0 ? "r" + (r - 1) + "c" + c : null, FocusOrder.nearest(boxes, at, Direction.UP));
                }
            }
        }
    }

    @Test
    void anArrowOnlyEverGoesAheadAndFindsABoxWheneverOneIsAhead() {
        Random random = new Random(29);
        for (int layout = 0; layout < LAYOUTS; layout++) {
            List<BoxGeometry> boxes = randomLayout(random);
            for (BoxGeometry from : boxes) {
                for (Direction direction : Direction.values()) {
                    String to = FocusOrder.nearest(boxes, from.id(), direction);
                    boolean anyAhead = false;
                    for (BoxGeometry other : boxes) {
                        anyAhead |= other != from && ahead(from, other, direction) > 0 && wholly(from, other, direction);
                    }
                    if (anyAhead) {
                        assertNotNull(to, "a box lies wholly " + direction + " of " + from.id());
                    }
                    if (to == null) {
                        continue;
                    }
                    assertTrue(ahead(from, box(boxes, to), direction) > 0 && beyond(from, box(boxes, to), direction),
                            to + " is not " + direction + " of " + from.id());
                }
            }
        }
    }

    @Test
    void goingAndComingBackOnAGridReturnsToTheStart() {
        Random random = new Random(23);
        List<BoxGeometry> boxes = jitteredGrid(random, 4, 4, new ArrayList<>());
        Direction[][] pairs = {{Direction.LEFT, Direction.RIGHT}, {Direction.UP, Direction.DOWN}};
        for (BoxGeometry from : boxes) {
            for (Direction[] pair : pairs) {
                for (int way = 0; way < 2; way++) {
                    String there = FocusOrder.nearest(boxes, from.id(), pair[way]);
                    if (there != null) {
                        assertEquals(from.id(), FocusOrder.nearest(boxes, there, pair[1 - way]));
                    }
                }
            }
        }
    }

    private static double ahead(BoxGeometry from, BoxGeometry to, Direction direction) {
        double dx = to.rect().x() + to.rect().width() / 2 - from.rect().x() - from.rect().width() / 2;
        double dy = to.rect().y() + to.rect().height() / 2 - from.rect().y() - from.rect().height() / 2;
        return switch (direction) {
            case LEFT -> -dx;
            case RIGHT -> dx;
            case UP -> -dy;
            case DOWN -> dy;
        };
    }

    /** Past the middle and reaching beyond the far edge of {@code from}, written out again here. */
    private static boolean beyond(BoxGeometry from, BoxGeometry to, Direction direction) {
        Rect a = from.rect();
        Rect b = to.rect();
        return switch (direction) {
            case RIGHT -> b.x() >= a.x() + a.width() / 2 && b.x() + b.width() > a.x() + a.width();
            case LEFT -> b.x() + b.width() <= a.x() + a.width() / 2 && b.x() < a.x();
            case DOWN -> b.y() >= a.y() + a.height() / 2 && b.y() + b.height() > a.y() + a.height();
            case UP -> b.y() + b.height() <= a.y() + a.height() / 2 && b.y() < a.y();
        };
    }

    private static boolean wholly(BoxGeometry from, BoxGeometry to, Direction direction) {
        Rect a = from.rect();
        Rect b = to.rect();
        return switch (direction) {
            case RIGHT -> b.x() >= a.x() + a.width();
            case LEFT -> b.x() + b.width() <= a.x();
            case DOWN -> b.y() >= a.y() + a.height();
            case UP -> b.y() + b.height() <= a.y();
        };
    }

    private static BoxGeometry box(List<BoxGeometry> boxes, String id) {
        for (BoxGeometry b : boxes) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static double middleY(List<BoxGeometry> boxes, String id) {
        BoxGeometry b = box(boxes, id);
        return b.rect().y() + b.rect().height() / 2;
    }
}
