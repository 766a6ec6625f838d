package dev.faustwire.codegen;

import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sub-patcher files held in memory, all in one folder ({@code ./name} is {@code name}), that
 * remember every lookup, so that a test can count how often each file was asked for.
 */
final class MemoryFiles implements Resources {
    private final Map<String, String> files = new LinkedHashMap<>();
    final List<String> lookups = new ArrayList<>();

    MemoryFiles put(String name, Patch patch) {
        return put(name, PatchWriter.write(patch));
    }

    MemoryFiles put(String name, String text) {
        files.put(name, text);
        return this;
    }

    @Override
    public PatchFile findPatch(String reference, String from) {
        lookups.add(reference);
        String name = reference.startsWith("./") ? reference.substring(2) : reference;
        String text = files.get(name);
        return text == null ? null : new PatchFile(name, text);
    }

    @Override
    public Arity codeArity(String faust) {
        return null;
    }

    /** A chain of {@code boxes} boxes: {@code in 1}, then {@code * 0.999} boxes, then {@code out 1}. */
    static Patch chain(int boxes) {
        List<String> specs = new ArrayList<>();
        specs.add("box-1 = in 1");
        for (int i = 2; i < boxes; i++) {
            specs.add("box-" + i + " = * 0.999");
        }
        specs.add("box-" + boxes + " = out 1");
        for (int i = 1; i < boxes; i++) {
            specs.add("box-" + i + ":0 -> box-" + (i + 1) + ":0");
        }
        return TestPatches.of(specs.toArray(new String[0]));
    }

    /** {@code uses} boxes {@code p reference} fed by {@code in 1}, added into {@code out 1}: {@code uses + 2} boxes. */
    static Patch uses(String reference, int uses) {
        List<String> specs = new ArrayList<>();
        specs.add("box-1 = in 1");
        for (int i = 2; i <= uses + 1; i++) {
            specs.add("box-" + i + " = p " + reference);
            specs.add("box-1:0 -> box-" + i + ":0");
            specs.add("box-" + i + ":0 -> box-" + (uses + 2) + ":0");
        }
        specs.add("box-" + (uses + 2) + " = out 1");
        return TestPatches.of(specs.toArray(new String[0]));
    }
}
