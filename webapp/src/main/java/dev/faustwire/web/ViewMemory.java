package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.view.ViewTransform;
import org.teavm.jso.browser.Storage;

/**
 * Remembers the zoom and scroll of each patch in the browser's storage, by workspace path: a
 * view is the person's, not the file's. A patch opened for the first time is fitted.
 */
final class ViewMemory {
    private static final String PREFIX = "faustwire.view:";
    private final PatchEditor editor;
    private String path;
    private ViewTransform remembered;

    ViewMemory(PatchEditor editor) {
        this.editor = editor;
    }

    /** Shows the view last used for that patch (null: one without a path). */
    void restore(String newPath) {
        path = newPath;
        ViewTransform view = newPath == null ? null : parse(storage().getItem(PREFIX + newPath));
        if (view != null) {
            editor.setView(view);
        } else if (showsWholeAtActualSize(editor.layout().contentBounds())) {
            editor.setView(ViewTransform.IDENTITY);
        } else {
            editor.fit();
        }
        remembered = editor.state().view();
    }

    /** True when there is nothing, or everything is in the viewport at 100% where the file places it. */
    private boolean showsWholeAtActualSize(dev.faustwire.core.view.Bounds content) {
        return content == null || content.left() >= 0 && content.top() >= 0
                && content.right() <= editor.viewportWidth() && content.bottom() <= editor.viewportHeight();
    }

    /** Keeps the current view if it changed. */
    void remember() {
        ViewTransform view = editor.state().view();
        if (path != null && !view.equals(remembered)) {
            remembered = view;
            storage().setItem(PREFIX + path, view.scale() + " " + view.offsetX() + " " + view.offsetY());
        }
    }

    /** The open patch now lives at another path (saved as, renamed). */
    void moveTo(String newPath) {
        path = newPath;
        remembered = null;
        remember();
    }

    static ViewTransform parse(String text) {
        if (text == null) {
            return null;
        }
        int a = text.indexOf(' ');
        int b = a < 0 ? -1 : text.indexOf(' ', a + 1);
        if (b < 0) {
            return null;
        }
        try {
            return new ViewTransform(Double.parseDouble(text.substring(0, a)), Double.parseDouble(text.substring(a + 1, b)),
                    Double.parseDouble(text.substring(b + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Storage storage() {
        return Storage.getLocalStorage();
    }
}
