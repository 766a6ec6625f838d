package dev.faustwire.codegen;

import dev.faustwire.core.io.PatchWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Broken promises of codegen found by a property test, by kind: how many patches broke each, and
 * the smallest of them (fewest boxes and lines, nested ones included) to reproduce it.
 */
final class Violations {
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, String> smallest = new TreeMap<>();
    private final Map<String, Integer> smallestSize = new TreeMap<>();
    private RandomPatches.Sample sample;
    private CodegenResult result;

    /** The patch the next violations belong to. */
    void sample(RandomPatches.Sample current, CodegenResult currentResult) {
        sample = current;
        result = currentResult;
    }

    void add(String kind) {
        counts.merge(kind, 1, Integer::sum);
        int size = PatchSizes.size(sample.patch());
        if (!smallestSize.containsKey(kind) || size < smallestSize.get(kind)) {
            smallestSize.put(kind, size);
            smallest.put(kind, "patch " + sample.index() + " (" + sample.features() + "):\n"
                    + PatchWriter.write(sample.patch()) + "diagnostics: " + result.diagnostics()
                    + (result.code() == null ? "" : "\ncode:\n" + result.code()));
        }
    }

    boolean none() {
        return counts.isEmpty();
    }

    void print() {
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            System.out.println("VIOLATION " + entry.getKey() + ": " + entry.getValue() + " times; smallest: "
                    + smallest.get(entry.getKey()));
        }
    }
}
