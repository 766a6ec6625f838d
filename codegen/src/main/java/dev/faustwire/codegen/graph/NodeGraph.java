package dev.faustwire.codegen.graph;

import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The graph of a level as the analyses walk it. Iteration and effect boxes are two nodes each:
 * their source (the outlets a body reads) and their result, so that a body is not a loop. Node
 * of box position p is p; the source node of an iteration or effect box is {@code boxes + p}.
 */
public final class NodeGraph {
    public final Graph graph;
    public final int boxes;
    public final List<List<Integer>> successors;
    public final List<List<Integer>> predecessors;
    private final Map<String, Integer> position;
    private boolean[] matters;

    private NodeGraph(Graph graph) {
        this.graph = graph;
        this.position = graph.positions();
        this.boxes = graph.order.size();
        this.successors = new ArrayList<>(2 * boxes);
        this.predecessors = new ArrayList<>(2 * boxes);
    }

    /** The nodes and edges of a level's graph. */
    public static NodeGraph of(Graph graph) {
        NodeGraph nodes = new NodeGraph(graph);
        for (int i = 0; i < 2 * nodes.boxes; i++) {
            nodes.successors.add(new ArrayList<>(2));
            nodes.predecessors.add(new ArrayList<>(2));
        }
        for (Map.Entry<String, List<List<Port>>> entry : graph.inbound.entrySet()) {
            int dest = nodes.node(entry.getKey());
            for (List<Port> sources : entry.getValue()) {
                for (Port source : sources) {
                    int from = nodes.outNode(source);
                    nodes.successors.get(from).add(dest);
                    nodes.predecessors.get(dest).add(from);
                }
            }
        }
        return nodes;
    }

    public int node(String id) {
        return position.get(id);
    }

    /** The node an outlet leaves from: the source node for an effect's outlets and an iteration's body outlets. */
    public int outNode(Port source) {
        BoxSpec spec = graph.specs.get(source.boxId());
        int p = node(source.boxId());
        if (spec.role() == BoxSpec.Role.EFFECT) {
            return boxes + p;
        }
        if (spec.role() == BoxSpec.Role.ITERATION && source.index() >= spec.iteration().outputs()) {
            return boxes + p;
        }
        return p;
    }

    /** The box id of a box node. */
    public String id(int node) {
        return graph.order.get(node);
    }

    private boolean isDelayNode(int node) {
        BoxSpec spec = node < boxes ? graph.specs.get(graph.order.get(node)) : null;
        return spec != null && spec.isDelay();
    }

    /**
     * The edges without those that leave a delay ({@code mem}, {@code @ N}) and those into the inlet a
     * library function delays ({@code gen.history}'s input; a {@code gen.delay}'s tap times stay):
     * the cycles that remain have no delay.
     */
    public List<List<Integer>> edgesWithoutDelays() {
        List<List<Integer>> cut = new ArrayList<>(successors.size());
        for (int from = 0; from < successors.size(); from++) {
            cut.add(isDelayNode(from) ? Collections.<Integer>emptyList() : successors.get(from));
        }
        for (Map.Entry<String, List<List<Port>>> entry : graph.inbound.entrySet()) {
            int fedInlet = graph.specs.get(entry.getKey()).fedInlet();
            if (fedInlet < 0) {
                continue;
            }
            Integer dest = node(entry.getKey());
            for (Port source : entry.getValue().get(fedInlet)) {
                int from = outNode(source);
                if (!isDelayNode(from)) {
                    List<Integer> kept = new ArrayList<>(cut.get(from));
                    kept.remove(dest);
                    cut.set(from, kept);
                }
            }
        }
        return cut;
    }

    /** Per node, whether its result reaches an out box or the effect: a box whose result goes nowhere harms no one. */
    public boolean[] matters() {
        if (matters == null) {
            List<Integer> sinks = new ArrayList<>();
            for (String id : graph.order) {
                BoxSpec spec = graph.specs.get(id);
                if (spec != null && (spec.role() == BoxSpec.Role.OUTPUT || spec.role() == BoxSpec.Role.EFFECT)) {
                    sinks.add(node(id));
                }
            }
            matters = reach(sinks, predecessors, -1);
        }
        return matters;
    }

    /** The nodes reached from {@code starts} along {@code edges}, not going on from {@code stop}. */
    public boolean[] reach(List<Integer> starts, List<List<Integer>> edges, int stop) {
        boolean[] seen = new boolean[2 * boxes];
        List<Integer> work = new ArrayList<>();
        for (int start : starts) {
            if (!seen[start]) {
                seen[start] = true;
                work.add(start);
            }
        }
        while (!work.isEmpty()) {
            int n = work.remove(work.size() - 1);
            if (n == stop) {
                continue;
            }
            for (int next : edges.get(n)) {
                if (!seen[next]) {
                    seen[next] = true;
                    work.add(next);
                }
            }
        }
        return seen;
    }
}
