package dev.faustwire.codegen.check;

import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Port;
import java.util.List;

/**
 * E030 for an {@code @} whose length, as Faust bounds it (a constant, a control's maximum...),
 * needs more memory than Faust can address, at any level; E027 for an {@code @} whose length comes straight from an input of the patch. Faust 2.54.9 gives
 * an input the interval [-1, 1] and rejects a delay length that may be negative, with an error
 * that has no line and says nothing of the remedy; this case it rejects for certain, so it is
 * reported here, on the box and before any compile, with what to do. Lengths Faust cannot bound
 * for other reasons (an input of a sub-patcher fed by an input above, a sine...) are left to the
 * compiler, whose message the server pins to the box.
 */
public final class CheckDelayLengths {
    /** How many wire boxes a length may pass through before the check gives up (wires can form loops). */
    private static final int MAX_WIRES = 64;

    private CheckDelayLengths() {
    }

    /**
     * The longest constant delay, in samples: 2^24, about 6 minutes at 48 kHz. Faust keeps a delay
     * line of the next power of two above its length, so this one takes 2^25 samples, 128 MiB as
     * float (256 MiB as double), well inside the 2^31 bytes where Faust's memory size wraps (as it
     * does for {@code @ 1000000000}, which compiles and then fails every render).
     */
    public static final long MAX_DELAY = 1L << 24;

    public static void run(Graph graph, Context context) {
        LengthBounds bounds = new LengthBounds(graph);
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec == null || spec.role() != BoxSpec.Role.OPERATION || !"@".equals(spec.head())
                    || spec.shape() != BoxSpec.Shape.INFIX) {
                continue;
            }
            String lengthSlot = spec.slots().get(1);
            int lengthInlet = spec.slots().get(0) == null ? 1 : 0;
            LengthBounds.Interval length = lengthSlot != null ? LengthBounds.Interval.of(LengthBounds.literal(lengthSlot))
                    : bounds.inlet(id, lengthInlet);
            if (length.known() && length.high() > MAX_DELAY) {
                context.errorAtPort(Code.DELAY_TOO_LONG, id, null, lengthSlot != null ? -1 : lengthInlet, "this delay"
                        + " can be longer than " + MAX_DELAY + " samples (about 6 minutes at 48 kHz): Faust sizes its"
                        + " memory for the longest length, which would overflow, and every render would fail. Use a"
                        + " shorter delay, lower the maximum of the control that sets it, or bound it with \"min "
                        + "48000\" before this inlet");
                continue;
            }
            if (!context.isTop() || lengthSlot != null) {
                continue;
            }
            List<Port> sources = graph.inbound.get(id).get(lengthInlet);
            if (fromInputs(graph, sources, 0)) {
                context.errorAtPort(Code.DELAY_LENGTH_UNBOUNDED, id, null, lengthInlet, "the length of this delay"
                        + " comes straight from an input, which Faust takes to lie between -1 and 1, so it cannot"
                        + " prove the length is never negative and rejects the program. Bound it: put \"max 0\" (and"
                        + " \"min N\" for the longest delay, in samples) before this inlet, or give the delay a"
                        + " constant length, as in \"@ 64\"");
            }
        }
    }

    /** True when there are sources and each is an in box, possibly through wires, sends and receives. */
    private static boolean fromInputs(Graph graph, List<Port> sources, int wires) {
        if (sources.isEmpty() || wires > MAX_WIRES) {
            return false;
        }
        for (Port source : sources) {
            BoxSpec spec = graph.specs.get(source.boxId());
            boolean input = spec.role() == BoxSpec.Role.INPUT;
            boolean wire = spec.role() == BoxSpec.Role.RECEIVE
                    || (spec.role() == BoxSpec.Role.OPERATION && spec.shape() == BoxSpec.Shape.WIRE);
            if (!input && !(wire && fromInputs(graph, graph.inbound.get(source.boxId())
                    .get(source.index() % Math.max(1, spec.inlets())), wires + 1))) {
                return false;
            }
        }
        return true;
    }
}
