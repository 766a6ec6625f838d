package dev.faustwire.core.outline;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.outline.Outline.End;
import dev.faustwire.core.outline.Outline.Item;
import dev.faustwire.core.outline.Outline.PortReading;
import dev.faustwire.core.view.BoxLabel;
import dev.faustwire.core.view.PortCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a level as a circuit: "box 3, “* 0.5”, input 1 from box 1 “in 1”; output to box 4 “out 1”".
 * Every inlet and outlet is said, with the box at the other end of each of its lines (and that
 * box's port when it has several); an unconnected inlet is said so, and several lines into one
 * inlet are said to be summed, as Faust sums them.
 */
public final class Outlines {
    private Outlines() {
    }

    public static Outline of(Patch level, PortCounts counts) {
        List<String> order = SignalOrder.of(level);
        Map<String, Integer> position = new LinkedHashMap<>();
        for (String id : order) {
            position.put(id, position.size());
        }
        Map<String, int[]> ports = new LinkedHashMap<>(); // id -> {inlets, outlets}
        for (Box box : level.boxes().values()) {
            PortCounts.Ports p = BoxLabel.isComment(box) ? PortCounts.Ports.UNKNOWN : counts.of(box);
            ports.put(box.id(), new int[] {p.inlets(), p.outlets()});
        }
        List<Line> lines = new ArrayList<>();
        for (Line line : level.lines().values()) {
            int[] src = ports.get(line.src().boxId());
            int[] dest = ports.get(line.dest().boxId());
            if (src != null && dest != null && line.src().index() >= 0 && line.dest().index() >= 0) {
                lines.add(line);
                src[1] = Math.max(src[1], line.src().index() + 1); // a line beyond the known ports is still said
                dest[0] = Math.max(dest[0], line.dest().index() + 1);
            }
        }
        lines = inSignalOrder(lines, position);
        Map<String, List<Line>> touching = new LinkedHashMap<>(); // per box, its lines in order
        for (Line line : lines) {
            touching.computeIfAbsent(line.src().boxId(), id -> new ArrayList<>()).add(line);
            if (!line.dest().boxId().equals(line.src().boxId())) {
                touching.computeIfAbsent(line.dest().boxId(), id -> new ArrayList<>()).add(line);
            }
        }
        Map<String, String> said = described(level);
        List<Item> items = new ArrayList<>(order.size());
        for (String id : order) {
            items.add(item(said, level.box(id), ports, touching.getOrDefault(id, List.of())));
        }
        return new Outline(items);
    }

    /** Lines in the order of the boxes at their ends, then of their ports (positions looked up once per line). */
    private static List<Line> inSignalOrder(List<Line> lines, Map<String, Integer> position) {
        int n = lines.size();
        int[][] keys = new int[n][];
        List<Integer> index = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            keys[i] = new int[] {position.get(line.src().boxId()), line.src().index(),
                    position.get(line.dest().boxId()), line.dest().index()};
            index.add(i);
        }
        index.sort((a, b) -> {
            for (int k = 0; k < 4; k++) {
                int c = Integer.compare(keys[a][k], keys[b][k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        List<Line> sorted = new ArrayList<>(n);
        for (int i : index) {
            sorted.add(lines.get(i));
        }
        return sorted;
    }

    private static Item item(Map<String, String> said, Box box, Map<String, int[]> ports, List<Line> lines) {
        String name = Words.boxName(box.id());
        if (BoxLabel.isComment(box)) {
            String note = BoxLabel.note(box);
            return new Item(box.id(), name, note, true, -1, List.of(), name + ", comment: " + note);
        }
        int[] count = ports.get(box.id());
        List<PortReading> readings = new ArrayList<>();
        for (int i = 0; i < count[0]; i++) {
            List<End> ends = new ArrayList<>();
            for (Line line : lines) {
                if (line.dest().boxId().equals(box.id()) && line.dest().index() == i) {
                    ends.add(new End(line.src().boxId(), line.src().index(), line.id()));
                }
            }
            readings.add(new PortReading(true, i, ends, inletPhrase(said, i, ends, ports)));
        }
        for (int i = 0; i < count[1]; i++) {
            List<End> ends = new ArrayList<>();
            for (Line line : lines) {
                if (line.src().boxId().equals(box.id()) && line.src().index() == i) {
                    ends.add(new End(line.dest().boxId(), line.dest().index(), line.id()));
                }
            }
            readings.add(new PortReading(false, i, ends, outletPhrase(said, i, count[1], ends, ports)));
        }
        int inside = box.subpatch() == null ? -1 : box.subpatch().boxes().size();
        StringBuilder sentence = new StringBuilder(name).append(", ").append(Words.quoted(box.text()));
        if (inside >= 0) {
            sentence.append(", holds a patch of ").append(Words.boxes(inside));
        }
        for (int i = 0; i < readings.size(); i++) {
            sentence.append(i == 0 ? ", " : "; ").append(readings.get(i).phrase());
        }
        return new Item(box.id(), name, box.text(), false, inside, readings, sentence.toString());
    }

    private static String inletPhrase(Map<String, String> said, int index, List<End> ends, Map<String, int[]> ports) {
        String port = "input " + (index + 1);
        if (ends.isEmpty()) {
            return port + " unconnected";
        }
        List<String> sources = new ArrayList<>();
        for (End end : ends) {
            String at = ports.get(end.boxId())[1] > 1 ? "output " + (end.port() + 1) + " of " : "";
            sources.add(at + said.get(end.boxId()));
        }
        return port + " from " + Words.list(sources) + (ends.size() > 1 ? ", summed" : "");
    }

    private static String outletPhrase(Map<String, String> said, int index, int outlets, List<End> ends, Map<String, int[]> ports) {
        String port = outlets > 1 ? "output " + (index + 1) : "output";
        if (ends.isEmpty()) {
            return port + " unconnected";
        }
        Map<String, List<String>> inletsByBox = new LinkedHashMap<>();
        for (End end : ends) {
            inletsByBox.computeIfAbsent(end.boxId(), id -> new ArrayList<>()).add(Integer.toString(end.port() + 1));
        }
        List<String> targets = new ArrayList<>();
        for (Map.Entry<String, List<String>> target : inletsByBox.entrySet()) {
            List<String> inlets = target.getValue();
            String at = "";
            if (inlets.size() > 1) {
                at = "inputs " + Words.list(inlets) + " of ";
            } else if (ports.get(target.getKey())[0] > 1) {
                at = "input " + inlets.get(0) + " of ";
            }
            targets.add(at + said.get(target.getKey()));
        }
        return port + " to " + Words.list(targets);
    }

    /** "box 1 “in 1”" for each box, made once: the browser builds strings slowly, and each is said by every neighbour. */
    private static Map<String, String> described(Patch level) {
        Map<String, String> said = new LinkedHashMap<>();
        for (Box box : level.boxes().values()) {
            said.put(box.id(), Words.boxName(box.id()) + " " + Words.quoted(box.text()));
        }
        return said;
    }
}
