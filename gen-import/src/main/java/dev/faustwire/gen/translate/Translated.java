package dev.faustwire.gen.translate;

import dev.faustwire.core.model.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * A Gen box translated: the imported box, where its ports went, and the constant code boxes it
 * needs for argument expressions that are not plain numbers, each feeding one imported inlet.
 */
final class Translated {
    final Box box;
    final PortMap ports;
    final List<Feed> feeds = new ArrayList<>();
    /** The inlets a setparam's cord goes to, by the name of the param it sets (a sub-patcher's params fed from outside). */
    final java.util.Map<String, Integer> paramInlets = new java.util.LinkedHashMap<>();
    /** The inlets that carry a param or named history of the enclosing level into a sub-patcher that reads it, by name. */
    final java.util.Map<String, Integer> outerInlets = new java.util.LinkedHashMap<>();
    /** The text of a box placed after this one that takes over its outlet 0 (an in's clamp), or null. */
    String after;
    /** Tables: Gen inlet k goes to these ports of other boxes (a data's code box, a mem), not to {@link #box}. */
    final java.util.Map<Integer, List<dev.faustwire.core.model.Port>> inletTargets = new java.util.TreeMap<>();
    /** Tables: Gen outlet k comes from this port of another box (a data's code box), not from {@link #box}. */
    final java.util.Map<Integer, dev.faustwire.core.model.Port> outletSources = new java.util.TreeMap<>();
    /** Tables: boxes and lines this box brings along (a reader's index box, the mems of a poke in a loop). */
    final List<Box> extraBoxes = new ArrayList<>();
    final List<dev.faustwire.core.model.Port[]> extraLines = new ArrayList<>();

    /**
     * What feeds inlet {@code inlet} of the box in place of an argument: a constant {@code code} box
     * computing {@code expression}, or the param or history of that {@code name} in the same patcher.
     */
    record Feed(String expression, String name, int inlet) {
    }

    Translated(Box box, PortMap ports) {
        this.box = box;
        this.ports = ports;
    }

    /** The same translation, its box carrying {@code comment} (a named history keeps its name so). */
    Translated withComment(String comment) {
        Box b = box;
        Translated copy = new Translated(new Box(b.id(), b.text(), b.rect(), b.data(), b.subpatch(), comment, b.extra()), ports);
        copy.feeds.addAll(feeds);
        copy.paramInlets.putAll(paramInlets);
        copy.outerInlets.putAll(outerInlets);
        copy.after = after;
        return copy;
    }
}
