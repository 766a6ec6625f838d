package dev.faustwire.core.editor;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.subpatch.SubpatchBoxes;
import java.util.ArrayList;
import java.util.List;

/**
 * The clock domain of the open level when it is inside an {@code ondemand} box, at any depth (a
 * {@code p} inside one runs on its ticks too): the path of the ondemand boxes around it, outermost
 * first, and a caption naming what ticks it, as the page draws it over the tinted canvas.
 */
public record ClockDomain(List<String> onDemandBoxes, String caption) {
    /** The longest text of a clock's box said in the caption. */
    static final int MAX_TEXT = 40;

    public ClockDomain {
        onDemandBoxes = List.copyOf(onDemandBoxes);
    }

    /** The clock domain of level {@code level} (a path of box ids from the top) of {@code top}, or null outside any ondemand box. */
    public static ClockDomain of(Patch top, List<String> level) {
        List<String> path = new ArrayList<>();
        List<String> ticks = new ArrayList<>(); // innermost first
        String silent = null;
        Patch at = top;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < level.size() && at != null; i++) {
            Box box = at.box(level.get(i));
            if (box == null) {
                break;
            }
            if (SubpatchBoxes.isOnDemand(box)) {
                path.add(prefix + box.id());
                String clock = clockOf(at, box.id());
                if (clock == null) {
                    silent = box.text().trim();
                } else {
                    ticks.add(0, clock);
                }
            }
            prefix.append(box.id()).append('/');
            at = box.subpatch();
        }
        if (path.isEmpty()) {
            return null;
        }
        if (silent != null) {
            return new ClockDomain(path, "On demand: never runs, nothing is connected to the clock inlet of `"
                    + cut(silent) + "`");
        }
        StringBuilder caption = new StringBuilder("On demand: runs on the ticks of ").append(ticks.get(0));
        for (int i = 1; i < ticks.size(); i++) {
            caption.append(" within those of ").append(ticks.get(i));
        }
        return new ClockDomain(path, caption.toString());
    }

    /** What feeds inlet 0 of box {@code boxId} in {@code level}, as {@code `clock 64`} (several sources: summed), or null. */
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
            sources.append('`').append(cut(source.text().trim())).append('`');
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
