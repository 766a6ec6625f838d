package dev.faustwire.codegen;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One patch level that {@link RandomPatches} builds, the top patch or a sub-patcher's child: its
 * boxes and lines, the signals boxes may read (by scope: the level, each iteration body being built,
 * the effect), and the plain steps (operations, sources, comments, out boxes that take what nothing
 * reads); {@link RandomStructures} adds the structured ones, {@link RandomFaults} the mistakes.
 */
final class RandomLevel {
    /** Signals that boxes may read, and those nothing reads yet: of a level, an iteration body or the effect. */
    static final class Scope {
        final List<Port> signals = new ArrayList<>();
        final List<Port> unread = new ArrayList<>();
        /** An isolated scope (the effect) reads nothing of the scopes around it. */
        final boolean isolated;

        Scope(boolean isolated) {
            this.isolated = isolated;
        }
    }

    /** An iteration as built, for the faults that break it later. */
    record Iteration(String id, Port variable, Port firstBodyBox, int firstInput, int inlets) {
    }

    final RandomPatches patches;
    final RandomStructures structures = new RandomStructures(this);
    final int depth;
    final boolean faulty;
    final TreeMap<String, Box> boxes = new TreeMap<>();
    final TreeMap<String, Line> lines = new TreeMap<>();
    final List<Scope> scopes = new ArrayList<>();
    final List<String> sends = new ArrayList<>();
    final List<String> received = new ArrayList<>();
    final List<Iteration> iterations = new ArrayList<>();
    final List<String> outs = new ArrayList<>();
    private final TreeMap<String, BoxPorts.Count> ports = new TreeMap<>();
    String effect;
    /** How many iteration bodies are open around what is being built. */
    int nesting;
    int nextBox;
    private int nextLine;

    RandomLevel(RandomPatches patches, int depth, boolean faulty) {
        this.patches = patches;
        this.depth = depth;
        this.faulty = faulty;
    }

    boolean chance(int percent) {
        return patches.chance(percent);
    }

    <T> T pick(List<T> items) {
        return patches.pick(items);
    }

    void feature(String name) {
        patches.feature(name);
    }

    /** A level of {@code steps} steps with at least {@code minInputs} inputs and, below the top, one output. */
    Patch build(int steps, int minInputs) {
        scopes.add(new Scope(false));
        int inputs = Math.max(minInputs, patches.random.nextInt(3));
        for (int channel = 1; channel <= inputs; channel++) {
            if (channel < inputs && chance(15)) {
                feature("gap-in");
                continue;
            }
            offer(add("in " + channel));
        }
        for (int i = 0; i < steps; i++) {
            step();
        }
        int outputs = 1 + (chance(35) ? 1 : 0) + (chance(10) ? 1 : 0);
        for (int channel = 1; channel <= outputs; channel++) {
            if (channel < outputs && chance(10)) {
                feature("gap-out");
                continue;
            }
            String out = add("out " + channel);
            outs.add(out);
            Port first = recent();
            connect(first, out, 0);
            List<Port> unread = scopes.get(0).unread;
            for (int more = 0; more < 3 && !unread.isEmpty() && chance(70); more++) {
                connect(unread.get(unread.size() - 1), out, 0);
                feature("fan-in");
            }
        }
        if (chance(10)) {
            add(pick(List.of("comment hello", "comment a loop through the filter", "comment")));
        }
        if (faulty) {
            new RandomFaults(this).any(true);
            if (chance(25)) {
                new RandomFaults(this).any(false);
            }
        }
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    private void step() {
        int r = patches.random.nextInt(100);
        if (r < 34) {
            operation(recent());
        } else if (r < 44) {
            source();
        } else if (r < 55) {
            structures.loop(recent(), false);
        } else if (r < 67) {
            structures.iteration(null);
        } else if (r < 76 && depth < RandomPatches.MAX_DEPTH) {
            structures.subpatcher(recent(), false);
        } else if (r < 83) {
            structures.code(chance(25) ? null : recent());
        } else if (r < 89) {
            structures.sendOrReceive();
        } else if (r < 92 && depth == 0 && effect == null) {
            structures.effect();
        } else if (r < 94) {
            add(pick(List.of("comment hello", "comment a loop through the filter", "comment")));
        } else {
            operation(recent());
        }
    }

    // --- boxes

    String add(String text) {
        return add(text, null, null);
    }

    String add(String text, JsonValue data, Patch subpatch) {
        String id = "box-" + ++nextBox;
        boxes.put(id, new Box(id, text, new Rect(15 + 70 * (nextBox % 8), 15 + 40 * (nextBox / 8), 60, 22), data,
                subpatch, null, JsonObject.EMPTY));
        feature("kind:" + RandomPatches.kindOf(text));
        return id;
    }

    void connect(Port src, String dest, int inlet) {
        if (src == null) {
            return;
        }
        String id = "line-" + ++nextLine;
        lines.put(id, new Line(id, src, new Port(dest, inlet)));
        for (Scope scope : scopes) {
            scope.unread.remove(src);
        }
    }

    /** The ports of a box of this level; remembered, since a sub-patcher's ports take reading its whole child. */
    BoxPorts.Count ports(String id) {
        return ports.computeIfAbsent(id, box -> BoxPorts.of(boxes.get(box), patches.stdlib));
    }

    /** Makes a box's outlets readable in the innermost scope. */
    void offer(String id) {
        Scope scope = scopes.get(scopes.size() - 1);
        for (int outlet = 0; outlet < ports(id).outlets(); outlet++) {
            scope.signals.add(new Port(id, outlet));
            scope.unread.add(new Port(id, outlet));
        }
    }

    /** Any readable signal, the innermost scope more often; null when there is none. */
    Port signal() {
        Scope inner = scopes.get(scopes.size() - 1);
        if (inner.isolated || (scopes.size() > 1 && chance(50) && !inner.signals.isEmpty())) {
            return inner.signals.isEmpty() ? null : pick(inner.signals);
        }
        List<Port> all = new ArrayList<>();
        for (Scope scope : scopes) {
            all.addAll(scope.signals);
        }
        return all.isEmpty() ? null : pick(all);
    }

    /** A signal to go on from: mostly the newest of the innermost scope; a new source when there is none. */
    Port recent() {
        List<Port> inner = scopes.get(scopes.size() - 1).signals;
        if (!inner.isEmpty()) {
            return chance(60) ? inner.get(inner.size() - 1) : pick(inner);
        }
        Port any = signal();
        return any != null ? any : new Port(source(), 0);
    }

    /** Connects {@code first} to inlet 0 and most other inlets to readable signals, a few of them twice. */
    void feed(String id, Port first) {
        int inlets = ports(id).inlets();
        for (int inlet = 0; inlet < inlets; inlet++) {
            connect(inlet == 0 && first != null ? first : chance(75) ? signal() : null, id, inlet);
            if (chance(6)) {
                connect(signal(), id, inlet);
                feature("fan-in");
            }
        }
    }

    String source() {
        String text = pick(RandomBoxTexts.SOURCES);
        JsonValue data = null;
        if (text.equals("hslider") && chance(40)) {
            data = JsonObject.EMPTY.with("label", new JsonString("stored " + nextBox));
            feature("stored-label");
        }
        String id = add(text, data, null);
        offer(id);
        return id;
    }

    /** An operation reading {@code in}; sometimes it carries an embedded patch it ignores (W003). */
    Port operation(Port in) {
        String text = pick(RandomBoxTexts.OPERATIONS);
        String id = chance(2) ? add(text, null, Patch.EMPTY) : add(text);
        feed(id, in);
        offer(id);
        return new Port(id, 0);
    }

    /** Makes the first {@code outlets} outlets of a box readable in the innermost scope. */
    void offer(String id, int outlets) {
        Scope scope = scopes.get(scopes.size() - 1);
        for (int outlet = 0; outlet < outlets; outlet++) {
            scope.signals.add(new Port(id, outlet));
            scope.unread.add(new Port(id, outlet));
        }
    }

    /** An operation of the given text reading {@code in}. */
    Port operation(Port in, String text) {
        String id = add(text);
        feed(id, in);
        offer(id);
        return new Port(id, 0);
    }
}
