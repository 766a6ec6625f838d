package dev.faustwire.codegen;

import dev.faustwire.core.model.Patch;
import java.util.List;

/**
 * One analysed patch level, the top patch or the child of a sub-patcher: what the analysis
 * passes found, ready to lower. {@code loops} are the loops with a delay, as box ids in graph order.
 */
record Level(Context context, Graph graph, Channels channels, Scopes scopes, EffectSplit split,
             List<List<String>> loops) {

    /** Analyses one patch level; {@link Codegen} gives this to the context, for sub-patcher boxes. */
    interface Analysis {
        Level analyze(Patch patch, Context context);
    }
}
