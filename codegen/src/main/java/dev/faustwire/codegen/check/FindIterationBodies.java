package dev.faustwire.codegen.check;

import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.graph.NodeGraph;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pass 4, find iteration bodies: a body is what lies between an iteration's source (the outlets
 * it reads) and its result; each box goes to the innermost body that holds it. Raises E023 for a
 * box that reads a body but leads elsewhere, or an iteration input fed from its own body.
 */
public final class FindIterationBodies {
    private final NodeGraph nodes;
    private final Graph graph;
    private final Context context;
    /** Iteration box id to the ids of the boxes in its body (any depth). */
    private final Map<String, TreeSet<String>> bodies = new TreeMap<>();

    private FindIterationBodies(NodeGraph nodes, Context context) {
        this.nodes = nodes;
        this.graph = nodes.graph;
        this.context = context;
    }

    public static Scopes run(NodeGraph nodes, Context context) {
        FindIterationBodies pass = new FindIterationBodies(nodes, context);
        for (String id : pass.graph.order) {
            BoxSpec spec = pass.graph.specs.get(id);
            if (spec != null && spec.role() == BoxSpec.Role.ITERATION) {
                pass.findBody(id);
            }
        }
        return new Scopes(pass.assignScopes());
    }

    private void findBody(String iteration) {
        int boxes = nodes.boxes;
        int result = nodes.node(iteration);
        int source = boxes + result;
        BoxSpec.Iteration detail = graph.specs.get(iteration).iteration();
        boolean[] forward = nodes.reach(List.of(source), nodes.successors, result);
        List<Integer> returns = new ArrayList<>();
        for (int inlet = 0; inlet < detail.bodyOutputs(); inlet++) {
            for (Port p : graph.inbound.get(iteration).get(inlet)) {
                returns.add(nodes.outNode(p));
            }
        }
        boolean[] backward = nodes.reach(returns, nodes.predecessors, result);
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
            if (p == result || !forward[p] || backward[p] || spec == null || !nodes.matters()[p]) {
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
                int from = nodes.outNode(p);
                if (from == source || (from < boxes && forward[from])) {
                    context.error(Code.ITERATION_ESCAPE, iteration, "inlet " + inlet + " of " + iteration
                            + " is an input of the iteration, but it is fed from the iteration's own body");
                }
            }
        }
    }

    /** True when node p has a predecessor that is the source or in the body. */
    private boolean readsFrom(int p, int source, TreeSet<String> body) {
        for (int from : nodes.predecessors.get(p)) {
            if (from == source || (from < nodes.boxes && body.contains(graph.order.get(from)))) {
                return true;
            }
        }
        return false;
    }

    /** Each box goes to the deepest iteration whose body holds it. */
    private Map<String, String> assignScopes() {
        Map<String, String> scope = new LinkedHashMap<>();
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
        return scope;
    }
}
