package dev.faustwire.codegen;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.List;

/**
 * Mistakes a person makes, put into a patch level that {@link RandomPatches} has built; each is
 * named {@code fault:...} in the patch's features, with the diagnostic it must cause.
 */
final class RandomFaults {
    private final RandomLevel level;
    private final RandomPatches random;

    RandomFaults(RandomLevel level) {
        this.level = level;
        this.random = level.patches;
    }

    /** One fault, chosen at random; removing every output only as the first fault, so that the others stay seen. */
    void any(boolean first) {
        int choice = random.random.nextInt(17);
        if (choice == 13 && !first) {
            choice = 14;
        }
        switch (choice) {
            case 0 -> unknownName();
            case 1 -> named("bad-argument", random.pick(RandomBoxTexts.BAD_ARGUMENTS));
            case 2 -> named("malformed-text", "* \"0.5");
            case 3 -> named("blank-text", random.pick(List.of("", "   ")));
            case 4 -> portOutOfRange();
            case 5 -> lineToMissingBox();
            case 6 -> {
                random.feature("fault:loop-without-delay");
                level.structures.loop(level.recent(), true);
            }
            case 7 -> {
                random.feature("fault:duplicate-out");
                level.connect(level.recent(), level.add(level.boxes.get(out()).text()), 0);
            }
            case 8 -> variableLeavesBody();
            case 9 -> inputFedFromBody();
            case 10 -> codeWithoutArity();
            case 11 -> misplacedEffect();
            case 12 -> effectLeak();
            case 13 -> noOutput();
            case 14 -> wildLine();
            case 15 -> named("missing-file", "p ./missing.dsppat");
            default -> loopAcrossBody();
        }
    }

    /** E010. */
    private void unknownName() {
        random.feature("fault:unknown-name");
        String id = level.add(random.pick(RandomBoxTexts.UNKNOWN));
        level.connect(level.signal(), id, 0);
        level.connect(new Port(id, 0), out(), 0);
    }

    /** E004, E008, E011, E020: a box whose text cannot mean anything. */
    private void named(String fault, String text) {
        random.feature("fault:" + fault);
        level.add(text);
    }

    /** E006: a line leaves an outlet past the last, or enters an inlet past the last. */
    private void portOutOfRange() {
        random.feature("fault:port-out-of-range");
        String box = someBox();
        BoxPorts.Count ports = level.ports(box);
        if (random.chance(50)) {
            level.connect(new Port(box, ports.outlets() + random.random.nextInt(2)), out(), 0);
        } else {
            level.connect(level.signal(), box, ports.inlets() + random.random.nextInt(2));
        }
    }

    /** E005: a line from or to a box that is not there. */
    private void lineToMissingBox() {
        random.feature("fault:line-to-missing-box");
        if (random.chance(50)) {
            level.connect(new Port("box-999", 0), out(), 0);
        } else {
            level.connect(level.recent(), "box-998", 0);
        }
    }

    /** E023: a box reads an iteration's variable and its result goes to an out box, not back into the body's return. */
    private void variableLeavesBody() {
        random.feature("fault:variable-leaves-body");
        RandomLevel.Iteration iteration = anIteration();
        String leak = level.add("* 2");
        level.connect(iteration.variable(), leak, 0);
        level.connect(new Port(leak, 0), out(), 0);
    }

    /** E023: an input of an iteration is fed from its own body. */
    private void inputFedFromBody() {
        random.feature("fault:input-fed-from-body");
        RandomLevel.Iteration iteration = null;
        for (RandomLevel.Iteration candidate : level.iterations) {
            if (candidate.firstInput() < candidate.inlets()) {
                iteration = candidate;
            }
        }
        if (iteration == null) {
            level.structures.iteration(level.recent());
            iteration = level.iterations.get(level.iterations.size() - 1);
        }
        Port from = random.chance(50) || iteration.firstBodyBox() == null ? iteration.variable() : iteration.firstBodyBox();
        level.connect(from, iteration.id(), iteration.firstInput());
    }

    /** E022, or E011 for a code box without text. */
    private void codeWithoutArity() {
        random.feature("fault:code-without-arity");
        boolean blank = random.chance(30);
        JsonObject data = JsonObject.EMPTY.with("value", new JsonString(blank ? "  " : "process = _;"));
        String id = level.add(blank ? "code @ins 1 @outs 1" : "code", data, null);
        level.connect(level.recent(), id, 0);
    }

    /** E025: an effect inside a sub-patcher, or a second one. */
    private void misplacedEffect() {
        random.feature("fault:misplaced-effect");
        if (level.depth == 0 && level.effect == null) {
            level.structures.effect();
        }
        level.add("effect");
    }

    /** E026 (E025 below the top): the voice reads the outlets of the effect. */
    private void effectLeak() {
        random.feature("fault:effect-leak");
        if (level.effect == null) {
            level.structures.effect();
        }
        level.connect(new Port(level.effect, 0), out(), 0);
    }

    /** E015 at the top: every out box goes, with its lines. Below the top a child without outputs is legal. */
    private void noOutput() {
        random.feature(level.depth == 0 ? "fault:no-output" : "child-without-output");
        for (String out : level.outs) {
            level.boxes.remove(out);
            List<String> touching = new ArrayList<>();
            for (Line line : level.lines.values()) {
                if (line.touches(out)) {
                    touching.add(line.id());
                }
            }
            for (String id : touching) {
                level.lines.remove(id);
            }
        }
        level.outs.clear();
    }

    /** Anything: a line between any two existing ports, which may close a loop or leave a body. */
    private void wildLine() {
        random.feature("fault:wild-line");
        String src = someBox();
        String dest = someBox();
        BoxPorts.Count from = level.ports(src);
        BoxPorts.Count to = level.ports(dest);
        if (from.outlets() > 0 && to.inlets() > 0) {
            level.connect(new Port(src, random.random.nextInt(from.outlets())), dest, random.random.nextInt(to.inlets()));
        }
    }

    /** E024: an iteration's output comes back, through a delay, into its own body. */
    private void loopAcrossBody() {
        random.feature("fault:loop-across-body");
        RandomLevel.Iteration iteration = anIteration();
        String delay = level.add("mem");
        level.connect(new Port(iteration.id(), 0), delay, 0);
        level.connect(new Port(delay, 0), iteration.firstBodyBox().boxId(), 0);
    }

    /** The first out box of the level; a new one when a fault before took them all. */
    private String out() {
        if (level.outs.isEmpty()) {
            level.outs.add(level.add("out 1"));
        }
        return level.outs.get(0);
    }

    private RandomLevel.Iteration anIteration() {
        if (level.iterations.isEmpty()) {
            level.structures.iteration(null);
        }
        return random.pick(level.iterations);
    }

    private String someBox() {
        List<String> ids = new ArrayList<>();
        for (Box box : level.boxes.values()) {
            ids.add(box.id());
        }
        return random.pick(ids);
    }
}
