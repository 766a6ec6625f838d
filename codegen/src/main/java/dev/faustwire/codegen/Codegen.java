package dev.faustwire.codegen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Patch to Faust, as an ordered list of passes: resolve the files and code arities the patch
 * names; then, per patch level, read the boxes, build the graph, count channels, find iteration
 * bodies, split voice and effect and find loops; then write the program.
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
        Resolved resolved = ResolveReferences.run(patch, resources);
        Level top = analyze(patch, new Context(stdlib, resolved, diagnostics, Codegen::analyze));
        Channels channels = top.channels();
        if (channels.outputs().isEmpty() && !Diagnostic.anyError(diagnostics)) {
            diagnostics.add(Diagnostic.atDocument(Code.NO_OUTPUT, "the patch has no out box; add \"out 1\" to hear it"));
        }
        if (Diagnostic.anyError(diagnostics)) {
            return new CodegenResult(null, null, diagnostics, channels.inputCount(), channels.outputCount());
        }
        Program program = Lower.run(top);
        FaustWriter text = PrintProgram.run(program);
        return new CodegenResult(text.text(), text.sourceMap(), diagnostics, channels.inputCount(),
                channels.outputCount());
    }

    /**
     * The analysis passes of one patch level, in order. Reading a sub-patcher box runs them on its
     * child first (the context carries this method), so problems come in box order.
     */
    static Level analyze(Patch patch, Context context) {
        Boxes boxes = ReadBoxes.run(patch, context);
        Graph graph = BuildGraph.run(patch, boxes, context);
        Channels channels = CheckChannels.run(boxes, context);
        NodeGraph nodes = NodeGraph.of(graph);
        Scopes scopes = FindIterationBodies.run(nodes, context);
        EffectSplit split = SplitVoiceAndEffect.run(nodes, context);
        List<List<String>> loops = FindLoops.run(nodes, scopes, context);
        return new Level(context, graph, channels, scopes, split, loops);
    }
}
