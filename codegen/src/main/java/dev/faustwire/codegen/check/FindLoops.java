package dev.faustwire.codegen.check;

import dev.faustwire.codegen.graph.NodeGraph;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.core.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Pass 6, find loops: the cycles of the graph, each as its box ids in graph order. Raises E013
 * for a cycle that passes through no delay and E024 for one that crosses an iteration body's
 * boundary; the loops that remain are lowered to Faust's {@code ~}.
 */
public final class FindLoops {
    private FindLoops() {
    }

    public static List<List<String>> run(NodeGraph nodes, Scopes scopes, Context context) {
        for (List<Integer> cycle : Tarjan.cycles(nodes.edgesWithoutDelays())) {
            List<String> ids = idsOf(nodes, cycle);
            String message = "feedback loop without a delay through " + String.join(", ", prefixed(context, ids))
                    + "; put mem, @ N or ~ on the way back" + delayedInlets(nodes, ids);
            for (String id : ids) {
                context.error(Code.LOOP_WITHOUT_DELAY, id, message);
            }
        }
        List<List<String>> loops = new ArrayList<>();
        for (List<Integer> cycle : Tarjan.cycles(nodes.successors)) {
            List<String> ids = idsOf(nodes, cycle);
            String first = scopes.of(ids.get(0));
            boolean crosses = false;
            for (String id : ids) {
                String here = scopes.of(id);
                crosses |= first == null ? here != null : !first.equals(here);
            }
            if (crosses) {
                for (String id : ids) {
                    context.error(Code.LOOP_ACROSS_BODY, id, "feedback loop through " + String.join(", ", prefixed(context, ids))
                            + " enters and leaves the body of an iteration; keep a loop inside the body or outside it");
                }
            } else {
                loops.add(ids);
            }
        }
        return loops;
    }

    /** For a loop through a delaying library box's other inlets: which inlet it delays, as gen.delay's time does not. */
    private static String delayedInlets(NodeGraph nodes, List<String> ids) {
        StringBuilder note = new StringBuilder();
        for (String id : ids) {
            BoxSpec spec = nodes.graph.specs.get(id);
            if (spec.fedInlet() >= 0) {
                note.append("; ").append(spec.head()).append(" delays only inlet ").append(spec.fedInlet())
                        .append(", not the others");
            }
        }
        return note.toString();
    }

    private static List<String> idsOf(NodeGraph nodes, List<Integer> cycle) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (int node : cycle) {
            positions.add(node < nodes.boxes ? node : node - nodes.boxes);
        }
        List<String> ids = new ArrayList<>();
        for (int p : positions) {
            ids.add(nodes.id(p));
        }
        return ids;
    }

    private static List<String> prefixed(Context context, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(context.id(id));
        }
        return out;
    }
}
