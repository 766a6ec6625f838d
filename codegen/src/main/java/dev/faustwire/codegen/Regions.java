package dev.faustwire.codegen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The scopes of one patch level and its loops. Iteration and effect boxes are two nodes each:
 * their source (the outlets a body reads) and their result, so that a body is not a loop. A
 * body is what lies between a source and its result; each box belongs to the innermost body
 * that holds it, or to the level itself. Loops are the cycles of the graph: one without a delay,
 * or one that crosses a body's boundary, is reported.
 */
final class Regions {
    private final Graph graph;
    private final Context context;
    private final Map<String, Integer> position;
    private final int boxes;
    /** Node of box position p is p; the source node of an iteration or effect box is boxes + p. */
    private final List<List<Integer>> successors = new ArrayList<>();
    private final List<List<Integer>> predecessors = new ArrayList<>();

    /** Iteration box id to the ids of the boxes in its body (any depth). */
    private final Map<String, TreeSet<String>> bodies = new TreeMap<>();
    /** Box id to the iteration whose body directly holds it; absent for the level itself. */
    private final Map<String, String> scope = new LinkedHashMap<>();
    private final TreeSet<String> effectBoxes = new TreeSet<>();
    private final TreeSet<String> voiceBoxes = new TreeSet<>();
    private String effect;
    private boolean[] matters;
    /** Loops with a delay, as box ids in graph order. */
    final List<List<String>> loops = new ArrayList<>();

    Regions(Graph graph, Context context) {
        this.graph = graph;
        this.context = context;
        this.position = graph.positions();
        this.boxes = graph.order.size();
        for (int i = 0; i < 2 * boxes; i++) {
            successors.add(new ArrayList<>(2));
            predecessors.add(new ArrayList<>(2));
        }
        buildEdges();
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec != null && spec.role() == BoxSpec.Role.ITERATION) {
                findBody(id);
            }
        }
        assignScopes();
        findEffect();
        findLoops();
    }

    /** The iteration whose body directly holds a box, or null for the level. */
    String scopeOf(String id) {
        return scope.get(id);
    }

    /** The effect box of the level, or null. */
    String effect() {
        return effect;
    }

    /** True for a level box that the effect needs; such a box may also be needed by the voice. */
    boolean inEffect(String id) {
        return effectBoxes.contains(id);
    }

    /** True for a level box that {@code process} needs (all of them when there is no effect). */
    boolean inVoice(String id) {
        return effect == null || voiceBoxes.contains(id) || !effectBoxes.contains(id);
    }

    // --- the node graph

    private int node(String id) {
        return position.get(id);
    }

    private int outNode(Port source) {
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

    private boolean isDelayNode(int node) {
        BoxSpec spec = node < boxes ? graph.specs.get(graph.order.get(node)) : null;
        return spec != null && spec.isDelay();
    }

    private void buildEdges() {
        for (Map.Entry<String, List<List<Port>>> entry : graph.inbound.entrySet()) {
            int dest = node(entry.getKey());
            for (List<Port> sources : entry.getValue()) {
                for (Port source : sources) {
                    int from = outNode(source);
                    successors.get(from).add(dest);
                    predecessors.get(dest).add(from);
                }
            }
        }
    }

    private List<List<Integer>> edgesWithoutDelays() {
        List<List<Integer>> cut = new ArrayList<>();
        for (int from = 0; from < successors.size(); from++) {
            cut.add(isDelayNode(from) ? Collections.<Integer>emptyList() : successors.get(from));
        }
        return cut;
    }

    // --- iteration bodies

    private void findBody(String iteration) {
        int result = node(iteration);
        int source = boxes + result;
        BoxSpec.Iteration detail = graph.specs.get(iteration).iteration();
        boolean[] forward = reach(List.of(source), successors, result);
        List<Integer> returns = new ArrayList<>();
        for (int inlet = 0; inlet < detail.bodyOutputs(); inlet++) {
            for (Port p : graph.inbound.get(iteration).get(inlet)) {
                returns.add(outNode(p));
            }
        }
        boolean[] backward = reach(returns, predecessors, result);
        TreeSet<String> body = new TreeSet<>();
        for (int p = 0; p < boxes; p++) {
            if (p != result && forward[p] && backward[p]) {
                body.add(graph.order.get(p));
            }
        }
        bodies.put(iteration, body);
        for (int p = 0; p < boxes; p++) {
            String id = graph.order.get(p);
            BoxSpec spec = graph.specs.get(id);
            if (p == result || !forward[p] || backward[p] || spec == null || !matters()[p]) {
                continue;
            }
            if (readsFrom(p, source, body)) {
                context.error(Code.ITERATION_ESCAPE, id, "reads the variable or the body inputs of " + iteration
                        + " but its result does not lead back into the first inlet of " + iteration
                        + "; every box of an iteration's body ends in that inlet");
            }
        }
        for (int inlet = detail.bodyOutputs(); inlet < graph.inbound.get(iteration).size(); inlet++) {
            for (Port p : graph.inbound.get(iteration).get(inlet)) {
                int from = outNode(p);
                if (from == source || (from < boxes && forward[from])) {
                    context.error(Code.ITERATION_ESCAPE, iteration, "inlet " + inlet + " of " + iteration
                            + " is an input of the iteration, but it is fed from the iteration's own body");
                }
            }
        }
    }

    /** Per node, whether its result reaches an out box or the effect: a box whose result goes nowhere harms no one. */
    private boolean[] matters() {
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

    /** True when node p has a predecessor that is the source or in the body. */
    private boolean readsFrom(int p, int source, TreeSet<String> body) {
        for (int from : predecessors.get(p)) {
            if (from == source || (from < boxes && body.contains(graph.order.get(from)))) {
                return true;
            }
        }
        return false;
    }

    private boolean[] reach(List<Integer> starts, List<List<Integer>> edges, int stop) {
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

    /** Each box goes to the deepest iteration whose body holds it. */
    private void assignScopes() {
        Map<String, Integer> depth = new TreeMap<>();
        for (String iteration : bodies.keySet()) {
            int d = 0;
            for (TreeSet<String> body : bodies.values()) {
                if (body.contains(iteration)) {
                    d++;
                }
            }
            depth.put(iteration, d);
        }
        for (Map.Entry<String, TreeSet<String>> entry : bodies.entrySet()) {
            for (String id : entry.getValue()) {
                String current = scope.get(id);
                if (current == null || depth.get(entry.getKey()) > depth.get(current)) {
                    scope.put(id, entry.getKey());
                }
            }
        }
    }

    // --- the effect

    private void findEffect() {
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec == null || spec.role() != BoxSpec.Role.EFFECT) {
                continue;
            }
            if (!context.isTop()) {
                context.error(Code.EFFECT_MISPLACED, id, "an effect box belongs in the top patch, not in a sub-patcher");
            } else if (effect != null) {
                context.error(Code.EFFECT_MISPLACED, id, "the patch already has an effect box, " + effect
                        + "; a voice has one effect");
            } else {
                effect = id;
            }
        }
        if (effect == null) {
            return;
        }
        int sink = node(effect);
        int source = boxes + sink;
        List<Integer> starts = new ArrayList<>();
        for (List<Port> sources : graph.inbound.get(effect)) {
            for (Port p : sources) {
                starts.add(outNode(p));
            }
        }
        boolean[] needed = reach(starts, predecessors, source);
        List<Integer> outs = new ArrayList<>();
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec != null && spec.role() == BoxSpec.Role.OUTPUT) {
                outs.add(node(id));
            }
        }
        boolean[] voice = reach(outs, predecessors, -1);
        for (int p = 0; p < boxes; p++) {
            String id = graph.order.get(p);
            if (needed[p] && p != sink) {
                effectBoxes.add(id);
                BoxSpec spec = graph.specs.get(id);
                if (spec != null && spec.role() == BoxSpec.Role.INPUT) {
                    context.error(Code.EFFECT_LEAK, id, "the effect reads this input of the DSP; it reads the voices"
                            + " through the outlets of " + effect + " instead");
                }
            }
            if (voice[p]) {
                voiceBoxes.add(id);
            }
        }
        boolean[] fromEffect = reach(List.of(source), successors, sink);
        for (int p = 0; p < boxes; p++) {
            String id = graph.order.get(p);
            if (p != sink && fromEffect[p] && voice[p] && entersVoice(p, source, fromEffect, voice)) {
                context.error(Code.EFFECT_LEAK, id, "reads what comes out of " + effect + ", which carries the voices"
                        + " into the effect, but its result goes to an out box of the voice");
            }
        }
    }

    /** True when node p reads the effect's source, or a box that the effect's source reaches outside the voice. */
    private boolean entersVoice(int p, int source, boolean[] fromEffect, boolean[] voice) {
        for (int from : predecessors.get(p)) {
            if (from == source || (from < boxes && fromEffect[from] && !voice[from])) {
                return true;
            }
        }
        return false;
    }

    // --- loops

    private void findLoops() {
        for (List<Integer> cycle : Tarjan.cycles(edgesWithoutDelays())) {
            List<String> ids = idsOf(cycle);
            for (String id : ids) {
                context.error(Code.LOOP_WITHOUT_DELAY, id, "feedback loop without a delay through "
                        + String.join(", ", prefixed(ids)) + "; put mem, @ N or ~ on the way back");
            }
        }
        for (List<Integer> cycle : Tarjan.cycles(successors)) {
            List<String> ids = idsOf(cycle);
            String first = scope.get(ids.get(0));
            boolean crosses = false;
            for (String id : ids) {
                String here = scope.get(id);
                crosses |= first == null ? here != null : !first.equals(here);
            }
            if (crosses) {
                for (String id : ids) {
                    context.error(Code.LOOP_ACROSS_BODY, id, "feedback loop through " + String.join(", ", prefixed(ids))
                            + " enters and leaves the body of an iteration; keep a loop inside the body or outside it");
                }
            } else {
                loops.add(ids);
            }
        }
    }

    private List<String> idsOf(List<Integer> cycle) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (int node : cycle) {
            positions.add(node < boxes ? node : node - boxes);
        }
        List<String> ids = new ArrayList<>();
        for (int p : positions) {
            ids.add(graph.order.get(p));
        }
        return ids;
    }

    private List<String> prefixed(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(context.id(id));
        }
        return out;
    }
}
