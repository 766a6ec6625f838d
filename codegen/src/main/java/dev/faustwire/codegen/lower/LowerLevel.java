package dev.faustwire.codegen.lower;

import dev.faustwire.codegen.check.Channels;
import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.program.Expression;
import dev.faustwire.codegen.program.Item;
import dev.faustwire.codegen.program.Program;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.CodeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lowers one level: which boxes each scope defines (the level, an iteration's body, the voice or
 * the effect), the function, environment, iteration or loop a box stands for, and its
 * definitions. Expressions and loops are lowered by {@link LowerExpressions} and {@link LowerLoops}.
 */
final class LowerLevel {
    /** Which part of the top level a scope writes: the voice ({@code process}) or the effect. */
    enum Side { VOICE, EFFECT }

    private final Level level;
    private final Graph graph;
    private final LowerExpressions expressions;
    private final LowerLoops loops;
    private final SharedFunctions shared;

    private LowerLevel(Level level, LowerExpressions expressions, LowerLoops loops, SharedFunctions shared) {
        this.level = level;
        this.graph = level.graph();
        this.expressions = expressions;
        this.loops = loops;
        this.shared = shared;
    }

    /**
     * {@code outerVariables}: the variables of the iterations around this level's sub-patcher box,
     * outermost first; {@code shared}: the program's functions of files used several times.
     */
    static LowerLevel of(Level level, List<String> outerVariables, SharedFunctions shared) {
        return of(level, outerVariables, shared, Ticks.NONE);
    }

    /** As {@link #of(Level, List, SharedFunctions)}, for a level whose state advances on {@code ticks}. */
    static LowerLevel of(Level level, List<String> outerVariables, SharedFunctions shared, Ticks ticks) {
        LowerExpressions expressions = new LowerExpressions(level, outerVariables, ticks);
        return new LowerLevel(level, expressions, LowerLoops.plan(level, expressions), shared);
    }

    /** {@code head(In_1_0, ...) = Out_1, ... with { ... };} for {@code process} or a sub-patcher's function. */
    Item.Function function(String boxId, String name, Side side) {
        Channels channels = level.channels();
        List<String> params = new ArrayList<>();
        for (int channel = 1; channel <= channels.inputCount(); channel++) {
            params.add("In_" + channel + "_0");
        }
        List<String> results = new ArrayList<>();
        for (int channel = 1; channel <= channels.outputCount(); channel++) {
            results.add(channels.outputs().containsKey(channel) ? "Out_" + channel : "0");
        }
        List<Item> body = scope(null, side);
        for (Map.Entry<Integer, String> output : channels.outputs().entrySet()) {
            body.add(new Item.Definition(id(output.getValue()), "Out_" + output.getKey(),
                    expressions.wire(expressions.inlet(output.getValue(), 0))));
        }
        return new Item.Function(boxId, name, params, results, body);
    }

    /**
     * {@code Ondemand_3(Clock_1, In_1_0, ...) = ondemand_hold(Tick_1, Out_1), ... with { Tick_1 = Clock_1 != 0; ... };}:
     * the content of an ondemand box, its clock first, its outputs held between ticks.
     */
    Item.Function onDemandFunction(String boxId, String name) {
        Ticks ticks = expressions.ticks;
        Item.Function plain = function(boxId, name, Side.VOICE);
        List<String> params = new ArrayList<>();
        params.add(ticks.clock());
        params.addAll(plain.params());
        List<String> results = new ArrayList<>();
        for (String result : plain.results()) {
            results.add(ticks.hold(result));
        }
        List<Item> body = new ArrayList<>();
        body.add(new Item.Definition(boxId, ticks.tick(), ticks.tickDefinition()));
        body.addAll(plain.body());
        return new Item.Function(boxId, name, params, results, body);
    }

    /** {@code effect(Effect_9_0, ...) = results with { ... };}: the effect the voices go through. */
    Program.Effect effect(String effect) {
        BoxSpec spec = graph.specs.get(effect);
        List<String> params = new ArrayList<>();
        for (int outlet = 0; outlet < spec.outlets(); outlet++) {
            params.add(graph.name(effect, outlet));
        }
        List<String> results = new ArrayList<>();
        for (int inlet = 0; inlet < spec.inlets(); inlet++) {
            results.add(expressions.inlet(effect, inlet));
        }
        boolean scoped = hasDefinitions(null, Side.EFFECT);
        return new Program.Effect(id(effect), params, results, scoped, scoped ? scope(null, Side.EFFECT) : List.of());
    }

    /** The items of one scope: the level ({@code iteration} null) or an iteration's body, in box order. */
    private List<Item> scope(String iteration, Side side) {
        List<Item> items = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        for (String id : graph.order) {
            if (!belongs(id, iteration, side)) {
                continue;
            }
            head(id, items);
            LowerLoops.Loop loop = loops.of(id);
            if (loop != null && !lowered.contains(loop.name())) {
                lowered.add(loop.name());
                items.add(loops.lambda(loop, this::definitions));
            }
            if (loop != null) {
                loops.readFrom(id, loop, items);
            } else {
                definitions(id, items);
            }
        }
        return items;
    }

    private boolean belongs(String id, String iteration, Side side) {
        BoxSpec spec = graph.specs.get(id);
        if (spec == null || !spec.isDefined()) {
            return false;
        }
        String scope = level.scopes().of(id);
        if (iteration == null ? scope != null : !iteration.equals(scope)) {
            return false;
        }
        if (iteration != null || level.split().effect() == null) {
            return true;
        }
        return side == Side.VOICE ? level.split().inVoice(id) : level.split().inEffect(id);
    }

    private boolean hasDefinitions(String iteration, Side side) {
        for (String id : graph.order) {
            if (belongs(id, iteration, side) && !graph.usedOutlets.get(id).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The function a sub-patcher, code or iteration box stands for, when one of its results is used. */
    private void head(String id, List<Item> items) {
        BoxSpec spec = graph.specs.get(id);
        if (!usesResults(id, spec)) {
            return;
        }
        switch (spec.role()) {
            case SUBPATCH -> {
                BoxSpec.SubPatch sub = (BoxSpec.SubPatch) spec.detail();
                List<String> around = expressions.variablesAround(id, sub.child());
                if (sub.onDemand()) {
                    items.add(LowerLevel.of(sub.child(), around, shared, expressions.ticks.inner())
                            .onDemandFunction(id(id), graph.head(id)));
                } else if (expressions.ticks.gated()) {
                    // a sub-patcher inside an ondemand box runs on the same ticks
                    items.add(LowerLevel.of(sub.child(), around, shared, expressions.ticks)
                            .function(id(id), graph.head(id), Side.VOICE));
                } else if (sharesFunction(sub, around)) {
                    // Patcher_3 = file_1;: the file's one function, which every use calls.
                    String function = shared.name(sub.sharedFile(), sub.child(), id(id));
                    items.add(new Item.Definition(id(id), graph.head(id),
                            new Expression.Application(Expression.Form.NAME, function, 0, List.of())));
                } else {
                    items.add(LowerLevel.of(sub.child(), around, shared).function(id(id), graph.head(id), Side.VOICE));
                }
            }
            case CODE -> {
                List<String> lines = new ArrayList<>();
                for (String line : CodeText.lines(((BoxSpec.CodeText) spec.detail()).faust())) {
                    if (CodeText.importOf(line) == null) {
                        lines.add(line);
                    }
                }
                items.add(new Item.Environment(id(id), graph.head(id), lines));
            }
            case ITERATION -> items.add(iteration(id, spec.iteration()));
            default -> {
            }
        }
    }

    /**
     * A file used more than once calls its one function, unless this use sits in an iteration's body:
     * its bargraph labels are then numbered by the iteration's variables, so it is written as a copy.
     */
    private boolean sharesFunction(BoxSpec.SubPatch sub, List<String> around) {
        return sub.sharedFile() != null && around.isEmpty() && level.context().sharedUses(sub.sharedFile()) > 1;
    }

    private boolean usesResults(String id, BoxSpec spec) {
        int results = spec.results();
        for (int outlet : graph.usedOutlets.get(id).ascending()) {
            if (outlet < results) {
                return true;
            }
        }
        return false;
    }

    /** {@code Par_3 = par(Par_3_1, 4, returns with { body });}, with a lambda over the body's inputs. */
    private Item.Iteration iteration(String id, BoxSpec.Iteration iteration) {
        List<String> params = new ArrayList<>();
        for (int j = 0; j < iteration.bodyInputs(); j++) {
            params.add(graph.name(id, iteration.outputs() + j));
        }
        List<String> returns = new ArrayList<>();
        for (int k = 0; k < iteration.bodyOutputs(); k++) {
            returns.add(expressions.inlet(id, k));
        }
        boolean scoped = hasDefinitions(id, Side.VOICE);
        return new Item.Iteration(id(id), graph.head(id), iteration.operator(),
                graph.name(id, iteration.variableOutlet()), iteration.count(), params, returns, scoped,
                scoped ? scope(id, Side.VOICE) : List.of());
    }

    /**
     * {@code Kind_N_k = expression;} for each used result outlet of a box: the expression itself,
     * or, when the box has several results, one shared expression selected from.
     */
    private void definitions(String id, List<Item> items) {
        BoxSpec spec = graph.specs.get(id);
        int results = spec.results();
        Expression shared = null;
        for (int outlet : graph.usedOutlets.get(id).ascending()) {
            if (outlet >= results) {
                continue;
            }
            if (shared == null) {
                shared = expressions.of(id);
            }
            Expression expression = results == 1 ? shared : new Expression.Selection(shared, outlet, results);
            if (spec.role() == BoxSpec.Role.OPERATION && spec.shape() == BoxSpec.Shape.WIRE) {
                // A wire box (_, <:, ()): outlet k is its inlet k, or its one inlet copied.
                expression = expressions.wire(expressions.inlet(id, outlet % spec.inlets()));
            }
            items.add(new Item.Definition(id(id), graph.name(id, outlet), expression));
        }
    }

    private String id(String boxId) {
        return level.sourceId(boxId);
    }
}
