package dev.faustwire.codegen;

import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured steps of a {@link RandomLevel}: feedback loops, iterations and their bodies,
 * sub-patchers, code boxes, send/receive and the effect.
 */
final class RandomStructures {
    private final RandomLevel level;

    RandomStructures(RandomLevel level) {
        this.level = level;
    }

    /**
     * {@code in -> head -> members -> delay -> head:1}: a loop through a delay; {@code broken} leaves
     * the delay out or puts one that does not cut a loop (E013). Returns the last member.
     */
    Port loop(Port in, boolean broken) {
        String head = level.add(level.pick(RandomBoxTexts.LOOP_HEADS));
        level.connect(in, head, 0);
        Port cur = new Port(head, 0);
        int members = level.patches.random.nextInt(3);
        for (int i = 0; i < members; i++) {
            int r = level.patches.random.nextInt(10);
            cur = r == 0 && level.depth < RandomPatches.MAX_DEPTH ? subpatcher(cur, true)
                    : r == 1 ? code(cur) : level.operation(cur);
        }
        if (!broken) {
            String delay = level.add(level.pick(RandomBoxTexts.DELAYS));
            level.connect(cur, delay, 0);
            level.connect(new Port(delay, 0), head, 1);
            level.feature(level.nesting > 0 ? "loop-in-body" : level.depth > 0 ? "loop-in-subpatch" : "loop");
        } else if (level.chance(50)) {
            level.connect(cur, head, 1);
        } else {
            String delay = level.add(level.pick(RandomBoxTexts.NOT_DELAYS));
            level.feed(delay, cur);
            level.connect(new Port(delay, 0), head, 1);
        }
        level.offer(head);
        return cur;
    }

    /**
     * {@code par|seq|sum|prod N}: inputs from {@code feed} (all of them; null: any signals), and a body
     * per return that starts at the variable or a body input. Returns output 0.
     */
    Port iteration(Port feed) {
        String op = level.pick(RandomPatches.ITERATIONS);
        int count = 1 + level.patches.random.nextInt(4);
        int outs = !op.equals("sum") && !op.equals("prod") && level.chance(20) ? 2 : 1;
        int ins = op.equals("seq") ? outs : feed != null || level.chance(30) ? 1 : 0;
        int defaultIns = op.equals("seq") ? outs : 0;
        String text = op + " " + count + (ins != defaultIns || level.chance(15) ? " @ins " + ins : "")
                + (outs != 1 || level.chance(10) ? " @outs " + outs : "");
        String id = level.add(text);
        BoxPorts.Count ports = level.ports(id);
        int outputs = ports.outlets() - ins - 1;
        Port variable = new Port(id, outputs + ins);
        for (int inlet = outs; inlet < ports.inlets(); inlet++) {
            level.connect(feed != null ? feed : level.chance(80) ? level.signal() : null, id, inlet);
        }
        if (level.nesting > 0) {
            level.feature("nested-iteration");
        }
        RandomLevel.Scope body = new RandomLevel.Scope(false);
        for (int j = 0; j < ins; j++) {
            body.signals.add(new Port(id, outputs + j));
        }
        body.signals.add(variable);
        level.scopes.add(body);
        level.nesting++;
        Port firstBodyBox = null;
        for (int k = 0; k < outs; k++) {
            Port start = ins > 0 && level.chance(40) ? new Port(id, outputs + level.patches.random.nextInt(ins)) : variable;
            int before = level.nextBox;
            Port end = chain(start, start.equals(variable), 1 + level.patches.random.nextInt(3));
            level.connect(end, id, k);
            if (firstBodyBox == null && level.nextBox > before) {
                firstBodyBox = end;
            }
        }
        level.nesting--;
        level.scopes.remove(level.scopes.size() - 1);
        level.iterations.add(new RandomLevel.Iteration(id, variable, firstBodyBox, outs, ports.inlets()));
        level.offer(id, outputs);
        return new Port(id, 0);
    }

    /** A chain of boxes in a body from {@code start}: each reads the one before, so all lead to the return. */
    private Port chain(Port start, boolean fromVariable, int length) {
        Port cur = start;
        if (fromVariable && level.chance(20)) {
            level.feature("oscillator-bank");
            cur = level.operation(cur, "+ 1");
            cur = level.operation(cur, "* 110");
            return level.operation(cur, "os.osc");
        }
        for (int i = 0; i < length; i++) {
            int r = level.patches.random.nextInt(100);
            if (r < 50) {
                cur = level.operation(cur);
            } else if (r < 62 && level.nesting < RandomPatches.MAX_NESTING) {
                cur = iteration(cur);
            } else if (r < 72) {
                cur = loop(cur, false);
            } else if (r < 80 && level.depth < RandomPatches.MAX_DEPTH) {
                cur = subpatcher(cur, true);
            } else if (r < 88) {
                cur = code(cur);
            } else {
                String id = level.add(level.pick(RandomBoxTexts.LOOP_HEADS));
                level.connect(cur, id, 0);
                List<Port> outside = level.scopes.get(0).signals;
                level.connect(outside.isEmpty() ? new Port(level.source(), 0) : level.pick(outside), id, 1);
                level.feature("body-reads-outside");
                level.offer(id);
                cur = new Port(id, 0);
            }
        }
        return cur;
    }

    /**
     * A {@code p} box with a random child patch; {@code reads}: the child has an input for {@code in}.
     * Returns its first outlet, or {@code in} when a fault in the child took its outputs.
     */
    Port subpatcher(Port in, boolean reads) {
        RandomLevel child = new RandomLevel(level.patches, level.depth + 1, level.chance(RandomPatches.FAULTY_CHILD));
        Patch patch = child.build(1 + level.patches.random.nextInt(5), reads ? 1 : 0);
        String id = level.add(level.pick(List.of("p", "p", "patcher", "p filter")), null, patch);
        level.feature("subpatch-depth-" + (level.depth + 1));
        level.feed(id, in);
        level.offer(id);
        return level.ports(id).outlets() > 0 ? new Port(id, 0) : in;
    }

    /**
     * A code box with small Faust text (sometimes wrong), its arity as attributes or as stored data;
     * one that reads {@code in} when it is not null.
     */
    Port code(Port in) {
        boolean wrong = level.chance(6);
        List<RandomBoxTexts.CodeText> texts = new ArrayList<>();
        for (RandomBoxTexts.CodeText text : wrong ? RandomBoxTexts.WRONG_CODE : RandomBoxTexts.GOOD_CODE) {
            if (in == null || text.inputs() > 0) {
                texts.add(text);
            }
        }
        RandomBoxTexts.CodeText text = level.pick(texts);
        JsonObject data = JsonObject.EMPTY.with("value", new JsonString(text.faust()));
        String box = "code @ins " + text.inputs() + " @outs " + text.outputs();
        if (level.chance(30)) {
            box = "code";
            data = data.with("inputs", new JsonNumber(Integer.toString(text.inputs())))
                    .with("outputs", new JsonNumber(Integer.toString(text.outputs())));
        }
        String id = level.add(box, data, null);
        if (wrong) {
            level.feature("wrong-code");
        }
        level.feed(id, in);
        level.offer(id);
        return new Port(id, 0);
    }

    /** A send under a new name, or a receive of a name already sent (sometimes of none: W002). */
    void sendOrReceive() {
        if (level.nesting == 0 && (level.sends.isEmpty() || level.chance(45))) {
            String name = level.pick(List.of("bus", "fx", "a", "b"));
            if (level.received.contains(name) || level.sends.contains(name)) {
                name = name + level.sends.size();
            }
            String id = level.add(level.pick(List.of("send ", "s ")) + name);
            level.feed(id, level.recent());
            level.sends.add(name);
            return;
        }
        String name = level.sends.isEmpty() || level.chance(15) ? "nobody" : level.pick(level.sends);
        level.received.add(name);
        level.offer(level.add(level.pick(List.of("receive ", "r ")) + name));
    }

    /** The effect: chains from its outlets (the voices) back into its inlets, reading nothing of the voice. */
    void effect() {
        String id = level.add(level.pick(List.of("effect", "effect", "effect @ins 1 @outs 1", "effect @ins 2 @outs 1",
                "effect @outs 2")));
        level.effect = id;
        BoxPorts.Count ports = level.ports(id);
        RandomLevel.Scope scope = new RandomLevel.Scope(true);
        for (int outlet = 0; outlet < ports.outlets(); outlet++) {
            scope.signals.add(new Port(id, outlet));
        }
        level.scopes.add(scope);
        for (int inlet = 0; inlet < ports.inlets(); inlet++) {
            Port cur = ports.outlets() == 0 ? new Port(level.source(), 0) : new Port(id, inlet % ports.outlets());
            for (int j = level.patches.random.nextInt(3); j > 0; j--) {
                cur = level.operation(cur);
            }
            level.connect(cur, id, inlet);
        }
        level.scopes.remove(level.scopes.size() - 1);
    }
}
