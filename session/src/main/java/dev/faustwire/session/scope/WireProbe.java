package dev.faustwire.session.scope;

import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.Hit;
import java.util.List;

/**
 * The wire the page listens to while audio is on: chosen by a click on a line (or on an outlet) of
 * the top level, dropped by a click on it again, by Escape, or when its box goes. It lives only in
 * the page: the compile request for sound carries it (as {@code "tap"}), the saved patch does not.
 */
public final class WireProbe {
    private String lineId;
    private String boxId;
    private int outlet;

    /** True when a wire is probed. */
    public boolean active() {
        return boxId != null;
    }

    /** The probed line's id (null when the probe was chosen on an outlet no line leaves, or none is probed). */
    public String lineId() {
        return lineId;
    }

    public String boxId() {
        return boxId;
    }

    public int outlet() {
        return outlet;
    }

    /**
     * A click (no drag) that hit {@code hit} on the open level {@code level} (empty: the top) of
     * {@code top}; true when the probe changed. Wires inside sub-patchers are not probed.
     */
    public boolean clicked(Patch top, List<String> level, Hit hit) {
        if (!level.isEmpty()) {
            return false;
        }
        if (hit instanceof Hit.OnLine onLine) {
            Line line = top.line(onLine.lineId());
            if (line == null) {
                return false;
            }
            if (onLine.lineId().equals(lineId)) {
                return clear();
            }
            choose(line.id(), line.src().boxId(), line.src().index());
            return true;
        }
        if (hit instanceof Hit.OnPort port && port.outlet()) {
            if (port.boxId().equals(boxId) && port.index() == outlet) {
                return clear();
            }
            choose(firstLineFrom(top, port.boxId(), port.index()), port.boxId(), port.index());
            return true;
        }
        return false;
    }

    /** Drops the probe; true when there was one. */
    public boolean clear() {
        boolean had = active();
        lineId = null;
        boxId = null;
        return had;
    }

    /** After an edit: the probe goes with its box; a probed line that went is replaced by another from the outlet. */
    public boolean patchChanged(Patch top) {
        if (!active()) {
            return false;
        }
        if (top.boxes().get(boxId) == null) {
            return clear();
        }
        if (lineId != null && top.line(lineId) == null) {
            lineId = firstLineFrom(top, boxId, outlet);
            return true;
        }
        return false;
    }

    /** The {@code "tap"} field of a compile request, {@code {"box": "box-1", "outlet": 0}}, or null. */
    public String requestField() {
        if (!active()) {
            return null;
        }
        return "{\"box\": " + JsonWriter.write(new JsonString(boxId)).trim()
                + ", \"outlet\": " + outlet + "}";
    }

    /**
     * What the compile schedule compares: the program and the probe, so that choosing another wire
     * compiles again though the program (and the code panel) did not change.
     */
    public String scheduleKey(String program) {
        return program == null || !active() ? program : program + "\n// tap " + boxId + " " + outlet;
    }

    private void choose(String line, String box, int index) {
        lineId = line;
        boxId = box;
        outlet = index;
    }

    private static String firstLineFrom(Patch top, String box, int index) {
        for (Line line : top.lines().values()) {
            if (line.src().boxId().equals(box) && line.src().index() == index) {
                return line.id();
            }
        }
        return null;
    }
}
