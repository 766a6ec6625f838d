package dev.faustwire.core.subpatch;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.Ids;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reverse of {@link Encapsulation}: a {@code p} box with embedded content is replaced by that
 * content without its {@code in}/{@code out} boxes, each line through them joined into one line
 * (an {@code in} wired straight to an {@code out} joins the lines on both sides), the content placed
 * at the box's corner. A content box keeps its id when the level does not use it, else takes the
 * next free one. One command, so one undo step.
 */
public final class Deencapsulation {
    private Deencapsulation() {
    }

    /** The edit that de-encapsulates box {@code boxId} of {@code level}, or its refusal (E035). */
    public static SubpatchEdit of(Patch level, String boxId) {
        Box sub = boxId == null ? null : level.box(boxId);
        if (sub == null) {
            return SubpatchEdit.NOTHING;
        }
        if (!SubpatchBoxes.isSubpatcher(sub) || sub.subpatch() == null) {
            return SubpatchEdit.refused(Diagnostic.atBox(Code.DEENCAPSULATE_NOT_EMBEDDED, boxId, "\"" + sub.text()
                    + "\" is not a sub-patcher with embedded content"));
        }
        if (SubpatchBoxes.isOnDemand(sub)) {
            return SubpatchEdit.refused(Diagnostic.atBox(Code.DEENCAPSULATE_NOT_EMBEDDED, boxId, "\"" + sub.text()
                    + "\" runs its content on the ticks of its clock; spread out, the content would run every sample"));
        }
        String file = SubpatchBoxes.fileReference(sub);
        if (file != null) {
            return SubpatchEdit.refused(Diagnostic.atBox(Code.DEENCAPSULATE_NOT_EMBEDDED, boxId, "the content of \""
                    + sub.text() + "\" lives in " + file + "; open it (double-click) instead"));
        }
        Patch content = sub.subpatch();
        Map<Integer, List<String>> ins = new TreeMap<>();
        Map<Integer, List<String>> outs = new TreeMap<>();
        List<String> kept = new ArrayList<>();
        for (Box box : content.boxes().values()) {
            int in = SubpatchBoxes.inNumber(box);
            int out = SubpatchBoxes.outNumber(box);
            if (in > 0) {
                ins.computeIfAbsent(in, n -> new ArrayList<>()).add(box.id());
            } else if (out > 0) {
                outs.computeIfAbsent(out, n -> new ArrayList<>()).add(box.id());
            } else {
                kept.add(box.id());
            }
        }
        Map<String, String> ids = newIds(level, boxId, kept);
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (String id : kept) {
            Rect rect = Encapsulation.rectOf(content.box(id));
            left = Math.min(left, rect.x());
            top = Math.min(top, rect.y());
        }
        Rect at = Encapsulation.rectOf(sub);
        // The content goes back as a paste of boxes whose ids are free (so they are kept), with their
        // lines' ids and fields: a paste, unlike adding boxes, stores no label in an unlabelled control.
        Map<String, Box> boxes = new TreeMap<>();
        for (String id : kept) {
            Box box = content.box(id);
            Rect rect = box.rect();
            Rect placed = rect == null ? null : rect.movedTo(rect.x() - left + at.x(), rect.y() - top + at.y());
            boxes.put(ids.get(id), box.withId(ids.get(id)).withRect(placed));
        }
        Map<String, Line> lines = new TreeMap<>();
        for (Line line : content.lines().values()) {
            String src = ids.get(line.src().boxId());
            String dest = ids.get(line.dest().boxId());
            if (src != null && dest != null) {
                lines.put(line.id(), new Line(line.id(), new Port(src, line.src().index()),
                        new Port(dest, line.dest().index()), line.extra()));
            }
        }
        List<Command> commands = new ArrayList<>();
        commands.add(new Command.RemoveBox(boxId));
        commands.add(new Command.Paste(new Patch(boxes, lines, content.props(), content.extra()), 0, 0));
        for (Line outer : level.lines().values()) {
            if (outer.dest().boxId().equals(boxId) && !outer.src().boxId().equals(boxId)) {
                for (String in : ins.getOrDefault(outer.dest().index() + 1, List.of())) {
                    for (Line line : content.lines().values()) {
                        if (line.src().boxId().equals(in)) {
                            through(level, content, boxId, outs, ids, outer.src(), line.dest(), commands);
                        }
                    }
                }
            }
        }
        for (Line line : content.lines().values()) {
            String src = ids.get(line.src().boxId());
            int out = SubpatchBoxes.outNumber(content.box(line.dest().boxId()));
            if (src != null && out > 0) {
                for (Line outer : level.lines().values()) {
                    if (outer.src().boxId().equals(boxId) && outer.src().index() == out - 1
                            && !outer.dest().boxId().equals(boxId)) {
                        commands.add(new Command.Connect(new Port(src, line.src().index()), outer.dest()));
                    }
                }
            }
        }
        List<String> select = new ArrayList<>(ids.values());
        return new SubpatchEdit(new Command.Group("de-encapsulate", commands), select, null);
    }

    /** A line from outlet {@code from} outside, through an in box, to {@code inner}: joined, through an out box if it is one. */
    private static void through(Patch level, Patch content, String boxId, Map<Integer, List<String>> outs,
                                Map<String, String> ids, Port from, Port inner, List<Command> commands) {
        String dest = ids.get(inner.boxId());
        if (dest != null) {
            commands.add(new Command.Connect(from, new Port(dest, inner.index())));
            return;
        }
        int out = SubpatchBoxes.outNumber(content.box(inner.boxId()));
        if (out > 0) {
            for (Line outer : level.lines().values()) {
                if (outer.src().boxId().equals(boxId) && outer.src().index() == out - 1
                        && !outer.dest().boxId().equals(boxId)) {
                    commands.add(new Command.Connect(from, outer.dest()));
                }
            }
        }
    }

    /** The id each kept box gets in the level: its own when free (the sub-patcher box's id is freed), else the next one. */
    private static Map<String, String> newIds(Patch level, String boxId, List<String> kept) {
        List<String> used = new ArrayList<>(level.boxes().keySet());
        used.remove(boxId);
        Map<String, String> ids = new TreeMap<>();
        List<String> clashing = new ArrayList<>();
        for (String id : kept) {
            if (used.contains(id)) {
                clashing.add(id);
            } else {
                ids.put(id, id);
            }
        }
        used.addAll(kept);
        for (String id : clashing) {
            String fresh = Ids.next("box", used);
            used.add(fresh);
            ids.put(id, fresh);
        }
        return ids;
    }
}
