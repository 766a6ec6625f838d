package dev.faustwire.core.editor;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.view.Bounds;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.Hit;
import dev.faustwire.core.view.HitTest;
import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.ViewTransform;

/**
 * The gesture state machine: what a press starts, what a move makes of it, and the one command a
 * release gives. A press on a port draws a wire (to or from it), on a box's right edge resizes
 * it, on a box selects and drags, on a line selects it, on empty canvas draws a selection
 * rectangle; the middle button, or Space held, pans.
 */
final class Pointer {
    private Pointer() {
    }

    static Gesture down(PatchEditor editor, Point screen, Point at, int button, boolean shift, boolean panKey) {
        EditorState state = editor.state();
        if (button == 1 || panKey) {
            return new Gesture.Panning(screen, state.view());
        }
        if (button != 0) {
            return new Gesture.Idle();
        }
        Selection selection = state.selection();
        Hit hit = HitTest.at(editor.level(), editor.layout(), at, state.view().scale());
        if (hit instanceof Hit.OnPort port) {
            return new Gesture.Wiring(port, at, null);
        }
        if (hit instanceof Hit.OnBox box) {
            if (box.resizeEdge() && !shift) {
                editor.select(Selection.ofBox(box.boxId()));
                return new Gesture.Resizing(box.boxId(), editor.layout().box(box.boxId()).rect().width(), at, at);
            }
            if (shift) {
                editor.select(selection.toggleBox(box.boxId()));
                return editor.state().selection().hasBox(box.boxId())
                        ? new Gesture.Pressed(box.boxId(), at, screen, null) : new Gesture.Idle();
            }
            if (selection.hasBox(box.boxId())) {
                return new Gesture.Pressed(box.boxId(), at, screen, box.boxId());
            }
            editor.select(Selection.ofBox(box.boxId()));
            return new Gesture.Pressed(box.boxId(), at, screen, null);
        }
        if (hit instanceof Hit.OnLine line) {
            editor.select(shift ? selection.toggleLine(line.lineId()) : Selection.ofLine(line.lineId()));
            return new Gesture.Idle();
        }
        Selection base = shift ? selection : Selection.NONE;
        editor.select(base);
        return new Gesture.Marquee(at, at, base);
    }

    /** In a locked patch: a press on a box (or its port) plays it; nothing is selected, moved or wired. */
    static Gesture downLocked(PatchEditor editor, Point screen, Point at, int button, boolean panKey) {
        if (button == 1 || panKey) {
            return new Gesture.Panning(screen, editor.state().view());
        }
        Hit hit = button == 0 ? HitTest.at(editor.level(), editor.layout(), at, editor.state().view().scale()) : null;
        String boxId = hit instanceof Hit.OnBox box ? box.boxId() : hit instanceof Hit.OnPort port ? port.boxId() : null;
        return boxId == null ? new Gesture.Idle() : new Gesture.Playing(boxId, screen, screen);
    }

    static Gesture move(PatchEditor editor, Gesture gesture, Point screen, Point at) {
        if (gesture instanceof Gesture.Playing playing) {
            return new Gesture.Playing(playing.boxId(), playing.screenStart(), screen);
        }
        if (gesture instanceof Gesture.Pressed pressed) {
            if (screen.distanceTo(pressed.screenStart()) < PatchEditor.DRAG_THRESHOLD) {
                return gesture;
            }
            return new Gesture.Moving(pressed.start(), at);
        }
        if (gesture instanceof Gesture.Moving moving) {
            return new Gesture.Moving(moving.start(), at);
        }
        if (gesture instanceof Gesture.Wiring wiring) {
            Hit.OnPort target = HitTest.target(editor.layout(), wiring.from(), at, editor.state().view().scale());
            return new Gesture.Wiring(wiring.from(), at, target);
        }
        if (gesture instanceof Gesture.Marquee marquee) {
            Gesture.Marquee next = new Gesture.Marquee(marquee.start(), at, marquee.base());
            Selection inside = Selection.ofBoxes(editor.layout().boxesIn(Bounds.between(marquee.start(), at)));
            editor.select(marquee.base().plus(inside));
            return next;
        }
        if (gesture instanceof Gesture.Resizing resizing) {
            return new Gesture.Resizing(resizing.boxId(), resizing.startWidth(), resizing.start(), at);
        }
        return gesture;
    }

    static ViewTransform panned(Gesture.Panning panning, Point screen) {
        return panning.startView().pannedBy(screen.x() - panning.screenStart().x(),
                screen.y() - panning.screenStart().y());
    }

    static void up(PatchEditor editor, Gesture gesture) {
        if (gesture instanceof Gesture.Pressed pressed && pressed.clickSelects() != null) {
            editor.select(Selection.ofBox(pressed.clickSelects()));
        } else if (gesture instanceof Gesture.Moving moving) {
            Point offset = offset(moving);
            editor.apply(Edits.move(editor.layout(), editor.state().selection().boxes(), offset.x(), offset.y(),
                    editor.state().snap(), "move"));
        } else if (gesture instanceof Gesture.Wiring wiring && wiring.target() != null) {
            Hit.OnPort a = wiring.from();
            Hit.OnPort b = wiring.target();
            Hit.OnPort out = a.outlet() ? a : b;
            Hit.OnPort in = a.outlet() ? b : a;
            editor.apply(new Command.Connect(new Port(out.boxId(), out.index()), new Port(in.boxId(), in.index())));
        } else if (gesture instanceof Gesture.Resizing resizing) {
            editor.apply(Edits.resize(editor.level(), editor.layout(), resizing.boxId(),
                    Math.round(resizedWidth(resizing))));
        }
    }

    /** How far a drag moves the selection, in whole pixels (snapping happens per box on release). */
    static Point offset(Gesture.Moving moving) {
        double dx = moving.current().x() - moving.start().x();
        double dy = moving.current().y() - moving.start().y();
        return new Point(Math.round(dx), Math.round(dy));
    }

    /** The width a resize drag gives, never below the narrowest box. */
    static double resizedWidth(Gesture.Resizing resizing) {
        return Math.max(BoxGeometry.MIN_WIDTH, resizing.startWidth() + resizing.current().x() - resizing.start().x());
    }
}
