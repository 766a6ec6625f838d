package dev.faustwire.session.audition;

/**
 * What a UI box on the canvas shows and does in play mode: the bar and the number of its value, and
 * the value a drag from a press gives. A horizontal slider follows the pointer across the box (its
 * whole range over the box's width); a vertical slider, an nentry and a knob follow it up and down
 * ({@link #VERTICAL_TRAVEL} pixels for the range). The drag is relative: a press alone changes nothing.
 */
public final class CanvasPlay {
    /** Screen pixels of vertical travel for a control's whole range. */
    public static final double VERTICAL_TRAVEL = 200;
    /** The least width a horizontal drag spreads the range over, so a narrow box is not too coarse. */
    static final double MIN_TRAVEL = 100;

    private CanvasPlay() {
    }

    /** How far along its range the value is, 0 to 1 (by slider position, so a log slider fills logarithmically). */
    public static double fraction(Control c, double value) {
        return c.positions() == 0 ? 0 : c.position(value) / (double) c.positions();
    }

    /** The value after a drag of (dx, dy) screen pixels from a press when the value was {@code start}. */
    public static double dragged(Control c, double start, double dx, double dy, double boxWidth) {
        double moved = c.kind() == Control.Kind.HSLIDER && !c.look().knob()
                ? dx / Math.max(MIN_TRAVEL, boxWidth) : -dy / VERTICAL_TRAVEL;
        int position = c.position(start) + (int) Math.round(moved * c.positions());
        return c.valueAt(position);
    }

    /** True for the controls a drag sets; buttons and checkboxes are pressed, bargraphs only shown. */
    public static boolean draggable(Control c) {
        return c.kind().isSlider() || c.kind() == Control.Kind.NENTRY;
    }
}
