package dev.faustwire.codegen;

import dev.faustwire.codegen.read.Primitive;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Random patches for property tests, the same for the same seed. A patch is built as a person
 * wires one: inputs, sources, chains of operations, feedback loops through a delay, iterations whose
 * bodies read their variable (nested, with loops inside, reading boxes outside), sub-patchers
 * nested up to {@value #MAX_DEPTH} deep, code boxes, controls, send/receive, an effect, comments and
 * out boxes that take what nothing else reads. Lines connect ports that exist ({@link BoxPorts}).
 * Some patches then get faults on purpose ({@link RandomFaults}); each patch lists its features
 * ({@code kind:iteration}, {@code loop}, {@code fault:loop-without-delay}...) for the statistics.
 */
public final class RandomPatches {
    /** The seed and length of the sequence of the acceptance tests: codegen of all, compile of a sample. */
    public static final long SEED = 20261121;
    public static final int COUNT = 10_000;
    /** Percent of top patches with faults on purpose; a sub-patch gets them less often. */
    static final int FAULTY_TOP = 35;
    static final int FAULTY_CHILD = 6;
    /** How deep sub-patchers nest, and iterations inside iteration bodies. */
    static final int MAX_DEPTH = 3;
    static final int MAX_NESTING = 2;
    static final List<String> ITERATIONS = List.of("par", "seq", "sum", "prod");

    /** One random patch and what went into it. */
    public record Sample(int index, Patch patch, SortedSet<String> features) {
    }

    final Random random;
    final StdlibIndex stdlib = BundledIndex.get();
    TreeSet<String> features;
    private int made;

    public RandomPatches(long seed) {
        random = new Random(seed);
    }

    /** The next patch of the sequence. */
    public Sample next() {
        features = new TreeSet<>();
        Patch patch = new RandomLevel(this, 0, chance(FAULTY_TOP)).build(4 + random.nextInt(12), 0);
        return new Sample(made++, patch, Collections.unmodifiableSortedSet(features));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    void feature(String name) {
        features.add(name);
    }

    /** The kind of box a text makes, for statistics: io, constant, delay, primitive, library, control... */
    static String kindOf(String text) {
        String name = text.strip().isEmpty() ? "" : text.strip().split("\\s+")[0];
        if (name.equals("in") || name.equals("out")) {
            return "io";
        }
        if (name.equals("c") || (!name.isEmpty() && (Character.isDigit(name.charAt(0)) || name.startsWith(".")
                || (name.startsWith("-") && name.length() > 1)))) {
            return "constant";
        }
        return switch (name) {
            case "mem", "'", "@", "~" -> "delay";
            case "p", "patcher" -> "subpatch";
            case "code" -> "code";
            case "par", "seq", "sum", "prod" -> "iteration";
            case "send", "s", "receive", "r" -> name.startsWith("s") ? "send" : "receive";
            case "effect" -> "effect";
            case "comment" -> "comment";
            case "hslider", "vslider", "nentry", "button", "checkbox", "hbargraph", "vbargraph", "hgroup", "vgroup",
                    "tgroup", "attach" -> "control";
            default -> Primitive.named(name) != null ? "primitive" : name.contains(".") || name.equals("lowpass")
                    ? "library" : "other";
        };
    }
}
