package dev.faustwire.core.view;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.PortCounts.Ports;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of every box of one level, in paint order. A box is at least as wide as its text
 * and its ports; a box without a place is stacked at the left; a box has at least the ports its
 * lines use, so every line can be drawn; a comment is as tall as its lines.
 */
public final class Layout {
    private final Map<String, BoxGeometry> boxes = new LinkedHashMap<>();

    private Layout() {
    }

    public static Layout of(Patch patch, PortCounts counts) {
        Map<String, int[]> ports = new LinkedHashMap<>();
        for (Box box : patch.boxes().values()) {
            Ports p = counts.of(box);
            ports.put(box.id(), new int[] {p.inlets(), p.outlets()});
        }
        for (Line line : patch.lines().values()) {
            int[] dest = ports.get(line.dest().boxId());
            if (dest != null) {
                dest[0] = Math.max(dest[0], line.dest().index() + 1);
            }
            int[] src = ports.get(line.src().boxId());
            if (src != null) {
                src[1] = Math.max(src[1], line.src().index() + 1);
            }
        }
        Layout layout = new Layout();
        double autoY = 15;
        for (Box box : patch.boxes().values()) {
            int[] p = ports.get(box.id());
            Rect rect = box.rect();
            if (rect == null) {
                rect = new Rect(15, autoY, 0, 0);
                autoY += 45;
            }
            layout.boxes.put(box.id(), new BoxGeometry(box.id(), shown(box, rect, Math.max(p[0], p[1])), p[0], p[1]));
        }
        return layout;
    }

    /** The rectangle a box is drawn in: its stored place, widened and heightened to fit. */
    static Rect shown(Box box, Rect rect, int ports) {
        List<String> lines = BoxLabel.lines(box);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, BoxGeometry.widthFor(line, ports));
        }
        double height = BoxLabel.isComment(box)
                ? Math.max(rect.height(), lines.size() * BoxGeometry.LINE_HEIGHT + 7) : BoxGeometry.BOX_HEIGHT;
        return new Rect(rect.x(), rect.y(), Math.max(rect.width(), width), height);
    }

    public BoxGeometry box(String id) {
        return boxes.get(id);
    }

    /** Every box, in paint order (bottom first). */
    public Collection<BoxGeometry> boxes() {
        return boxes.values();
    }

    /** The bounds of every box, or null when there are none. */
    public Bounds contentBounds() {
        Bounds all = null;
        for (BoxGeometry box : boxes.values()) {
            all = all == null ? box.bounds() : all.union(box.bounds());
        }
        return all;
    }

    /** The ids of the boxes a rectangle touches, in paint order. */
    public List<String> boxesIn(Bounds area) {
        List<String> ids = new ArrayList<>();
        for (BoxGeometry box : boxes.values()) {
            if (area.intersects(box.bounds())) {
                ids.add(box.id());
            }
        }
        return ids;
    }
}
