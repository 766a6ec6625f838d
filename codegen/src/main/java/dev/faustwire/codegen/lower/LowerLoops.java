package dev.faustwire.codegen.lower;

import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.program.Expression;
import dev.faustwire.codegen.program.Item;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loops of one level: each becomes a lambda over the outputs of its delays, closed with
 * Faust's {@code ~}, and each box of the loop reads its outlets from the loop through a selector.
 * A delay is a {@code mem}, {@code '} or {@code @ N} box, or a library box whose function delays
 * its first input ({@code gen.history}): the lambda then writes that box as its {@code _fed} form
 * applied to the parameter (its feed one sample later), its other inlets computed inside.
 */
final class LowerLoops {
    /** What lowers the definitions of a box of a loop into the lambda's {@code with}. */
    interface Definitions {
        void lower(String id, List<Item> items);
    }

    /**
     * A loop of the level: its boxes, its delays in graph order, what its lambda gives in order
     * (each delay's feed, outlet -1, then each used outlet of its other boxes that is not already
     * a feed), and where each of those outlets is read among them.
     */
    record Loop(String name, List<String> members, List<String> delays, List<LoopOutput> outputs,
                Map<Port, Integer> readAt) {
    }

    /** One output of a loop: the feed of a delay (outlet -1) or an outlet of another box of the loop. */
    record LoopOutput(String boxId, int outlet) {
    }

    private final Level level;
    private final Graph graph;
    private final LowerExpressions expressions;
    /** Box id to the loop it is in. */
    private final Map<String, Loop> loopOf = new LinkedHashMap<>();

    private LowerLoops(Level level, LowerExpressions expressions) {
        this.level = level;
        this.graph = level.graph();
        this.expressions = expressions;
    }

    /** The loops of a level with what each gives and where each of its outlets is read. */
    static LowerLoops plan(Level level, LowerExpressions expressions) {
        LowerLoops loops = new LowerLoops(level, expressions);
        for (List<String> members : level.loops()) {
            Loop loop = loops.loop(members);
            for (String id : members) {
                loops.loopOf.put(id, loop);
            }
        }
        return loops;
    }

    /** The loop a box is in, or null. */
    Loop of(String id) {
        return loopOf.get(id);
    }

    /**
     * The outputs of a loop, each signal once: an outlet that feeds a delay is read from that feed.
     * Giving the same signal twice is redundant, and Faust 2.54.9's wasm backend asserts on it when
     * the signal folds to a constant ({@code ma.tanh(0 * m)}).
     */
    private Loop loop(List<String> members) {
        List<String> delays = new ArrayList<>();
        List<LoopOutput> outputs = new ArrayList<>();
        Map<Port, Integer> readAt = new LinkedHashMap<>();
        for (String id : members) {
            BoxSpec spec = graph.specs.get(id);
            if (spec.isDelay() || spec.fedInlet() >= 0) {
                delays.add(id);
                List<Port> feed = graph.inbound.get(id).get(Math.max(0, spec.fedInlet()));
                if (feed.size() == 1) {
                    readAt.putIfAbsent(feed.get(0), outputs.size());
                }
                outputs.add(new LoopOutput(id, -1));
            }
        }
        for (String member : members) {
            BoxSpec spec = graph.specs.get(member);
            if (spec.isDelay()) {
                continue;
            }
            for (int outlet : graph.usedOutlets.get(member).ascending()) {
                if (outlet < spec.results() && readAt.putIfAbsent(new Port(member, outlet), outputs.size()) == null) {
                    outputs.add(new LoopOutput(member, outlet));
                }
            }
        }
        for (String id : delays) {
            if (graph.specs.get(id).fedInlet() >= 0) {
                expressions.feedInLoop(id, fedParam(id));
            }
        }
        return new Loop("Loop_" + graph.names.number(delays.get(0)), members, delays, outputs, readAt);
    }

    /** The lambda's parameter for a delaying library box: its feed one sample later. */
    private String fedParam(String id) {
        return graph.head(id) + "_fed";
    }

    /**
     * {@code Loop_N = \(delays).((feeds, members) with { ... }) ~ (returns);}: the lambda reads the
     * outputs of the loop's delays and gives what feeds each delay, then the used outlets of the
     * other boxes of the loop, so that each box runs once and is read from the loop outside it.
     */
    Item.Loop lambda(Loop loop, Definitions definitions) {
        List<String> params = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<String> returns = new ArrayList<>();
        for (String delay : loop.delays()) {
            BoxSpec spec = graph.specs.get(delay);
            params.add(spec.isDelay() ? graph.name(delay, 0) : fedParam(delay));
            // a _fed form takes its input one sample late, whatever the function's own delay
            int samples = spec.isDelay() ? spec.delay() : 1;
            // inside an ondemand box the loop's outputs are held between ticks, so ~'s own sample of delay is one tick
            returns.add(samples == 1 ? "_" : expressions.ticks.gated() ? expressions.ticks.delayBlock(samples - 1)
                    : "@(" + (samples - 1) + ")");
        }
        for (LoopOutput output : loop.outputs()) {
            String signal = output.outlet() < 0
                    ? expressions.inlet(output.boxId(), Math.max(0, graph.specs.get(output.boxId()).fedInlet()))
                    : graph.name(output.boxId(), output.outlet());
            outputs.add(expressions.ticks.gated() ? expressions.ticks.hold(signal) : signal);
        }
        List<Item> body = new ArrayList<>();
        for (String member : loop.members()) {
            if (!graph.specs.get(member).isDelay()) {
                definitions.lower(member, body);
            }
        }
        return new Item.Loop(level.sourceId(loop.delays().get(0)), loop.name(), params, outputs, returns, body);
    }

    /** A box of a loop reads its outlets from the loop: a delay delays its feed, another box picks its own. */
    void readFrom(String id, Loop loop, List<Item> items) {
        BoxSpec spec = graph.specs.get(id);
        int size = loop.outputs().size();
        if (spec.isDelay()) {
            int samples = spec.delay();
            int feed = loop.outputs().indexOf(new LoopOutput(id, -1));
            String wire = expressions.ticks.gated() ? expressions.ticks.delayBlock(samples)
                    : samples == 1 ? "mem" : "@(" + samples + ")";
            items.add(new Item.Definition(level.sourceId(id), graph.name(id, 0),
                    new Expression.FromLoop(loop.name(), feed, size, wire)));
            return;
        }
        for (int outlet : graph.usedOutlets.get(id).ascending()) {
            if (outlet < spec.results()) {
                items.add(new Item.Definition(level.sourceId(id), graph.name(id, outlet),
                        new Expression.FromLoop(loop.name(), loop.readAt().get(new Port(id, outlet)), size, "_")));
            }
        }
    }
}
