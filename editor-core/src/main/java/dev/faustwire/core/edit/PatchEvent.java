package dev.faustwire.core.edit;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;

/** What listeners of the editing model hear, one event per changed element, then the history. */
public sealed interface PatchEvent {

    /** A box appeared. */
    record BoxAdded(Box box) implements PatchEvent {
    }

    /** A box disappeared. */
    record BoxRemoved(Box box) implements PatchEvent {
    }

    /** A box changed its text, place, size or data. */
    record BoxChanged(Box before, Box after) implements PatchEvent {
    }

    /** A line appeared. */
    record LineAdded(Line line) implements PatchEvent {
    }

    /** A line disappeared. */
    record LineRemoved(Line line) implements PatchEvent {
    }

    /** The whole patch was replaced (a file was opened). */
    record PatchReplaced() implements PatchEvent {
    }

    /** Undo or redo became possible or impossible, or the labels of the next steps changed. */
    record HistoryChanged(boolean canUndo, boolean canRedo) implements PatchEvent {
    }
}
