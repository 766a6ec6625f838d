package dev.faustwire.core.subpatch;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.Ids;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.PortCounts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Max's Encapsulate: the selected boxes of a level move into a new {@code p} box, with an
 * {@code in N} box per distinct outlet outside that feeds them (several lines from one outlet share
 * it) and an {@code out N} box per distinct outlet of theirs that feeds a box outside; the lines
 * across the border go through the new box's ports. One command, so one undo step. The content
 * keeps its ids and its layout, moved so that the {@code in} boxes fit above it; the {@code p} box
 * takes the selection's top-left corner, so that {@link Deencapsulation} puts everything back.
 */
public final class Encapsulation {
    /** Where the content's top-left corner lands inside the new sub-patcher. */
    static final double CONTENT_X = 30;
    static final double CONTENT_Y = 75;
    private static final double PORT_BOX_WIDTH = 45;

    private Encapsulation() {
    }

    /** The edit that encapsulates {@code selected} (box ids of {@code level}); nothing for an empty selection. */
    public static SubpatchEdit of(Patch level, Collection<String> selected, PortCounts counts) {
        TreeSet<String> inside = new TreeSet<>();
        for (String id : selected) {
            if (level.box(id) != null) {
                inside.add(id);
            }
        }
        if (inside.isEmpty()) {
            return SubpatchEdit.NOTHING;
        }
        Diagnostic refusal = BorderCheck.refusal(level, inside, counts);
        if (refusal != null) {
            return SubpatchEdit.refused(refusal);
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (String id : inside) {
            Rect rect = rectOf(level.box(id));
            left = Math.min(left, rect.x());
            top = Math.min(top, rect.y());
            bottom = Math.max(bottom, rect.y() + rect.height());
        }
        double dx = CONTENT_X - left;
        double dy = CONTENT_Y - top;
        Map<String, Box> boxes = new TreeMap<>();
        Map<String, Line> lines = new TreeMap<>();
        for (String id : inside) {
            Box box = level.box(id);
            Rect rect = box.rect();
            boxes.put(id, rect == null ? box : box.withRect(rect.movedTo(rect.x() + dx, rect.y() + dy)));
        }
        List<Port> sources = new ArrayList<>();
        List<Port> results = new ArrayList<>();
        List<Line> into = new ArrayList<>();
        List<Line> outOf = new ArrayList<>();
        for (Line line : level.lines().values()) {
            boolean srcIn = inside.contains(line.src().boxId());
            boolean destIn = inside.contains(line.dest().boxId());
            if (srcIn && destIn) {
                lines.put(line.id(), line);
            } else if (destIn) {
                into.add(line);
                if (!sources.contains(line.src())) {
                    sources.add(line.src());
                }
            } else if (srcIn) {
                outOf.add(line);
                if (!results.contains(line.src())) {
                    results.add(line.src());
                }
            }
        }
        sortByPlace(level, sources);
        sortByPlace(level, results);
        List<String> usedBoxes = new ArrayList<>(inside);
        List<String> usedLines = new ArrayList<>(lines.keySet());
        double nextInX = -Double.MAX_VALUE;
        for (int k = 0; k < sources.size(); k++) {
            Port source = sources.get(k);
            String inId = Ids.next("box", usedBoxes);
            usedBoxes.add(inId);
            double x = Double.MAX_VALUE;
            for (Line line : into) {
                if (line.src().equals(source)) {
                    x = Math.min(x, rectOf(level.box(line.dest().boxId())).x() + dx);
                    String lineId = Ids.next("line", usedLines);
                    usedLines.add(lineId);
                    lines.put(lineId, new Line(lineId, new Port(inId, 0), line.dest()));
                }
            }
            x = Math.max(x, nextInX);
            nextInX = x + PORT_BOX_WIDTH + 10;
            boxes.put(inId, new Box(inId, "in " + (k + 1), new Rect(x, CONTENT_Y - 50, PORT_BOX_WIDTH, BoxGeometry.BOX_HEIGHT)));
        }
        double nextOutX = -Double.MAX_VALUE;
        for (int k = 0; k < results.size(); k++) {
            Port result = results.get(k);
            String outId = Ids.next("box", usedBoxes);
            usedBoxes.add(outId);
            double x = Math.max(rectOf(level.box(result.boxId())).x() + dx, nextOutX);
            nextOutX = x + PORT_BOX_WIDTH + 10;
            boxes.put(outId, new Box(outId, "out " + (k + 1),
                    new Rect(x, bottom + dy + 30, PORT_BOX_WIDTH, BoxGeometry.BOX_HEIGHT)));
            String lineId = Ids.next("line", usedLines);
            usedLines.add(lineId);
            lines.put(lineId, new Line(lineId, result, new Port(outId, 0)));
        }
        Patch content = new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
        String boxId = Ids.next("box", level.boxes().keySet());
        int ports = Math.max(sources.size(), results.size());
        Box sub = new Box(boxId, "p", new Rect(left, top, BoxGeometry.widthFor("p", ports), BoxGeometry.BOX_HEIGHT))
                .withSubpatch(content);
        List<Command> commands = new ArrayList<>();
        for (String id : inside) {
            commands.add(new Command.RemoveBox(id));
        }
        commands.add(new Command.AddBox(sub));
        for (int k = 0; k < sources.size(); k++) {
            commands.add(new Command.Connect(sources.get(k), new Port(boxId, k)));
        }
        for (Line line : outOf) {
            commands.add(new Command.Connect(new Port(boxId, results.indexOf(line.src())), line.dest()));
        }
        return new SubpatchEdit(new Command.Group("encapsulate", commands), List.of(boxId), null);
    }

    static Rect rectOf(Box box) {
        return box.rect() == null ? new Rect(0, 0, BoxGeometry.MIN_WIDTH, BoxGeometry.BOX_HEIGHT) : box.rect();
    }

    /** Left to right by the box's place (then id and port), so that lines into the new box do not cross. */
    private static void sortByPlace(Patch level, List<Port> ports) {
        ports.sort((a, b) -> {
            int byX = Double.compare(rectOf(level.box(a.boxId())).x(), rectOf(level.box(b.boxId())).x());
            if (byX != 0) {
                return byX;
            }
            int byId = a.boxId().compareTo(b.boxId());
            return byId != 0 ? byId : Integer.compare(a.index(), b.index());
        });
    }
}
