package dev.faustwire.core.view;

import dev.faustwire.core.model.Rect;

/**
 * Where a box is drawn and where its ports sit: inlets along the top edge, outlets along the
 * bottom, spread evenly from the left corner to the right one (as in Max and Pd).
 */
public record BoxGeometry(String id, Rect rect, int inlets, int outlets) {
    public static final double BOX_HEIGHT = 22;
    public static final double PORT_WIDTH = 7;
    public static final double PORT_HEIGHT = 3;
    /** Width of one character of the 12 px monospace font boxes use. */
    public static final double CHAR_WIDTH = 7.3;
    /** Height of one line of a comment. */
    public static final double LINE_HEIGHT = 15;
    /** The narrowest box, as in Max. */
    public static final double MIN_WIDTH = 45;

    public Point inlet(int index) {
        return new Point(rect.x() + portX(rect.width(), index, inlets) + PORT_WIDTH / 2, rect.y());
    }

    public Point outlet(int index) {
        return new Point(rect.x() + portX(rect.width(), index, outlets) + PORT_WIDTH / 2, rect.y() + rect.height());
    }

    public Bounds bounds() {
        return Bounds.of(rect);
    }

    /** The x of the left edge of port {@code index} of {@code count}, from the left of a box that wide. */
    public static double portX(double boxWidth, int index, int count) {
        if (count <= 1) {
            return 0;
        }
        double span = Math.max(0, boxWidth - PORT_WIDTH);
        return span * index / (count - 1);
    }

    /** A width that fits one line of text and the ports, never below {@link #MIN_WIDTH}. */
    public static double widthFor(String text, int ports) {
        double byText = CHAR_WIDTH * text.length() + 10;
        double byPorts = ports * (PORT_WIDTH + 4);
        return Math.max(MIN_WIDTH, Math.max(byText, byPorts));
    }
}
