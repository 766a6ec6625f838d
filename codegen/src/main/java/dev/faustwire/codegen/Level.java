package dev.faustwire.codegen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Patch;
import java.util.TreeMap;

/**
 * One patch level ready to write: the top patch or the child of a sub-patcher. Reading it reads
 * every box (and so every child level), checks channels, scopes and loops, and reports problems
 * into the context's diagnostics.
 */
final class Level {
    final Context context;
    final Graph graph;
    /** Output channel to its out box. */
    final TreeMap<Integer, String> outputs = new TreeMap<>();
    final int inputCount;
    final int outputCount;
    final Regions regions;

    Level(Patch patch, Context context) {
        this.context = context;
        this.graph = new Graph(patch, context);
        int inputs = 0;
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec == null) {
                continue;
            }
            if (spec.role() == BoxSpec.Role.INPUT) {
                inputs = Math.max(inputs, spec.channel());
            } else if (spec.role() == BoxSpec.Role.OUTPUT) {
                String first = outputs.get(spec.channel());
                if (first == null) {
                    outputs.put(spec.channel(), id);
                } else {
                    context.error(Code.DUPLICATE_OUTPUT, id, "out " + spec.channel() + " is already "
                            + context.id(first) + "; each output channel has one out box");
                }
            }
        }
        this.inputCount = inputs;
        this.outputCount = outputs.isEmpty() ? 0 : outputs.lastKey();
        this.regions = new Regions(graph, context);
    }
}
