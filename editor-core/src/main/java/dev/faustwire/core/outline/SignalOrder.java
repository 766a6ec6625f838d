package dev.faustwire.core.outline;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.BoxLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The boxes of a patch in the order a signal runs through them: a box comes after every box that
 * feeds it, sources first; boxes equally ready go in reading order (top to bottom, then left to
 * right). A feedback loop is entered at its first box in reading order that something already
 * placed feeds. Comments come last, in reading order.
 */
public final class SignalOrder {
    private SignalOrder() {
    }

    /** Top to bottom, then left to right, then by the number in the id: how a person reads a canvas. */
    public static final Comparator<Box> READING = Comparator
            .comparingDouble((Box b) -> b.rect() == null ? 0 : b.rect().y())
            .thenComparingDouble(b -> b.rect() == null ? 0 : b.rect().x())
            .thenComparingInt(b -> Words.number(b.id()))
            .thenComparing(Box::id);

    /** The ids of the patch's boxes in signal order, comments last. */
    public static List<String> of(Patch patch) {
        List<Box> reading = readingOrder(patch);
        Map<String, Integer> rank = new LinkedHashMap<>();
        List<Box> comments = new ArrayList<>();
        List<Box> circuit = new ArrayList<>();
        for (Box box : reading) {
            if (BoxLabel.isComment(box)) {
                comments.add(box);
            } else {
                rank.put(box.id(), circuit.size());
                circuit.add(box);
            }
        }
        int n = circuit.size();
        int[] waiting = new int[n];
        List<List<Integer>> feeds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            feeds.add(new ArrayList<>());
        }
        for (Line line : patch.lines().values()) {
            Integer from = rank.get(line.src().boxId());
            Integer to = rank.get(line.dest().boxId());
            if (from != null && to != null) {
                feeds.get(from).add(to);
                waiting[to]++;
            }
        }
        TreeSet<Integer> ready = new TreeSet<>();
        TreeSet<Integer> fedInLoop = new TreeSet<>(); // fed by a placed box, still waiting for another
        boolean[] placed = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<String> order = new ArrayList<>(patch.boxes().size());
        TreeSet<Integer> unplaced = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            unplaced.add(i);
        }
        while (!unplaced.isEmpty()) {
            Integer next = ready.pollFirst();
            if (next == null) {
                next = fedInLoop.isEmpty() ? unplaced.first() : fedInLoop.first(); // a loop: enter it
            }
            fedInLoop.remove(next);
            unplaced.remove(next);
            placed[next] = true;
            order.add(circuit.get(next).id());
            for (int to : feeds.get(next)) {
                if (placed[to]) {
                    continue;
                }
                waiting[to]--;
                if (waiting[to] <= 0) {
                    fedInLoop.remove(to);
                    ready.add(to);
                } else {
                    fedInLoop.add(to);
                }
            }
        }
        for (Box comment : comments) {
            order.add(comment.id());
        }
        return order;
    }

    /** The boxes in {@link #READING} order, their keys computed once (the browser sorts slowly through lambdas). */
    static List<Box> readingOrder(Patch patch) {
        List<Box> boxes = new ArrayList<>(patch.boxes().values());
        int n = boxes.size();
        double[] y = new double[n];
        double[] x = new double[n];
        int[] number = new int[n];
        List<Integer> index = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Box b = boxes.get(i);
            y[i] = b.rect() == null ? 0 : b.rect().y();
            x[i] = b.rect() == null ? 0 : b.rect().x();
            number[i] = Words.number(b.id());
            index.add(i);
        }
        index.sort((a, b) -> {
            int c = Double.compare(y[a], y[b]);
            if (c == 0) {
                c = Double.compare(x[a], x[b]);
            }
            if (c == 0) {
                c = Integer.compare(number[a], number[b]);
            }
            return c != 0 ? c : boxes.get(a).id().compareTo(boxes.get(b).id());
        });
        List<Box> sorted = new ArrayList<>(n);
        for (int i : index) {
            sorted.add(boxes.get(i));
        }
        return sorted;
    }
}
