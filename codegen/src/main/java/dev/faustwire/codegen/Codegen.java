package dev.faustwire.codegen;

import dev.faustwire.codegen.check.Channels;
import dev.faustwire.codegen.check.CheckChannels;
import dev.faustwire.codegen.check.CheckDelayLengths;
import dev.faustwire.codegen.check.EffectSplit;
import dev.faustwire.codegen.check.FindIterationBodies;
import dev.faustwire.codegen.check.FindLoops;
import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.check.Scopes;
import dev.faustwire.codegen.check.SplitVoiceAndEffect;
import dev.faustwire.codegen.graph.BuildGraph;
import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.graph.NodeGraph;
import dev.faustwire.codegen.lower.Lower;
import dev.faustwire.codegen.print.FaustWriter;
import dev.faustwire.codegen.print.PrintProgram;
import dev.faustwire.codegen.program.Program;
import dev.faustwire.codegen.read.Boxes;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.codegen.read.ReadBoxes;
import dev.faustwire.codegen.resolve.ResolveReferences;
import dev.faustwire.codegen.resolve.Resolved;
import dev.faustwire.codegen.tap.PlaceTap;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Patch to Faust, as an ordered list of passes, each a class in the package of its stage:
 * <ol>
 * <li>{@code resolve.ResolveReferences}: every sub-patcher file and code-box arity, looked up before analysis,
 * each file once, every use charged to the expansion budget (over it, generation stops here with E028);
 * <li>{@code read.ReadBoxes}: each box text to its meaning (a sub-patcher's child level is analysed here);
 * <li>{@code graph.BuildGraph}: the lines between ports that exist, sends joined to receives;
 * <li>{@code check.CheckChannels}: the channels of the in and out boxes;
 * <li>{@code check.CheckDelayLengths}: an {@code @} whose length is an input, which Faust rejects;
 * <li>{@code check.FindIterationBodies}: which boxes each iteration's body holds;
 * <li>{@code check.SplitVoiceAndEffect}: which boxes the voice needs and which the effect;
 * <li>{@code check.FindLoops}: the feedback loops, and those without a delay;
 * <li>{@code lower.Lower}: the program model, every decision of the output made;
 * <li>{@code tap.PlaceTap}: for audition only, a tapped wire as one more output;
 * <li>{@code print.PrintProgram}: the model as text and source map, no decision made.
 * </ol>
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
        return generate(patch, stdlib, resources, null).result();
    }

    /**
     * The program of a patch for audition, with {@code tap} (null for none) as one more output after
     * the patch's own when {@code tap.PlaceTap} can place it: never for the code panel or a file.
     */
    public static TappedResult generate(Patch patch, StdlibIndex stdlib, Resources resources, Tap tap) {
        List<Diagnostic> diagnostics = new ArrayList<>(PatchValidator.validate(patch));
        // All reads of files and probes of the compiler, so that analysis needs nothing outside the patch.
        Resolved resolved = ResolveReferences.run(patch, resources);
        if (resolved.overBudgetBox() != null) {
            // The expansion crossed the budget: stop before analysing any of it, on the box that crossed.
            diagnostics.add(Diagnostic.atBox(Code.EXPANSION_TOO_LARGE, resolved.overBudgetBox(),
                    resolved.overBudgetProblem()));
            return new TappedResult(new CodegenResult(null, null, diagnostics, 0, 0), -1);
        }
        // Passes 2 to 7 on the top level (and, through the context, on every sub-patcher's level).
        Context context = new Context(stdlib, resolved, diagnostics, Codegen::analyze);
        // The top level's own boxes count towards the budget that each sub-patcher use is charged to.
        context.budget.charge(patch);
        Level top = analyze(patch, context);
        Channels channels = top.channels();
        if (channels.outputs().isEmpty() && !Diagnostic.anyError(diagnostics)) {
            diagnostics.add(Diagnostic.atDocument(Code.NO_OUTPUT, "the patch has no out box; add \"out 1\" to hear it"));
        }
        if (Diagnostic.anyError(diagnostics)) {
            return new TappedResult(new CodegenResult(null, null, diagnostics, channels.inputCount(),
                    channels.outputCount()), -1);
        }
        // Every decision of the output, into the immutable program model.
        Program program = Lower.run(top);
        // For audition only: the tapped wire as one more output.
        Program tapped = tap == null ? null : PlaceTap.run(program, top, tap);
        program = tapped == null ? program : tapped;
        // The model as text, through the one writer, which also records the source map.
        FaustWriter text = PrintProgram.run(program);
        return new TappedResult(new CodegenResult(text.text(), new SourceMap(text.boxIdByLine()), diagnostics,
                channels.inputCount(), channels.outputCount()), tapped == null ? -1 : channels.outputCount());
    }

    /**
     * The analysis passes of one patch level, in order. Reading a sub-patcher box runs them on its
     * child first (the context carries this method), so problems come in box order.
     */
    static Level analyze(Patch patch, Context context) {
        // Box texts to meanings; unknown boxes and wrong arguments are reported here.
        Boxes boxes = ReadBoxes.run(patch, context);
        // Lines between ports that exist; receives fed by their sends.
        Graph graph = BuildGraph.run(patch, boxes, context);
        // Input and output channels: the function's parameters and results.
        Channels channels = CheckChannels.run(boxes, context);
        // Delay lengths Faust would reject for certain, reported on the box with the remedy.
        CheckDelayLengths.run(graph, context);
        // Iteration and effect boxes split in two nodes, so that their bodies are not loops.
        NodeGraph nodes = NodeGraph.of(graph);
        // Which iteration's body each box is written in.
        Scopes scopes = FindIterationBodies.run(nodes, context);
        // Which boxes go to process and which to effect.
        EffectSplit split = SplitVoiceAndEffect.run(nodes, context);
        // Loops to close with ~, after those without a delay are reported.
        List<List<String>> loops = FindLoops.run(nodes, scopes, context);
        return new Level(context, graph, channels, scopes, split, loops);
    }
}
