package dev.faustwire.core.view;

/**
 * How the canvas is shown: {@code screen = canvas * scale + (offsetX, offsetY)}, screen pixels
 * counted from the top-left corner of the canvas element. Zoom stays between 25% and 400%.
 */
public record ViewTransform(double scale, double offsetX, double offsetY) {
    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 4;
    /** One zoom step of the keyboard (Ctrl+= and Ctrl+-). */
    public static final double STEP = 1.25;
    public static final ViewTransform IDENTITY = new ViewTransform(1, 0, 0);

    public ViewTransform {
        if (!(scale > 0) || Double.isInfinite(scale) || Double.isNaN(offsetX) || Double.isNaN(offsetY)) {
            throw new IllegalArgumentException("not a view: scale " + scale + ", offset " + offsetX + ", " + offsetY);
        }
    }

    public Point toCanvas(Point screen) {
        return new Point((screen.x() - offsetX) / scale, (screen.y() - offsetY) / scale);
    }

    public Point toScreen(Point canvas) {
        return new Point(canvas.x() * scale + offsetX, canvas.y() * scale + offsetY);
    }

    /** Zoomed by {@code factor} (clamped to 25%..400%) so that the canvas point under {@code screen} stays there. */
    public ViewTransform zoomAround(Point screen, double factor) {
        double newScale = clamp(scale * factor);
        Point fixed = toCanvas(screen);
        return new ViewTransform(newScale, screen.x() - fixed.x() * newScale, screen.y() - fixed.y() * newScale);
    }

    /** Moved by screen pixels. */
    public ViewTransform pannedBy(double dx, double dy) {
        return new ViewTransform(scale, offsetX + dx, offsetY + dy);
    }

    /**
     * The view that shows {@code content} (canvas pixels) whole and centred in a viewport of that
     * size (screen pixels) with a margin, never above 100% nor below 25% (then its top left corner
     * is shown at the margin); the identity when there is nothing.
     */
    public static ViewTransform fit(Bounds content, double viewportWidth, double viewportHeight, double margin) {
        if (content == null || viewportWidth <= 2 * margin || viewportHeight <= 2 * margin) {
            return IDENTITY;
        }
        double byWidth = (viewportWidth - 2 * margin) / Math.max(1, content.width());
        double byHeight = (viewportHeight - 2 * margin) / Math.max(1, content.height());
        double s = Math.max(MIN_SCALE, Math.min(1, Math.min(byWidth, byHeight)));
        // Centred; content that is larger than the viewport even at 25% starts at the margin, so its
        // left and top edges are seen rather than cut off on both sides.
        double x = content.width() * s <= viewportWidth - 2 * margin
                ? (viewportWidth - content.width() * s) / 2 - content.left() * s : margin - content.left() * s;
        double y = content.height() * s <= viewportHeight - 2 * margin
                ? (viewportHeight - content.height() * s) / 2 - content.top() * s : margin - content.top() * s;
        return new ViewTransform(s, x, y);
    }

    static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
