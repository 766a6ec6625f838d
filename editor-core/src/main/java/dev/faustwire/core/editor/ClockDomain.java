package dev.faustwire.core.editor;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.subpatch.SubpatchBoxes;
import java.util.ArrayList;
import java.util.List;

/**
 * The clock domain of the open level when it is inside an {@code ondemand} box, at any depth (a
 * {@code p} inside one runs on its ticks too): the ondemand boxes around it, outermost first (their
 * paths, and what feeds each one's clock inlet), and the caption the page draws over the tinted canvas.
 */
public record ClockDomain(List<String> onDemandBoxes, List<Clock> clocks) {
    /** The longest text of a box said in the caption. */
    static final int MAX_TEXT = 40;

    /** One ondemand box around the level: its text, and what feeds its clock inlet ({@code “clock 64”}), null when nothing does. */
    public record Clock(String boxText, String source) {
    }

    public ClockDomain {
        onDemandBoxes = List.copyOf(onDemandBoxes);
        clocks = List.copyOf(clocks);
    }

    /** The clock domain of level {@code level} (a path of box ids from the top) of {@code top}, or null outside any ondemand box. */
    public static ClockDomain of(Patch top, List<String> level) {
        List<String> path = new ArrayList<>();
        List<Clock> clocks = new ArrayList<>();
        Patch at = top;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < level.size() && at != null; i++) {
            Box box = at.box(level.get(i));
            if (box == null) {
                break;
            }
            if (SubpatchBoxes.isOnDemand(box)) {
                path.add(prefix + box.id());
                clocks.add(new Clock(cut(box.text().trim()), clockOf(at, box.id())));
            }
            prefix.append(box.id()).append('/');
            at = box.subpatch();
        }
        return path.isEmpty() ? null : new ClockDomain(path, clocks);
    }

    /**
     * The domain of a level whose own document lies in {@code outer}'s (a file opened from an
     * ondemand box, or from a level below one): the outer boxes and clocks, then the inner ones.
     */
    public static ClockDomain within(ClockDomain outer, ClockDomain inner) {
        if (outer == null || inner == null) {
            return outer == null ? inner : outer;
        }
        List<String> boxes = new ArrayList<>(outer.onDemandBoxes);
        boxes.addAll(inner.onDemandBoxes);
        List<Clock> clocks = new ArrayList<>(outer.clocks);
        clocks.addAll(inner.clocks);
        return new ClockDomain(boxes, clocks);
    }

    /** {@code On demand: runs on the ticks of “clock 4” within those of “clock 64”}, or why it never runs. */
    public String caption() {
        for (Clock clock : clocks) {
            if (clock.source() == null) {
                return "On demand: never runs, nothing is connected to the clock inlet of “" + clock.boxText() + "”";
            }
        }
        StringBuilder caption = new StringBuilder("On demand: runs on the ticks of ");
        for (int i = clocks.size() - 1; i >= 0; i--) {
            caption.append(i == clocks.size() - 1 ? "" : " within those of ").append(clocks.get(i).source());
        }
        return caption.toString();
    }

    /** What feeds inlet 0 of box {@code boxId} in {@code level}, as {@code “clock 64”} (several sources: summed), or null. */
    static String clockOf(Patch level, String boxId) {
        StringBuilder sources = new StringBuilder();
        for (Line line : level.lines().values()) {
            if (!line.dest().boxId().equals(boxId) || line.dest().index() != 0) {
                continue;
            }
            Box source = level.box(line.src().boxId());
            if (source == null) {
                continue;
            }
            if (sources.length() > 0) {
                sources.append(" + ");
            }
            sources.append('“').append(cut(source.text().trim())).append('”');
            if (line.src().index() > 0) {
                sources.append(" (outlet ").append(line.src().index() + 1).append(')');
            }
        }
        return sources.length() == 0 ? null : sources.toString();
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
    }
}
