package dev.faustwire.core.editor;

import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.Bounds;
import dev.faustwire.core.view.Hit;
import dev.faustwire.core.view.Wire;
import java.util.List;

/**
 * What the page draws, keyed by id, in canvas pixels under one view transform. An element that
 * did not change since the last scene is the same object, so the page redraws only what differs.
 * {@code clockDomain} is null unless the level shown is inside an {@code ondemand} box.
 */
public record Scene(double scale, double offsetX, double offsetY, List<SceneBox> boxes, List<SceneLine> lines,
                    Wire pendingWire, Hit.OnPort wireTarget, Bounds marquee, double gridSize,
                    List<SceneHull> hulls, ClockDomain clockDomain) {

    /**
     * A box: where, what it shows, its ports, and how it is marked; {@code onDemand} for an
     * {@code ondemand} box, whose body is tinted and whose inlet 0 is its clock.
     */
    public record SceneBox(String id, Rect rect, List<String> label, int inlets, int outlets, boolean comment,
                           boolean selected, boolean error, boolean focused, String problem, boolean onDemand) {
        /** True when inlet {@code index} is the clock of an ondemand box. */
        public boolean clockInlet(int index) {
            return onDemand && index == 0;
        }
    }

    /** A line and its curve. */
    public record SceneLine(String id, Wire wire, boolean selected) {
    }

    /** The body of an iteration ({@code par 4}...), drawn as a tinted outline behind its boxes with the iteration's text. */
    public record SceneHull(String iterationId, String label, List<dev.faustwire.core.view.Point> outline) {
    }
}
