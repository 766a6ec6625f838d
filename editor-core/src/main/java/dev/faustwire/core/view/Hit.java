package dev.faustwire.core.view;

/** What lies under the pointer on the canvas. */
public sealed interface Hit {

    /** Nothing: empty canvas. */
    record Empty() implements Hit {
    }

    /** The body of a box; {@code resizeEdge} when on its right edge, where a drag changes its width. */
    record OnBox(String boxId, boolean resizeEdge) implements Hit {
    }

    /** An inlet or an outlet of a box. */
    record OnPort(String boxId, boolean outlet, int index) implements Hit {
    }

    /** A line. */
    record OnLine(String lineId) implements Hit {
    }
}
