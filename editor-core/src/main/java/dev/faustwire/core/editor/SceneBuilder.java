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
import dev.faustwire.core.view.PortCounts;
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
    private Map<String, SceneBox> lastBoxes = new LinkedHashMap<>();
    private Map<String, SceneLine> lastLines = new LinkedHashMap<>();

    Scene build(Patch level, Layout layout, EditorState state, Set<String> errors, PortCounts counts) {
        Gesture gesture = state.gesture();
        Selection selection = state.selection();
        double dx = 0;
        double dy = 0;
        if (gesture instanceof Gesture.Moving moving) {
            Point offset = Pointer.offset(moving, state.snap());
            dx = offset.x();
            dy = offset.y();
        }
        String prefix = pathPrefix(state.level());
        Map<String, SceneBox> boxes = new LinkedHashMap<>();
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
            SceneBox next = new SceneBox(id, rect, BoxLabel.lines(box), geometry.inlets(), geometry.outlets(),
                    BoxLabel.isComment(box), selected, errors.contains(prefix + id));
            SceneBox last = lastBoxes.get(id);
            SceneBox kept = next.equals(last) ? last : next;
            boxes.put(id, kept);
            boxList.add(kept);
        }
        Map<String, SceneLine> lines = new LinkedHashMap<>();
        List<SceneLine> lineList = new ArrayList<>();
        for (Line line : level.lines().values()) {
            BoxGeometry src = shown.get(line.src().boxId());
            BoxGeometry dest = shown.get(line.dest().boxId());
            if (src == null || dest == null) {
                continue;
            }
            SceneLine next = new SceneLine(line.id(),
                    Wire.between(src.outlet(line.src().index()), dest.inlet(line.dest().index())),
                    selection.hasLine(line.id()));
            SceneLine last = lastLines.get(line.id());
            SceneLine kept = next.equals(last) ? last : next;
            lines.put(line.id(), kept);
            lineList.add(kept);
        }
        lastBoxes = boxes;
        lastLines = lines;
        Wire pending = null;
        Hit.OnPort target = null;
        if (gesture instanceof Gesture.Wiring wiring) {
            target = wiring.target();
            Point from = portPoint(layout, wiring.from());
            Point to = target != null ? portPoint(layout, target) : wiring.current();
            pending = wiring.from().outlet() ? Wire.between(from, to) : Wire.between(to, from);
        }
        Bounds marquee = gesture instanceof Gesture.Marquee m ? Bounds.between(m.start(), m.current()) : null;
        return new Scene(state.view().scale(), state.view().offsetX(), state.view().offsetY(), boxList, lineList,
                pending, target, marquee, state.snap() ? PatchEditor.GRID : 0);
    }

    private static Point portPoint(Layout layout, Hit.OnPort port) {
        BoxGeometry box = layout.box(port.boxId());
        return port.outlet() ? box.outlet(port.index()) : box.inlet(port.index());
    }

    /** {@code box-9/} for a level inside box-9, empty for the top. */
    private static String pathPrefix(List<String> level) {
        StringBuilder prefix = new StringBuilder();
        for (String id : level) {
            prefix.append(id).append('/');
        }
        return prefix.toString();
    }
}
