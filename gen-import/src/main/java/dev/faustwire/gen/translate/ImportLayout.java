package dev.faustwire.gen.translate;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.BoxLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits one imported level's boxes to their new texts. Max sized each box for its Gen text; the
 * imported text is often longer ({@code delay} became {@code gen.delay 192000 1 1 2}), and a box is
 * drawn as wide as its text needs ({@link BoxGeometry#widthFor}, the editor's measure). So each box
 * gets that width, a comment's note is wrapped at its Max width (Max wraps it there), and a box that
 * a widened box on its left would now cover moves right, keeping the gap Max left between them.
 */
final class ImportLayout {
    /** The gap kept between a widened box and the one it pushes. */
    static final double GAP = 8;

    private ImportLayout() {
    }

    /**
     * Widens, wraps and pushes the boxes of one level in place. {@code maxPlaced}: the ids of the boxes
     * Max gave a place (the others, such as an in's clamp, always push what is right of them);
     * {@code wrapped}: the ids of the Max comments to wrap.
     */
    static void fit(TreeMap<String, Box> boxes, Map<String, Line> lines, java.util.Set<String> maxPlaced,
                    java.util.Set<String> wrapped) {
        Map<String, Integer> ports = ports(lines);
        List<Box> order = new ArrayList<>();
        Map<String, Rect> original = new TreeMap<>();
        for (Box box : boxes.values()) {
            if (box.rect() == null) {
                continue;
            }
            Box fitted = widened(box, ports.getOrDefault(box.id(), 0), wrapped.contains(box.id()));
            boxes.put(box.id(), fitted);
            original.put(box.id(), box.rect());
            order.add(fitted);
        }
        order.sort((a, b) -> a.rect().x() != b.rect().x() ? Double.compare(a.rect().x(), b.rect().x())
                : Double.compare(a.rect().y(), b.rect().y()));
        List<Box> done = new ArrayList<>();
        for (Box box : order) {
            Rect at = box.rect();
            Rect was = original.get(box.id());
            double x = at.x();
            for (Box left : done) {
                Rect l = left.rect();
                Rect lWas = original.get(left.id());
                boolean sameRow = l.y() < at.y() + height(box) && at.y() < l.y() + height(left);
                // Side by side in Max: left of it, overlapping by less than half its width (Max's own
                // boxes often touch or overlap by a few pixels); a box Max stacked on another stays.
                double maxGap = was.x() - (lWas.x() + lWas.width());
                boolean sideBySide = !maxPlaced.contains(left.id()) || -maxGap < lWas.width() / 2;
                if (sameRow && lWas.x() < was.x() && sideBySide) {
                    x = Math.max(x, l.x() + l.width() + Math.max(0, Math.min(GAP, maxGap)));
                }
            }
            Box moved = x == at.x() ? box : box.withRect(new Rect(x, at.y(), at.width(), at.height()));
            boxes.put(box.id(), moved);
            done.add(moved);
        }
        pushDown(boxes, done, original);
    }

    /**
     * A wrapped comment can be taller than Max drew it: the boxes Max put below it (in its column)
     * move down as far, keeping Max's gap; other boxes have Max's height and do not move.
     */
    private static void pushDown(TreeMap<String, Box> boxes, List<Box> all, Map<String, Rect> original) {
        List<Box> order = new ArrayList<>(all);
        order.sort((a, b) -> Double.compare(original.get(a.id()).y(), original.get(b.id()).y()));
        List<Box> done = new ArrayList<>();
        for (Box box : order) {
            Box current = boxes.get(box.id());
            Rect at = current.rect();
            Rect was = original.get(box.id());
            double y = at.y();
            for (Box above : done) {
                Rect a = above.rect();
                Rect aWas = original.get(above.id());
                double gap = was.y() - (aWas.y() + aWas.height());
                boolean sameColumn = a.x() < at.x() + at.width() && at.x() < a.x() + a.width();
                if (sameColumn && gap >= 0) {
                    y = Math.max(y, a.y() + height(above) + Math.min(GAP, gap));
                }
            }
            Box moved = y == at.y() ? current : current.withRect(new Rect(at.x(), y, at.width(), at.height()));
            boxes.put(box.id(), moved);
            done.add(moved);
        }
    }

    /** A box as wide as its text needs; a Max comment with its note wrapped to its width. */
    static Box widened(Box box, int ports, boolean wrap) {
        Rect rect = box.rect();
        String note = BoxLabel.note(box);
        if (note != null && wrap) {
            String wrapped = wrap(note, Math.max(8, (int) Math.floor((rect.width() - 10) / BoxGeometry.CHAR_WIDTH)));
            JsonObject data = box.data() instanceof JsonObject d ? d : JsonObject.EMPTY;
            Box rewrapped = wrapped.equals(note) ? box : box.withData(data.with("value", new JsonString(wrapped)));
            return rewrapped.withRect(new Rect(rect.x(), rect.y(), width(rewrapped, 0, rect.width()), rect.height()));
        }
        return box.withRect(new Rect(rect.x(), rect.y(), width(box, ports, rect.width()), rect.height()));
    }

    private static double width(Box box, int ports, double atLeast) {
        double width = atLeast;
        for (String line : BoxLabel.lines(box)) {
            width = Math.max(width, Math.ceil(BoxGeometry.widthFor(line, ports)));
        }
        return width;
    }

    /** The height a box is drawn with: one line, or a comment's lines. */
    private static double height(Box box) {
        return BoxLabel.note(box) == null ? BoxGeometry.BOX_HEIGHT
                : Math.max(box.rect().height(), BoxLabel.lines(box).size() * BoxGeometry.LINE_HEIGHT + 7);
    }

    /**
     * Text whose lines longer than {@code columns} characters are broken at spaces (a longer word
     * stays whole, the spaces of a broken line fold to one); shorter lines are kept as they are.
     */
    static String wrap(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            out.append(line.length() <= columns ? line : broken(line, columns));
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String broken(String line, int columns) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            int end = i;
            while (end < line.length() && line.charAt(end) != ' ') {
                end++;
            }
            if (end == i) {
                break;
            }
            if (lineLength > 0 && lineLength + 1 + (end - i) > columns) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(line, i, end);
            lineLength += end - i;
            i = end;
        }
        return out.toString();
    }

    /** The most ports a box's lines use, on either side, by box id. */
    private static Map<String, Integer> ports(Map<String, Line> lines) {
        Map<String, Integer> ports = new TreeMap<>();
        for (Line line : lines.values()) {
            ports.merge(line.src().boxId(), line.src().index() + 1, Math::max);
            ports.merge(line.dest().boxId(), line.dest().index() + 1, Math::max);
        }
        return ports;
    }
}
