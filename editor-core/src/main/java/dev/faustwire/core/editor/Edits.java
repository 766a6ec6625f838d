package dev.faustwire.core.editor;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.subpatch.SubpatchBoxes;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.BoxLabel;
import dev.faustwire.core.view.Layout;
import dev.faustwire.core.view.PortCounts;
import dev.faustwire.core.edit.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The commands of the editor's gestures and keys, each one undo step; null when there is nothing to do. */
final class Edits {
    /** How far a paste moves boxes that would land exactly on boxes already there. */
    static final double PASTE_OFFSET = 15;

    private Edits() {
    }

    /** What a text field's commit does, and the box to select after it. */
    record Result(Command command, String boxId) {
    }

    static Command delete(Selection selection) {
        List<Command> commands = new ArrayList<>();
        for (String line : selection.lines()) {
            commands.add(new Command.Disconnect(line));
        }
        for (String box : selection.boxes()) {
            commands.add(new Command.RemoveBox(box));
        }
        return commands.isEmpty() ? null : new Command.Group("delete", commands);
    }

    /**
     * Moves boxes by (dx, dy) from where they are drawn; with {@code snap} each box's corner lands
     * on the grid. A box without a stored place gets one.
     */
    static Command move(Layout layout, Collection<String> boxIds, double dx, double dy, boolean snap, String label) {
        List<Command> commands = new ArrayList<>();
        for (String id : boxIds) {
            BoxGeometry box = layout.box(id);
            if (box == null) {
                continue;
            }
            double x = box.rect().x() + dx;
            double y = box.rect().y() + dy;
            if (snap) {
                x = Math.round(x / PatchEditor.GRID) * PatchEditor.GRID;
                y = Math.round(y / PatchEditor.GRID) * PatchEditor.GRID;
            }
            commands.add(new Command.MoveBox(id, x, y));
        }
        return commands.isEmpty() || (dx == 0 && dy == 0 && !snap) ? null : new Command.Group(label, commands);
    }

    /** Gives a box a new width, keeping where it is drawn. */
    static Command resize(Patch level, Layout layout, String boxId, double width) {
        Box box = level.box(boxId);
        BoxGeometry shown = layout.box(boxId);
        if (box == null || shown == null || width == shown.rect().width()) {
            return null;
        }
        Rect stored = box.rect();
        double height = stored == null || stored.height() <= 0 ? shown.rect().height() : stored.height();
        List<Command> commands = new ArrayList<>();
        commands.add(new Command.ResizeBox(boxId, width, height));
        if (stored == null) {
            commands.add(new Command.MoveBox(boxId, shown.rect().x(), shown.rect().y()));
        }
        return new Command.Group("resize box", commands);
    }

    /** The field over an existing box: its text, or a comment's note. */
    static TextField field(Box box, BoxGeometry shown) {
        String note = BoxLabel.note(box);
        return new TextField(box.id(), new dev.faustwire.core.view.Point(shown.rect().x(), shown.rect().y()),
                shown.rect().width(), note != null ? note : box.text(), note != null);
    }

    /**
     * A new box from the text typed at a point, or an existing box given new text. Empty text
     * changes nothing. Lines to ports the new text no longer has go in the same step; when the
     * new text means nothing yet, the lines stay (the box shows its problem, and a fix restores it).
     * A comment keeps its note in {@code data.value}, as JSPatcher does.
     */
    static Result commitText(Patch level, PortCounts counts, TextField field, String typed) {
        String text = field.multiline() ? typed : typed.trim();
        if (field.boxId() == null) {
            if (text.isEmpty()) {
                return null;
            }
            String id = Ids.next("box", level.boxes().keySet());
            Box box = newBox(id, text, field);
            return new Result(new Command.AddBox(box), id);
        }
        Box box = level.box(field.boxId());
        if (box == null) {
            return null;
        }
        if (field.multiline()) {
            JsonObject data = box.data() instanceof JsonObject object ? object : JsonObject.EMPTY;
            return new Result(new Command.SetData(box.id(), data.with("value", new JsonString(typed))), box.id());
        }
        if (text.isEmpty() || text.equals(box.text())) {
            return null;
        }
        List<Command> commands = new ArrayList<>();
        commands.add(new Command.SetText(box.id(), text));
        PortCounts.Ports ports = counts.of(box.withText(text));
        if (ports.known()) {
            for (Line line : level.lines().values()) {
                boolean goneInlet = line.dest().boxId().equals(box.id()) && line.dest().index() >= ports.inlets();
                boolean goneOutlet = line.src().boxId().equals(box.id()) && line.src().index() >= ports.outlets();
                if (goneInlet || goneOutlet) {
                    commands.add(new Command.Disconnect(line.id()));
                }
            }
        }
        Box retyped = box.withText(text);
        if (box.subpatch() == null && SubpatchBoxes.isSubpatcher(retyped) && SubpatchBoxes.fileReference(retyped) == null) {
            // retyped into a sub-patcher (p, ondemand): it holds an empty patch, as a typed one does, so that it opens
            Patch after = new Command.Group("edit text", commands).edit(level).applyTo(level);
            commands.add(new Command.Restore(after.withBox(box.id(), after.box(box.id()).withSubpatch(Patch.EMPTY))));
        }
        return new Result(new Command.Group("edit text", commands), box.id());
    }

    private static Box newBox(String id, String text, TextField field) {
        double x = field.at().x();
        double y = field.at().y();
        if (text.equals("comment") || text.startsWith("comment ")) {
            String note = text.length() > 8 ? text.substring(8) : "";
            JsonObject data = JsonObject.EMPTY.with("value", new JsonString(note));
            return new Box(id, "comment", new Rect(x, y, Math.round(BoxGeometry.widthFor(note, 0)), BoxGeometry.BOX_HEIGHT),
                    data, null, null, JsonObject.EMPTY);
        }
        Box box = new Box(id, text, new Rect(x, y, Math.round(BoxGeometry.widthFor(text, 0)), BoxGeometry.BOX_HEIGHT));
        // A typed sub-patcher (p, ondemand) holds an empty patch at once, so that it opens, as in Max.
        return SubpatchBoxes.isSubpatcher(box) && SubpatchBoxes.fileReference(box) == null
                ? box.withSubpatch(Patch.EMPTY) : box;
    }

    /**
     * How far to move a pasted fragment: not at all when no box of it would land exactly where a
     * box of the level already is (a paste into another patch, or after a cut), else by steps of
     * {@link #PASTE_OFFSET} until none does (a duplicate, a second paste).
     */
    static double pasteShift(Patch level, Patch fragment) {
        for (int step = 0; step < 100; step++) {
            double shift = step * PASTE_OFFSET;
            if (!landsOnABox(level, fragment, shift)) {
                return shift;
            }
        }
        return 100 * PASTE_OFFSET;
    }

    private static boolean landsOnABox(Patch level, Patch fragment, double shift) {
        for (Box pasted : fragment.boxes().values()) {
            if (pasted.rect() == null) {
                continue;
            }
            for (Box box : level.boxes().values()) {
                if (box.rect() != null && box.rect().x() == pasted.rect().x() + shift
                        && box.rect().y() == pasted.rect().y() + shift) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ids of boxes in {@code after} that {@code before} does not have. */
    static List<String> added(Patch before, Patch after) {
        List<String> ids = new ArrayList<>();
        for (String id : after.boxes().keySet()) {
            if (before.box(id) == null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
