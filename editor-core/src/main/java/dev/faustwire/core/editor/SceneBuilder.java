package dev.faustwire.core.editor;

import dev.faustwire.core.editor.Scene.SceneBox;
import dev.faustwire.core.editor.Scene.SceneLine;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.Bounds;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.BoxLabel;
import dev.faustwire.core.view.Hit;
import dev.faustwire.core.view.Layout;
import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the scene of the open level with the gesture's preview applied (dragged boxes moved, a
 * resized box widened, the wire being drawn, the selection rectangle). Elements equal to those of
 * the last scene are given back as the same objects, so the page compares by identity.
 */
final class SceneBuilder {
    /** What each box's scene element was made from, so that an unchanged box costs a lookup. */
    private Map<String, BoxSource> boxSources = new LinkedHashMap<>();
    /** The box geometries each line's curve was made from. */
    private Map<String, LineSource> lineSources = new LinkedHashMap<>();
    /** Hover text per box path: the problems of the box at fault. */
    private Map<String, String> problems = new LinkedHashMap<>();

    private record BoxSource(BoxGeometry geometry, Box box, boolean selected, boolean error, boolean focused,
                             SceneBox scene, String problem) {
    }

    private record LineSource(Line line, BoxGeometry src, BoxGeometry dest, boolean selected, SceneLine scene) {
    }

    Scene build(Patch level, Layout layout, EditorState state, Set<String> errors, String focusedBox,
                ConnectMode connect, Map<String, List<String>> bodies, ClockDomain clockDomain) {
        Gesture gesture = state.gesture();
        Selection selection = state.selection();
        double dx = 0;
        double dy = 0;
        if (gesture instanceof Gesture.Moving moving) {
            Point offset = Pointer.offset(moving);
            dx = offset.x();
            dy = offset.y();
        }
        String prefix = pathPrefix(state.level());
        Map<String, BoxSource> newBoxSources = new LinkedHashMap<>();
        Map<String, LineSource> newLineSources = new LinkedHashMap<>();
        Map<String, BoxGeometry> shown = new LinkedHashMap<>();
        List<SceneBox> boxList = new ArrayList<>();
        for (BoxGeometry geometry : layout.boxes()) {
            String id = geometry.id();
            Rect rect = geometry.rect();
            boolean selected = selection.hasBox(id);
            if (selected && (dx != 0 || dy != 0)) {
                rect = new Rect(rect.x() + dx, rect.y() + dy, rect.width(), rect.height());
            }
            if (gesture instanceof Gesture.Resizing resizing && resizing.boxId().equals(id)) {
                rect = new Rect(rect.x(), rect.y(), Pointer.resizedWidth(resizing), rect.height());
            }
            BoxGeometry moved = rect == geometry.rect() ? geometry
                    : new BoxGeometry(id, rect, geometry.inlets(), geometry.outlets());
            shown.put(id, moved);
            Box box = level.box(id);
            boolean error = errors.contains(prefix + id) || holdsError(errors, prefix + id + "/");
            boolean focused = id.equals(focusedBox);
            String problem = problems.get(prefix + id);
            BoxSource source = boxSources.get(id);
            SceneBox kept;
            if (source != null && source.geometry == moved && source.box == box && source.selected == selected
                    && source.error == error && source.focused == focused && java.util.Objects.equals(source.problem, problem)) {
                kept = source.scene; // nothing it is made from changed: no new objects (a drag over 1,000 boxes)
            } else {
                SceneBox next = new SceneBox(id, rect, BoxLabel.lines(box), geometry.inlets(), geometry.outlets(),
                        BoxLabel.isComment(box), selected, error, focused, problem,
                        dev.faustwire.core.subpatch.SubpatchBoxes.isOnDemand(box));
                SceneBox last = source == null ? null : source.scene;
                kept = next.equals(last) ? last : next;
            }
            newBoxSources.put(id, new BoxSource(moved, box, selected, error, focused, kept, problem));
            boxList.add(kept);
        }
        List<SceneLine> lineList = new ArrayList<>();
        for (Line line : level.lines().values()) {
            BoxGeometry src = shown.get(line.src().boxId());
            BoxGeometry dest = shown.get(line.dest().boxId());
            if (src == null || dest == null) {
                continue;
            }
            boolean selected = selection.hasLine(line.id());
            LineSource source = lineSources.get(line.id());
            SceneLine kept;
            if (source != null && source.line == line && source.src == src && source.dest == dest
                    && source.selected == selected) {
                kept = source.scene;
            } else {
                SceneLine next = new SceneLine(line.id(),
                        Wire.of(line, src, dest), selected);
                SceneLine last = source == null ? null : source.scene;
                kept = next.equals(last) ? last : next;
            }
            newLineSources.put(line.id(), new LineSource(line, src, dest, selected, kept));
            lineList.add(kept);
        }
        boxSources = newBoxSources;
        lineSources = newLineSources;
        Wire pending = null;
        Hit.OnPort target = null;
        if (gesture instanceof Gesture.Wiring wiring) {
            target = wiring.target();
            Point from = portPoint(layout, wiring.from());
            Point to = target != null ? portPoint(layout, target) : wiring.current();
            pending = wiring.from().outlet() ? Wire.between(from, to) : Wire.between(to, from);
        } else if (connect != null && layout.box(connect.source()) != null) {
            target = connect.highlighted();
            pending = keyboardWire(layout, connect);
        }
        Bounds marquee = gesture instanceof Gesture.Marquee m ? Bounds.between(m.start(), m.current()) : null;
        return new Scene(state.view().scale(), state.view().offsetX(), state.view().offsetY(), boxList, lineList,
                pending, target, marquee, state.snap() ? PatchEditor.GRID : 0, hulls(level, shown, bodies), clockDomain);
    }

    /** True when a box inside the sub-patcher at this path ({@code box-9/}) is in error: its box is marked too. */
    private static boolean holdsError(Set<String> errors, String inside) {
        for (String path : errors) {
            if (path.startsWith(inside)) {
                return true;
            }
        }
        return false;
    }

    void setProblems(Map<String, String> byBoxPath) {
        problems = new LinkedHashMap<>(byBoxPath);
    }

    private static Point portPoint(Layout layout, Hit.OnPort port) {
        BoxGeometry box = layout.box(port.boxId());
        return port.outlet() ? box.outlet(port.index()) : box.inlet(port.index());
    }

    /** The line connect mode would draw: to the chosen inlet, or to the top of the target box. */
    private static Wire keyboardWire(Layout layout, ConnectMode connect) {
        BoxGeometry to = connect.target() == null ? null : layout.box(connect.target());
        if (to == null) {
            return null;
        }
        Point from = layout.box(connect.source()).outlet(connect.outlet());
        Point end = to.inlets() > 0 ? to.inlet(Math.min(connect.inlet(), to.inlets() - 1))
                : new Point(to.rect().x() + to.rect().width() / 2, to.rect().y());
        return Wire.between(from, end);
    }

    /** {@code box-9/} for a level inside box-9, empty for the top. */
    private static String pathPrefix(List<String> level) {
        StringBuilder prefix = new StringBuilder();
        for (String id : level) {
            prefix.append(id).append('/');
        }
        return prefix.toString();
    }

    /** The outline of each iteration body of the level around its boxes as shown (a drag moves it too). */
    private List<Scene.SceneHull> hulls(Patch level, Map<String, BoxGeometry> shown, Map<String, List<String>> bodies) {
        List<Scene.SceneHull> hulls = new ArrayList<>();
        for (Map.Entry<String, List<String>> body : bodies.entrySet()) {
            List<Rect> rects = new ArrayList<>();
            for (String id : body.getValue()) {
                BoxGeometry box = shown.get(id);
                if (box != null) {
                    rects.add(box.rect());
                }
            }
            Box iteration = level.box(body.getKey());
            if (!rects.isEmpty() && iteration != null) {
                hulls.add(new Scene.SceneHull(body.getKey(), iteration.text(),
                        dev.faustwire.core.subpatch.HullShape.around(rects)));
            }
        }
        return hulls;
    }
}
