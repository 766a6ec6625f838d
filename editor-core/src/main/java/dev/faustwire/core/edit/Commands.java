package dev.faustwire.core.edit;

import dev.faustwire.core.edit.Change.BoxChange;
import dev.faustwire.core.edit.Change.LineChange;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Helpers shared by the commands. */
final class Commands {
    private Commands() {
    }

    static Box existing(Patch patch, String boxId) {
        Box box = patch.box(boxId);
        if (box == null) {
            throw new IllegalArgumentException("no box " + boxId);
        }
        return box;
    }

    static Edit replace(String label, Box before, Box after) {
        if (before.equals(after)) {
            return new Edit(label, List.of());
        }
        return new Edit(label, List.of(new BoxChange(before.id(), before, after)));
    }

    static Edit paste(Patch patch, Patch fragment, double dx, double dy) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> newIds = new TreeMap<>();
        List<String> usedBoxes = new ArrayList<>(patch.boxes().keySet());
        for (Box box : fragment.boxes().values()) {
            String id = usedBoxes.contains(box.id()) ? Ids.next("box", usedBoxes) : box.id();
            usedBoxes.add(id);
            newIds.put(box.id(), id);
            Rect rect = box.rect() == null ? null : box.rect().movedTo(box.rect().x() + dx, box.rect().y() + dy);
            changes.add(new BoxChange(id, null, box.withId(id).withRect(rect)));
        }
        List<String> usedLines = new ArrayList<>(patch.lines().keySet());
        for (Line line : fragment.lines().values()) {
            String src = newIds.get(line.src().boxId());
            String dest = newIds.get(line.dest().boxId());
            if (src == null || dest == null) {
                continue;
            }
            String id = usedLines.contains(line.id()) ? Ids.next("line", usedLines) : line.id();
            usedLines.add(id);
            Line pasted = new Line(id, new Port(src, line.src().index()), new Port(dest, line.dest().index()), line.extra());
            changes.add(new LineChange(id, null, pasted));
        }
        return new Edit("paste", changes);
    }

    static Edit restore(Patch patch, Patch target) {
        List<Change> changes = new ArrayList<>();
        for (Line line : patch.lines().values()) {
            Line wanted = target.line(line.id());
            if (!line.equals(wanted)) {
                changes.add(new LineChange(line.id(), line, null));
            }
        }
        java.util.TreeSet<String> ids = new java.util.TreeSet<>(patch.boxes().keySet());
        ids.addAll(target.boxes().keySet());
        for (String id : ids) {
            Box before = patch.box(id);
            Box after = target.box(id);
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new BoxChange(id, before, after));
            }
        }
        for (Line line : target.lines().values()) {
            if (!line.equals(patch.line(line.id()))) {
                changes.add(new LineChange(line.id(), null, line));
            }
        }
        return new Edit("restore version", changes);
    }
}
