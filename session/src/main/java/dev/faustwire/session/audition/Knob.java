package dev.faustwire.session.audition;

/**
 * A rotary knob for a control with {@code [style:knob]}: its pointer turns through
 * {@value #SWEEP} degrees from the minimum (down-left) to the maximum (down-right); a vertical
 * drag turns it (up is more), arrow keys move one position, Page Up and Page Down a tenth of the
 * range, Home and End to the ends.
 */
public final class Knob {
    /** Degrees from the minimum to the maximum. */
    public static final double SWEEP = 270;

    private Knob() {
    }

    /** The pointer's angle in degrees, clockwise from straight up: -135 at the minimum, +135 at the maximum. */
    public static double angle(Control c, double value) {
        return -SWEEP / 2 + CanvasPlay.fraction(c, value) * SWEEP;
    }

    /** The value after a vertical drag of {@code dy} screen pixels (down is positive) from {@code start}. */
    public static double dragged(Control c, double start, double dy) {
        return CanvasPlay.dragged(c, start, 0, dy, 0);
    }

    /** The value after a key (DOM {@code KeyboardEvent.key}), or null when the key does nothing to a knob. */
    public static Double key(Control c, double value, String key) {
        int page = Math.max(1, c.positions() / 10);
        int position = c.position(value);
        Integer next = switch (key) {
            case "ArrowUp", "ArrowRight" -> position + 1;
            case "ArrowDown", "ArrowLeft" -> position - 1;
            case "PageUp" -> position + page;
            case "PageDown" -> position - page;
            case "Home" -> 0;
            case "End" -> c.positions();
            default -> null;
        };
        return next == null ? null : Double.valueOf(c.valueAt(next));
    }
}
