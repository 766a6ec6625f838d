package dev.faustwire.core.present;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.Layout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The presentation's edits: adding boxes to it or removing them (one undo step each), and the
 * moves and resizes made in the presentation view, which change {@code presentationRect}, never the
 * patching {@code rect}.
 */
public final class PresentationEdits {
    private PresentationEdits() {
    }

    /** What "Add to presentation" gives: the command (null when nothing changes) and the boxes left out. */
    public record Added(Command command, List<Diagnostic> refused) {
    }

    /**
     * Flags the UI boxes and comments among {@code boxIds} for the presentation. A box that has a
     * presentation rectangle keeps it (as in Max); one without starts where it is in the patch.
     */
    public static Added add(Patch level, Layout layout, Collection<String> boxIds) {
        List<Command> commands = new ArrayList<>();
        List<Diagnostic> refused = new ArrayList<>();
        for (String id : boxIds) {
            Box box = level.box(id);
            if (box == null || Presentation.isIn(box) && Presentation.rect(box) != null) {
                continue;
            }
            if (!Presentation.canShow(box)) {
                refused.add(Diagnostic.atBox(Code.NOT_PRESENTABLE, id, "`" + box.text()
                        + "` is not a UI box nor a comment, so it stays out of the presentation"));
                continue;
            }
            Rect place = Presentation.rect(box);
            if (place == null || place.width() <= 0) {
                BoxGeometry shown = layout.box(id);
                place = box.rect() != null || shown == null ? box.rect() : shown.rect();
            }
            commands.add(new Command.SetExtra("add to presentation", id, Presentation.with(box, true, place).extra()));
        }
        return new Added(commands.isEmpty() ? null : new Command.Group("add to presentation", commands), refused);
    }

    /** Takes boxes out of the presentation; they keep their presentation rectangle for a later add. */
    public static Command remove(Patch level, Collection<String> boxIds) {
        List<Command> commands = new ArrayList<>();
        for (String id : boxIds) {
            Box box = level.box(id);
            if (box != null && Presentation.isIn(box)) {
                commands.add(new Command.SetExtra("remove from presentation", id,
                        Presentation.with(box, false, null).extra()));
            }
        }
        return commands.isEmpty() ? null : new Command.Group("remove from presentation", commands);
    }

    /**
     * A command made in the presentation view, as it applies to the level: box moves and resizes
     * set the presentation rectangle ({@code shown} is the view's patch, whose rects are the
     * presentation's); every other edit is refused (null), as the view shows no ports nor text fields.
     */
    public static Command inView(Patch level, Patch shown, Command command) {
        if (command instanceof Command.Group group) {
            List<Command> inner = new ArrayList<>();
            Patch current = shown;
            for (Command c : group.commands()) {
                Command translated = inView(level, current, c);
                if (translated == null) {
                    return null;
                }
                current = placed(current, c);
                inner.add(translated);
            }
            return new Command.Group(group.label(), inner);
        }
        Rect next = null;
        String id = null;
        if (command instanceof Command.MoveBox move && shown.box(move.boxId()) != null) {
            id = move.boxId();
            next = rectOf(shown.box(id)).movedTo(move.x(), move.y());
        } else if (command instanceof Command.ResizeBox resize && shown.box(resize.boxId()) != null) {
            id = resize.boxId();
            next = rectOf(shown.box(id)).resizedTo(resize.width(), resize.height());
        }
        if (id == null || level.box(id) == null) {
            return null;
        }
        return new Command.SetExtra("move in presentation", id, Presentation.with(level.box(id), true, next).extra());
    }

    private static Patch placed(Patch shown, Command c) {
        return c instanceof Command.MoveBox || c instanceof Command.ResizeBox ? c.edit(shown).applyTo(shown) : shown;
    }

    private static Rect rectOf(Box box) {
        return box.rect() != null ? box.rect() : new Rect(0, 0, 0, 0);
    }
}
