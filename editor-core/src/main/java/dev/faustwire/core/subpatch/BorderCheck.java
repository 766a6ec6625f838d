package dev.faustwire.core.subpatch;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.PortCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a selection cannot become a sub-patcher without changing the program: an in/out box of the
 * level (E032), a loop that leaves it and comes back (E033), a link that works only within one
 * level cut by its border (E034). Null when it can.
 */
final class BorderCheck {
    private BorderCheck() {
    }

    static Diagnostic refusal(Patch level, Set<String> inside, PortCounts counts) {
        for (String id : inside) {
            Box box = level.box(id);
            String name = SubpatchBoxes.name(box);
            if (name.equals("in") || name.equals("out")) {
                return Diagnostic.atBox(Code.ENCAPSULATE_PORTS, id, "\"" + box.text() + "\" is an " + name
                        + " box of this level: leave it out of the selection to encapsulate");
            }
            if (name.equals("effect")) {
                return Diagnostic.atBox(Code.ENCAPSULATE_LINK, id, "the effect box splits the voice from the effect"
                        + " at the top of the patch; it cannot go into a sub-patcher");
            }
        }
        Diagnostic wireless = wireless(level, inside);
        if (wireless != null) {
            return wireless;
        }
        Diagnostic iteration = iteration(level, inside, counts);
        return iteration != null ? iteration : loop(level, inside, counts);
    }

    private static boolean isSend(String name) {
        return name.equals("send") || name.equals("s");
    }

    private static boolean isReceive(String name) {
        return name.equals("receive") || name.equals("r");
    }

    /** A send inside and a receive outside of the same name, or the other way round. */
    private static Diagnostic wireless(Patch level, Set<String> inside) {
        Set<String> insideNames = new TreeSet<>();
        Set<String> outsideNames = new TreeSet<>();
        for (Box box : level.boxes().values()) {
            String name = SubpatchBoxes.name(box);
            if (!isSend(name) && !isReceive(name)) {
                continue;
            }
            var text = SubpatchBoxes.text(box);
            String bus = text.args().isEmpty() ? "" : text.args().get(0).text();
            (inside.contains(box.id()) ? insideNames : outsideNames).add(bus);
        }
        for (String id : inside) {
            Box box = level.box(id);
            String name = SubpatchBoxes.name(box);
            if (isSend(name) || isReceive(name)) {
                var text = SubpatchBoxes.text(box);
                String bus = text.args().isEmpty() ? "" : text.args().get(0).text();
                if (outsideNames.contains(bus)) {
                    return Diagnostic.atBox(Code.ENCAPSULATE_LINK, id, "\"" + box.text() + "\" is linked to a "
                            + "send or receive of the same name outside the selection; a sub-patcher would cut that link");
                }
            }
        }
        return null;
    }

    /** A selected iteration box whose body ports (the last outlets, the first inlets) have lines to boxes left outside. */
    private static Diagnostic iteration(Patch level, Set<String> inside, PortCounts counts) {
        for (Line line : level.lines().values()) {
            boolean srcIn = inside.contains(line.src().boxId());
            boolean destIn = inside.contains(line.dest().boxId());
            if (srcIn == destIn) {
                continue;
            }
            Box src = level.box(line.src().boxId());
            Box dest = level.box(line.dest().boxId());
            if (srcIn && src != null && SubpatchBoxes.isIteration(src)) {
                int outlets = counts.of(src).outlets();
                int bodyInputs = SubpatchBoxes.intAttribute(src, "ins", SubpatchBoxes.name(src).equals("seq") ? 1 : 0);
                if (line.src().index() >= outlets - 1 - bodyInputs) {
                    return bodyCut(src);
                }
            }
            if (destIn && dest != null && SubpatchBoxes.isIteration(dest)
                    && line.dest().index() < SubpatchBoxes.intAttribute(dest, "outs", 1)) {
                return bodyCut(dest);
            }
        }
        return null;
    }

    private static Diagnostic bodyCut(Box iteration) {
        return Diagnostic.atBox(Code.ENCAPSULATE_LINK, iteration.id(), "the body of \"" + iteration.text()
                + "\" would be split between the sub-patcher and its level; select the iteration with its whole body,"
                + " or only boxes of the body");
    }

    /**
     * A path through boxes outside the selection from one of its outlets back to one of its inlets.
     * An iteration box outside is two nodes, as for codegen: what comes back into its body's inlets
     * goes on only through its outputs, never through its variable.
     */
    private static Diagnostic loop(Patch level, Set<String> inside, PortCounts counts) {
        Set<String> reached = new TreeSet<>();
        List<String> todo = new ArrayList<>();
        for (Line line : level.lines().values()) {
            if (inside.contains(line.src().boxId()) && !inside.contains(line.dest().boxId())) {
                enqueue(level, line, reached, todo);
            }
        }
        while (!todo.isEmpty()) {
            String key = todo.remove(todo.size() - 1);
            int colon = key.lastIndexOf(':');
            String at = key.substring(0, colon);
            boolean outputsOnly = key.endsWith(":outputs");
            Box box = level.box(at);
            int firstBodyOutlet = outputsOnly ? counts.of(box).outlets() - 1
                    - SubpatchBoxes.intAttribute(box, "ins", SubpatchBoxes.name(box).equals("seq") ? 1 : 0) : Integer.MAX_VALUE;
            for (Line line : level.lines().values()) {
                if (!line.src().boxId().equals(at) || line.src().index() >= firstBodyOutlet) {
                    continue;
                }
                if (inside.contains(line.dest().boxId())) {
                    return Diagnostic.atBox(Code.ENCAPSULATE_LOOP, line.dest().boxId(), "a feedback loop leaves the"
                            + " selection and comes back into it here through " + at + "; select the whole loop, or none of it");
                }
                enqueue(level, line, reached, todo);
            }
        }
        return null;
    }

    /** The box a line leads to, as {@code id:all}, or {@code id:outputs} when it returns into an iteration's body. */
    private static void enqueue(Patch level, Line line, Set<String> reached, List<String> todo) {
        Box dest = level.box(line.dest().boxId());
        boolean bodyReturn = dest != null && SubpatchBoxes.isIteration(dest)
                && line.dest().index() < SubpatchBoxes.intAttribute(dest, "outs", 1);
        String key = line.dest().boxId() + (bodyReturn ? ":outputs" : ":all");
        if (reached.add(key)) {
            todo.add(key);
        }
    }
}
