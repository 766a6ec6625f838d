package dev.faustwire.core.editor;

import dev.faustwire.core.view.ViewTransform;
import java.util.List;

/**
 * The editor's state beside the patch: the open level (a path of sub-patcher boxes, empty for the
 * top), the selection, the view, whether moves snap to the grid, and the gesture in progress.
 */
public record EditorState(List<String> level, Selection selection, ViewTransform view, boolean snap,
                          Gesture gesture) {
    public static final EditorState INITIAL = new EditorState(List.of(), Selection.NONE, ViewTransform.IDENTITY,
            false, new Gesture.Idle());

    public EditorState {
        level = List.copyOf(level);
    }

    public EditorState withSelection(Selection newSelection) {
        return new EditorState(level, newSelection, view, snap, gesture);
    }

    public EditorState withView(ViewTransform newView) {
        return new EditorState(level, selection, newView, snap, gesture);
    }

    public EditorState withSnap(boolean newSnap) {
        return new EditorState(level, selection, view, newSnap, gesture);
    }

    public EditorState withGesture(Gesture newGesture) {
        return new EditorState(level, selection, view, snap, newGesture);
    }

    /** At another level: nothing selected there yet, no gesture, the view given. */
    public EditorState atLevel(List<String> newLevel, ViewTransform newView) {
        return new EditorState(newLevel, Selection.NONE, newView, snap, new Gesture.Idle());
    }
}
