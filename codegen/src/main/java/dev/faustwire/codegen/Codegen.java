package dev.faustwire.codegen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Patch to Faust. Passes, in order: validate the document; read every box into its meaning and
 * keep the lines between existing ports; check channels; find loops and reject those without a
 * delay; write the program.
 */
public final class Codegen {
    private Codegen() {
    }

    /** The program of a patch; library boxes get their arity from {@code stdlib}. */
    public static CodegenResult generate(Patch patch, StdlibIndex stdlib) {
        return generate(patch, stdlib, Resources.NONE);
    }

    /** The program of a patch whose sub-patcher files and code-box arities come from {@code resources}. */
    public static CodegenResult generate(Patch patch, StdlibIndex stdlib, Resources resources) {
        List<Diagnostic> diagnostics = new ArrayList<>(PatchValidator.validate(patch));
        Graph graph = new Graph(patch, stdlib, diagnostics);
        Map<Integer, String> outputs = checkChannels(graph, diagnostics);
        int inputCount = 0;
        for (BoxSpec spec : graph.specs.values()) {
            if (spec.role() == BoxSpec.Role.INPUT) {
                inputCount = Math.max(inputCount, spec.channel());
            }
        }
        int outputCount = outputs.isEmpty() ? 0 : ((TreeMap<Integer, String>) outputs).lastKey();
        if (outputs.isEmpty() && !Diagnostic.anyError(diagnostics)) {
            diagnostics.add(Diagnostic.atDocument(Code.NO_OUTPUT, "the patch has no out box; add \"out 1\" to hear it"));
        }
        List<List<Integer>> loops = checkLoops(graph, diagnostics);
        if (Diagnostic.anyError(diagnostics)) {
            return new CodegenResult(null, null, diagnostics, inputCount, outputCount);
        }
        ProgramWriter writer = new ProgramWriter(graph, loops, outputs, inputCount, outputCount);
        return new CodegenResult(writer.text(), writer.sourceMap(), diagnostics, inputCount, outputCount);
    }

    /** Output channel to its out box; a second out box of the same channel is an error. */
    private static Map<Integer, String> checkChannels(Graph graph, List<Diagnostic> diagnostics) {
        TreeMap<Integer, String> outputs = new TreeMap<>();
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec == null || spec.role() != BoxSpec.Role.OUTPUT) {
                continue;
            }
            String first = outputs.get(spec.channel());
            if (first == null) {
                outputs.put(spec.channel(), id);
            } else {
                diagnostics.add(Diagnostic.atBox(Code.DUPLICATE_OUTPUT, id,
                        "out " + spec.channel() + " is already " + first + "; each output channel has one out box"));
            }
        }
        return outputs;
    }

    /** The loops of the graph (positions in graph order); reports loops that no delay breaks. */
    private static List<List<Integer>> checkLoops(Graph graph, List<Diagnostic> diagnostics) {
        for (List<Integer> cycle : Tarjan.cycles(graph.successors(true))) {
            List<String> ids = new ArrayList<>();
            for (int position : cycle) {
                ids.add(graph.order.get(position));
            }
            for (String id : ids) {
                diagnostics.add(Diagnostic.atBox(Code.LOOP_WITHOUT_DELAY, id,
                        "feedback loop without a delay through " + String.join(", ", ids)
                                + "; put mem, @ N or ~ on the way back"));
            }
        }
        return Tarjan.cycles(graph.successors(false));
    }
}
