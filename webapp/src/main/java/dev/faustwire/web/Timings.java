package dev.faustwire.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the editor's benchmark reads from the page (never used to edit): the time from a click
 * that opens a patch to its first painted frame, and the work of each frame painted during a
 * gesture (scene and SVG), in ms.
 */
final class Timings {
    private static final List<Double> OPENS = new ArrayList<>();
    private static final List<Double> FRAMES = new ArrayList<>();
    private static double openStart = -1;

    private Timings() {
    }

    /** A patch is asked for. */
    static void openStarted() {
        openStart = Dom.now();
    }

    /** The opened patch was painted: the time is taken at the next frame, once the browser drew it. */
    static void openPainted() {
        if (openStart >= 0) {
            double start = openStart;
            openStart = -1;
            Dom.nextFrame(() -> OPENS.add(Dom.now() - start));
        }
    }

    static void frame(double ms) {
        FRAMES.add(ms);
    }

    /** {@code {"opens": [...], "frames": [...]}}, and forgets them. */
    static String takeJson() {
        String json = "{\"opens\": " + list(OPENS) + ", \"frames\": " + list(FRAMES) + "}";
        OPENS.clear();
        FRAMES.clear();
        return json;
    }

    private static String list(List<Double> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(values.get(i));
        }
        return out.append(']').toString();
    }
}
