package dev.faustwire.core.editor;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.Hit;
import dev.faustwire.core.view.Layout;

/**
 * Drawing a line with the keys ({@code c} on a focused box): choose an outlet of the box with the
 * arrows, Enter; move the focus to the target box (Tab or arrows), Enter; choose its inlet, Enter.
 * Each step says what it waits for in {@link #status}, which the page announces. Immutable: every
 * key gives the next state.
 */
public record ConnectMode(Step step, String source, int outlet, String target, int inlet, String status) {

    /** What the mode waits for. */
    public enum Step { OUTLET, TARGET, INLET }

    /** Starts at outlet 0 of a box; null (with nothing to draw) when the box has no outlet. */
    static ConnectMode start(Patch level, Layout layout, String source) {
        BoxGeometry box = layout.box(source);
        if (box == null || box.outlets() == 0) {
            return null;
        }
        return outletChosen(level, layout, source, 0);
    }

    private static ConnectMode outletChosen(Patch level, Layout layout, String source, int outlet) {
        BoxGeometry box = layout.box(source);
        return new ConnectMode(Step.OUTLET, source, outlet, null, 0,
                "Connect from outlet " + (outlet + 1) + " of " + box.outlets() + " of " + name(level, source)
                        + ": left and right choose the outlet, Enter takes it, Escape cancels.");
    }

    /** Left or right on the outlet or the inlet: the previous or the next one, round. */
    ConnectMode turn(Patch level, Layout layout, int by) {
        if (step == Step.OUTLET) {
            int count = layout.box(source).outlets();
            return outletChosen(level, layout, source, Math.floorMod(outlet + by, count));
        }
        if (step == Step.INLET) {
            int count = layout.box(target).inlets();
            return inletChosen(level, layout, Math.floorMod(inlet + by, count));
        }
        return this;
    }

    /** Enter on the outlet: now the target box, starting where the focus goes first. */
    ConnectMode outletTaken(Patch level, String firstTarget) {
        String status = "Outlet " + (outlet + 1) + " of " + name(level, source) + "; choose a target box with Tab or"
                + " the arrows, then Enter" + (firstTarget == null ? "." : ": " + name(level, firstTarget) + ".");
        return new ConnectMode(Step.TARGET, source, outlet, firstTarget, 0, status);
    }

    /** The focus moved to another candidate target. */
    ConnectMode targetAt(Patch level, String box) {
        return new ConnectMode(Step.TARGET, source, outlet, box, 0, "Target: " + name(level, box)
                + ". Enter takes it, Escape cancels.");
    }

    /** Enter on the target: its inlet 0 next, or the same step again when it has none. */
    ConnectMode targetTaken(Patch level, Layout layout) {
        BoxGeometry box = target == null ? null : layout.box(target);
        if (box == null || box.inlets() == 0) {
            return new ConnectMode(Step.TARGET, source, outlet, target, 0,
                    (target == null ? "No box is chosen" : name(level, target) + " has no inlet")
                            + "; choose another target box.");
        }
        return new ConnectMode(Step.INLET, source, outlet, target, 0, "").inletChosen(level, layout, 0);
    }

    private ConnectMode inletChosen(Patch level, Layout layout, int index) {
        int count = layout.box(target).inlets();
        return new ConnectMode(Step.INLET, source, outlet, target, index, "To inlet " + (index + 1) + " of " + count
                + " of " + name(level, target) + ": left and right choose the inlet, Enter connects.");
    }

    /** The line Enter on the inlet draws. */
    Line line() {
        return new Line(null, new Port(source, outlet), new Port(target, inlet));
    }

    /** True when the level already has the line this mode would draw. */
    boolean exists(Patch level) {
        for (Line l : level.lines().values()) {
            if (l.src().equals(new Port(source, outlet)) && l.dest().equals(new Port(target, inlet))) {
                return true;
            }
        }
        return false;
    }

    /** The port the mode highlights on the canvas. */
    public Hit.OnPort highlighted() {
        return step == Step.INLET ? new Hit.OnPort(target, false, inlet) : new Hit.OnPort(source, true, outlet);
    }

    /** The text after a line was drawn. */
    String connected(Patch level) {
        return "Connected outlet " + (outlet + 1) + " of " + name(level, source) + " to inlet " + (inlet + 1) + " of "
                + name(level, target) + ".";
    }

    /** True while the boxes the mode works on are still in the level (an undo may take them away). */
    boolean valid(Patch level, Layout layout) {
        BoxGeometry from = layout.box(source);
        if (level.box(source) == null || from == null || outlet >= from.outlets()) {
            return false;
        }
        if (step == Step.INLET) {
            BoxGeometry to = layout.box(target);
            return level.box(target) != null && to != null && inlet < to.inlets();
        }
        return true;
    }

    /** How a box is spoken: {@code box 3 `os.osc`}. */
    public static String name(Patch level, String boxId) {
        Box box = level.box(boxId);
        String spoken = boxId.replace('-', ' ');
        return box == null ? spoken : spoken + " `" + box.text() + "`";
    }
}
