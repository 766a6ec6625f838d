package dev.faustwire.core.edit;

import dev.faustwire.core.edit.Change.BoxChange;
import dev.faustwire.core.edit.Change.LineChange;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.text.ControlLabels;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's edit, turned into before/after changes against the current patch. A command that
 * names an element the patch does not have is rejected with {@link IllegalArgumentException}.
 */
public sealed interface Command {

    Edit edit(Patch patch);

    /** Adds a box; its id must be free (see {@link Ids}). A control without a label gets one stored. */
    record AddBox(Box box) implements Command {
        public Edit edit(Patch patch) {
            if (patch.box(box.id()) != null) {
                throw new IllegalArgumentException("box " + box.id() + " exists");
            }
            Box added = ControlLabels.withStoredLabel(box, patch);
            return new Edit("add box", List.of(new BoxChange(box.id(), null, added)));
        }
    }

    /** Removes a box and every line that touches it. */
    record RemoveBox(String boxId) implements Command {
        public Edit edit(Patch patch) {
            Box box = Commands.existing(patch, boxId);
            List<Change> changes = new ArrayList<>();
            for (Line line : patch.lines().values()) {
                if (line.touches(boxId)) {
                    changes.add(new LineChange(line.id(), line, null));
                }
            }
            changes.add(new BoxChange(boxId, box, null));
            return new Edit("remove box", changes);
        }
    }

    /** Moves a box so that its top-left corner is at (x, y). */
    record MoveBox(String boxId, double x, double y) implements Command {
        public Edit edit(Patch patch) {
            Box box = Commands.existing(patch, boxId);
            Rect rect = box.rect() == null ? new Rect(x, y, 0, 0) : box.rect().movedTo(x, y);
            return Commands.replace("move box", box, box.withRect(rect));
        }
    }

    /** Gives a box a new width and height. */
    record ResizeBox(String boxId, double width, double height) implements Command {
        public Edit edit(Patch patch) {
            Box box = Commands.existing(patch, boxId);
            Rect rect = box.rect() == null ? new Rect(0, 0, width, height) : box.rect().resizedTo(width, height);
            return Commands.replace("resize box", box, box.withRect(rect));
        }
    }

    /** Replaces the text of a box; a control left without a label gets one stored. */
    record SetText(String boxId, String text) implements Command {
        public Edit edit(Patch patch) {
            Box box = Commands.existing(patch, boxId);
            return Commands.replace("edit text", box, ControlLabels.withStoredLabel(box.withText(text), patch));
        }
    }

    /** Replaces the data of a box (null removes it): a comment's note, a code box's Faust text. */
    record SetData(String boxId, JsonValue data) implements Command {
        public Edit edit(Patch patch) {
            Box box = Commands.existing(patch, boxId);
            return Commands.replace("edit data", box, box.withData(data));
        }
    }

    /**
     * Stores the inputs and outputs the server probed for a {@code code} box in its data, so that
     * code generation knows them without the server from then on. The box is named by its path,
     * {@code box-9/box-7} for a box inside the embedded sub-patcher box-9.
     */
    record StoreArity(String boxPath, int inputs, int outputs) implements Command {
        public Edit edit(Patch patch) {
            List<String> path = Ids.path(boxPath);
            String id = path.get(path.size() - 1);
            return new AtLevel(path.subList(0, path.size() - 1), new StoreArityHere(id, inputs, outputs)).edit(patch);
        }
    }

    /** {@link StoreArity} for a box of the level the command is applied to. */
    record StoreArityHere(String boxId, int inputs, int outputs) implements Command {
        public Edit edit(Patch patch) {
            Box box = Commands.existing(patch, boxId);
            JsonObject data = box.data() instanceof JsonObject object ? object : JsonObject.EMPTY;
            Box stored = box.withData(data.with("inputs", JsonNumber.of(inputs)).with("outputs", JsonNumber.of(outputs)));
            return Commands.replace("store code box arity", box, stored);
        }
    }

    /**
     * A command applied inside a sub-patcher: {@code level} is the path of boxes whose embedded
     * patches lead there (empty for the top level); its changes are named by that path.
     */
    record AtLevel(List<String> level, Command command) implements Command {
        public AtLevel {
            level = List.copyOf(level);
        }

        public Edit edit(Patch patch) {
            Edit inner = command.edit(Levels.at(patch, level));
            if (level.isEmpty()) {
                return inner;
            }
            List<Change> changes = new ArrayList<>();
            for (Change change : inner.changes()) {
                changes.add(Levels.wrap(level, change));
            }
            return new Edit(inner.label(), changes);
        }
    }

    /**
     * Makes the patch equal to another one (a version restored from the history), as one edit
     * that names only the boxes and lines that differ; props and extra fields stay.
     */
    record Restore(Patch target) implements Command {
        public Edit edit(Patch patch) {
            return Commands.restore(patch, target);
        }
    }

    /**
     * Several commands as one edit (one undo step): each sees the patch the ones before it made.
     * A gesture (a drag of several boxes, a paste, a delete of a selection) is one group.
     */
    record Group(String label, List<Command> commands) implements Command {
        public Group {
            commands = List.copyOf(commands);
        }

        public Edit edit(Patch patch) {
            List<Change> changes = new ArrayList<>();
            Patch current = patch;
            for (Command command : commands) {
                Edit edit = command.edit(current);
                current = edit.applyTo(current);
                changes.addAll(edit.changes());
            }
            return new Edit(label, changes);
        }
    }

    /** Draws a line from an outlet to an inlet, under the next free line id. */
    record Connect(Port src, Port dest) implements Command {
        public Edit edit(Patch patch) {
            Commands.existing(patch, src.boxId());
            Commands.existing(patch, dest.boxId());
            for (Line line : patch.lines().values()) {
                if (line.src().equals(src) && line.dest().equals(dest)) {
                    return new Edit("connect", List.of());
                }
            }
            String id = Ids.next("line", patch.lines().keySet());
            return new Edit("connect", List.of(new LineChange(id, null, new Line(id, src, dest))));
        }
    }

    /** Removes a line. */
    record Disconnect(String lineId) implements Command {
        public Edit edit(Patch patch) {
            Line line = patch.line(lineId);
            if (line == null) {
                throw new IllegalArgumentException("no line " + lineId);
            }
            return new Edit("disconnect", List.of(new LineChange(lineId, line, null)));
        }
    }

    /**
     * Pastes the boxes and lines of a fragment shifted by (dx, dy). An element keeps its id when the
     * patch does not use it (so a cut and a paste give back the same patch), else it gets the next
     * free one. Lines of the fragment to boxes outside it are left out.
     */
    record Paste(Patch fragment, double dx, double dy) implements Command {
        public Edit edit(Patch patch) {
            return Commands.paste(patch, fragment, dx, dy);
        }
    }

    /** Replaces the fields a box keeps for other editors and views (the presentation's place, as JSPatcher writes it). */
    record SetExtra(String label, String boxId, JsonObject extra) implements Command {
        public Edit edit(Patch patch) {
            Box box = Commands.existing(patch, boxId);
            return Commands.replace(label, box, box.withExtra(extra));
        }
    }
}
