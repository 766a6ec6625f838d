package dev.faustwire.codegen;

import dev.faustwire.core.model.Patch;
import java.util.List;

/**
 * One analysed patch level, the top patch or the child of a sub-patcher: what the analysis
 * passes found, ready to lower. {@code loops} are the loops with a delay, as box ids in graph order.
 */
record Level(Context context, Graph graph, Channels channels, Scopes scopes, EffectSplit split,
             List<List<String>> loops) {

    /** The id of a box of this level in the source map: as diagnostics name it, inside a sub-patcher. */
    String sourceId(String boxId) {
        return boxId == null || context.isTop() ? boxId : context.id(boxId);
    }

    /** Analyses one patch level; {@link Codegen} gives this to the context, for sub-patcher boxes. */
    interface Analysis {
        Level analyze(Patch patch, Context context);
    }
}
