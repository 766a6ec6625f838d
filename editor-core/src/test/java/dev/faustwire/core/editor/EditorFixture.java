package dev.faustwire.core.editor;

import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.FakePorts;
import dev.faustwire.core.view.Point;

/** A patch editor on a model, driven the way the page drives it, in screen pixels at 100% unless zoomed. */
final class EditorFixture {
    final EditingModel model;
    final PatchEditor editor;

    EditorFixture(Patch patch) {
        model = new EditingModel(patch);
        editor = new PatchEditor(model, new FakePorts());
        editor.setViewport(800, 600);
    }

    EditorFixture() {
        this(Patch.EMPTY);
    }

    /** Double-click on empty canvas, type, Enter. Returns the new box's id. */
    String type(double x, double y, String text) {
        TextField field = editor.doubleClick(x, y);
        editor.commitText(field, text);
        return editor.state().selection().boxes().iterator().next();
    }

    /** Presses, moves in steps, releases. */
    void drag(Point from, Point to) {
        drag(from, to, false);
    }

    void drag(Point from, Point to, boolean shift) {
        Point a = screen(from);
        Point b = screen(to);
        editor.pointerDown(a.x(), a.y(), 0, shift, false);
        for (int i = 1; i <= 4; i++) {
            editor.pointerMove(a.x() + (b.x() - a.x()) * i / 4, a.y() + (b.y() - a.y()) * i / 4);
        }
        editor.pointerUp(b.x(), b.y());
    }

    void click(Point at, boolean shift) {
        Point s = screen(at);
        editor.pointerDown(s.x(), s.y(), 0, shift, false);
        editor.pointerUp(s.x(), s.y());
    }

    Point screen(Point canvas) {
        return editor.state().view().toScreen(canvas);
    }

    BoxGeometry box(String id) {
        return editor.layout().box(id);
    }

    /** Drags a wire from an outlet to an inlet. */
    void wire(String from, int outlet, String to, int inlet) {
        drag(box(from).outlet(outlet).plus(0, -1), box(to).inlet(inlet).plus(0, 1));
    }

    String file() {
        return PatchWriter.write(model.patch());
    }
}
