package dev.faustwire.core.editor;

import dev.faustwire.core.view.Hit;
import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.ViewTransform;

/**
 * The pointer gesture in progress, from press to release. Points are in canvas pixels except for
 * panning, which works in screen pixels. Nothing changes the patch before the release, which
 * turns the whole gesture into one command.
 */
public sealed interface Gesture {

    /** No button is down. */
    record Idle() implements Gesture {
    }

    /**
     * Pressed on a box and not moved beyond the drag threshold yet. {@code clickSelects} says which
     * box alone the release selects when there was no drag (a press on a selected box keeps the
     * selection so that a drag moves all of it), or null.
     */
    record Pressed(String boxId, Point start, Point screenStart, String clickSelects) implements Gesture {
    }

    /** Dragging the selected boxes; the preview shows them moved by {@code current - start}. */
    record Moving(Point start, Point current) implements Gesture {
    }

    /** Drawing a wire from a port; {@code target} is the port a release would connect to, or null. */
    record Wiring(Hit.OnPort from, Point current, Hit.OnPort target) implements Gesture {
    }

    /** Drawing a selection rectangle; {@code base} is what was selected before (Shift adds to it). */
    record Marquee(Point start, Point current, Selection base) implements Gesture {
    }

    /** Dragging the right edge of a box to change its width. */
    record Resizing(String boxId, double startWidth, Point start, Point current) implements Gesture {
    }

    /** Moving the view (middle button, or Space held while dragging). */
    record Panning(Point screenStart, ViewTransform startView) implements Gesture {
    }

    /** In a locked patch: the pointer went down on a box, whose UI it plays; screen pixels, as a drag's distance. */
    record Playing(String boxId, Point screenStart, Point screenCurrent) implements Gesture {
    }
}
