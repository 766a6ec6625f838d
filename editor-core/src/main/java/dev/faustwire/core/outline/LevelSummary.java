package dev.faustwire.core.outline;

import dev.faustwire.core.edit.Levels;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.List;

/** The line above the outline: how many boxes, inside which sub-patcher when not at the top, and on which clock's ticks it runs. */
public final class LevelSummary {
    private LevelSummary() {
    }

    /** "15 boxes in signal order.", "An empty patch.", or "Inside box 9 “p voice”: 4 boxes in signal order. Escape goes back." */
    public static String of(Patch top, List<String> level, Outline outline) {
        String count = Words.boxes(outline.items().size()) + " in signal order.";
        if (level.isEmpty()) {
            return outline.items().isEmpty() ? "An empty patch." : count;
        }
        String holderId = level.get(level.size() - 1);
        Patch parent = Levels.find(top, level.subList(0, level.size() - 1));
        Box holder = parent == null ? null : parent.box(holderId);
        String where = Words.boxName(holderId) + (holder == null ? "" : " " + Words.quoted(holder.text()));
        dev.faustwire.core.editor.ClockDomain domain = dev.faustwire.core.editor.ClockDomain.of(top, level);
        String clock = domain == null ? "" : " " + domain.caption() + ".";
        return "Inside " + where + ": " + count + clock + " Escape goes back.";
    }
}
