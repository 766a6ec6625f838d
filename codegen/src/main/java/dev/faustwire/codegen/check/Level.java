package dev.faustwire.codegen.check;

import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.core.model.Patch;
import java.util.List;

/**
 * One analysed patch level, the top patch or the child of a sub-patcher: what the analysis
 * passes found, ready to lower. {@code loops} are the loops with a delay, as box ids in graph order.
 */
public record Level(Context context, Graph graph, Channels channels, Scopes scopes, EffectSplit split,
                    List<List<String>> loops) {

    /** The id of a box of this level in the source map: as diagnostics name it, inside a sub-patcher. */
    public String sourceId(String boxId) {
        return boxId == null || context.isTop() ? boxId : context.id(boxId);
    }

    /** Analyses one patch level; {@code Codegen} gives this to the context, for sub-patcher boxes. */
    public interface Analysis {
        Level analyze(Patch patch, Context context);
    }
}
