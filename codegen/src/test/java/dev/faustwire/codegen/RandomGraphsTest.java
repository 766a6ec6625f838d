package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * On 10,000 random patches of every box kind ({@link RandomPatches}), codegen never throws: it returns
 * a program whose source map names existing boxes, or errors that name existing boxes or lines
 * (ids inside sub-patchers as {@code box-9/box-2}); and each mistake put in on purpose is found.
 */
class RandomGraphsTest {
    static final int GRAPHS = RandomPatches.COUNT;
    /** The only errors about the whole document rather than a box or a line. */
    static final Set<Code> DOCUMENT_CODES = Set.of(Code.NO_OUTPUT);
    /** The features that programs which generate must have shown this often, to mean something. */
    static final List<String> MUST_GENERATE = List.of("kind:io", "kind:constant", "kind:delay", "kind:primitive",
            "kind:library", "kind:control", "kind:subpatch", "kind:code", "kind:iteration", "kind:send", "kind:receive",
            "kind:effect", "kind:comment", "loop", "loop-in-body", "loop-in-subpatch", "nested-iteration",
            "subpatch-depth-2", "subpatch-depth-3", "fan-in", "body-reads-outside", "oscillator-bank", "gap-in",
            "gap-out", "stored-label", "wrong-code");
    static final int AT_LEAST = 40;

    /** The error each fault must cause, when it is the only fault of its patch. */
    static final Map<String, Set<Code>> FAULT_CODES = Map.ofEntries(
            Map.entry("fault:unknown-name", Set.of(Code.UNKNOWN_BOX)),
            Map.entry("fault:bad-argument", Set.of(Code.WRONG_ARGUMENT)),
            Map.entry("fault:malformed-text", Set.of(Code.MALFORMED_BOX_TEXT)),
            Map.entry("fault:blank-text", Set.of(Code.BOX_WITHOUT_TEXT)),
            Map.entry("fault:port-out-of-range", Set.of(Code.PORT_OUT_OF_RANGE)),
            Map.entry("fault:line-to-missing-box", Set.of(Code.LINE_TO_MISSING_BOX)),
            Map.entry("fault:loop-without-delay", Set.of(Code.LOOP_WITHOUT_DELAY)),
            Map.entry("fault:duplicate-out", Set.of(Code.DUPLICATE_OUTPUT)),
            Map.entry("fault:variable-leaves-body", Set.of(Code.ITERATION_ESCAPE)),
            Map.entry("fault:input-fed-from-body", Set.of(Code.ITERATION_ESCAPE)),
            Map.entry("fault:code-without-arity", Set.of(Code.CODE_ARITY_UNKNOWN, Code.WRONG_ARGUMENT)),
            Map.entry("fault:misplaced-effect", Set.of(Code.EFFECT_MISPLACED)),
            Map.entry("fault:effect-leak", Set.of(Code.EFFECT_LEAK, Code.EFFECT_MISPLACED)),
            Map.entry("fault:no-output", Set.of(Code.NO_OUTPUT)),
            Map.entry("fault:missing-file", Set.of(Code.SUBPATCH_NOT_FOUND)),
            Map.entry("fault:loop-across-body", Set.of(Code.LOOP_ACROSS_BODY)));

    @Test
    void codegenNeverThrowsAndBlamesOnlyWhatExists() {
        long start = System.nanoTime();
        RandomPatches patches = new RandomPatches(RandomPatches.SEED);
        int ok = 0;
        int faulty = 0;
        int faultyOk = 0;
        int boxes = 0;
        long codegenNanos = 0;
        Map<String, Integer> patchesByCode = new TreeMap<>();
        Map<String, Integer> generatedWith = new TreeMap<>();
        Map<String, Integer> faultsFound = new TreeMap<>();
        Map<String, Integer> faultsAlone = new TreeMap<>();
        Violations violations = new Violations();
        for (int i = 0; i < GRAPHS; i++) {
            RandomPatches.Sample sample = patches.next();
            Patch patch = sample.patch();
            boxes += patch.boxes().size();
            long before = System.nanoTime();
            CodegenResult result = generate(sample);
            codegenNanos += System.nanoTime() - before;
            violations.sample(sample, result);
            if (!Diagnostic.anyError(result.diagnostics()) != result.ok()) {
                violations.add("ok() disagrees with the errors");
            }
            Set<Code> codes = new TreeSet<>();
            for (Diagnostic d : result.diagnostics()) {
                checkTarget(patch, d, violations);
                codes.add(d.code());
            }
            for (Code code : codes) {
                patchesByCode.merge(code.id(), 1, Integer::sum);
            }
            Set<String> faults = faults(sample);
            faulty += faults.isEmpty() ? 0 : 1;
            if (result.ok()) {
                ok++;
                faultyOk += faults.isEmpty() ? 0 : 1;
                checkProgram(patch, result, violations);
                for (String feature : sample.features()) {
                    generatedWith.merge(feature, 1, Integer::sum);
                }
            }
            if (faults.size() == 1 && FAULT_CODES.containsKey(faults.iterator().next())) {
                String fault = faults.iterator().next();
                faultsAlone.merge(fault, 1, Integer::sum);
                boolean found = FAULT_CODES.get(fault).stream().anyMatch(codes::contains);
                faultsFound.merge(fault, found ? 1 : 0, Integer::sum);
                if (!found) {
                    violations.add(fault + " alone causes none of " + FAULT_CODES.get(fault));
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("RandomGraphsTest: " + GRAPHS + " patches (" + boxes + " boxes) in " + millis + " ms, "
                + codegenNanos / 1_000_000 + " ms of them in codegen; "
                + ok + " generated code; " + faulty + " had faults on purpose, " + faultyOk + " of them still generated");
        System.out.println("  patches per diagnostic code: " + patchesByCode);
        System.out.println("  generated programs per feature: " + generatedWith);
        System.out.println("  lone faults found / seen: " + faultsFound + " / " + faultsAlone);
        violations.print();
        assertTrue(violations.none(), "codegen broke its contract; see the smallest patch of each kind above");
        assertTrue(ok >= GRAPHS * 3 / 10, "at least 30% of the patches generate code: " + ok);
        for (String feature : MUST_GENERATE) {
            int seen = generatedWith.getOrDefault(feature, 0);
            assertTrue(seen >= AT_LEAST, feature + " is in at least " + AT_LEAST + " generated programs: " + seen);
        }
        for (String fault : FAULT_CODES.keySet()) {
            assertTrue(faultsAlone.getOrDefault(fault, 0) >= 10, fault + " is tried alone often enough: " + faultsAlone);
        }
    }

    /** Codegen of a sample; an exception fails the test with the patch that caused it. */
    static CodegenResult generate(RandomPatches.Sample sample) {
        try {
            return Codegen.generate(sample.patch(), BundledIndex.get());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("codegen threw on patch " + sample.index() + ":\n" + PatchWriter.write(sample.patch()), e);
        }
    }

    /** The fault features of a sample (see {@link RandomFaults}). */
    static Set<String> faults(RandomPatches.Sample sample) {
        Set<String> faults = new TreeSet<>();
        for (String feature : sample.features()) {
            if (feature.startsWith("fault:")) {
                faults.add(feature);
            }
        }
        return faults;
    }

    /** An error names a box or a line that exists (at its path), or is one of the few about the whole document. */
    private static void checkTarget(Patch patch, Diagnostic d, Violations violations) {
        if (d.boxId() != null) {
            Box box = PatchPaths.box(patch, d.boxId());
            if (box == null) {
                violations.add(d.code().id() + " names a box that does not exist");
            } else if (d.code() == Code.BOX_WITHOUT_TEXT && !box.text().isBlank()) {
                violations.add("E004 names a box that has text");
            }
        } else if (d.lineId() != null) {
            Line line = PatchPaths.line(patch, d.lineId());
            Patch level = PatchPaths.levelOf(patch, d.lineId());
            if (line == null) {
                violations.add(d.code().id() + " names a line that does not exist");
            } else if (d.code() == Code.LINE_TO_MISSING_BOX && level.box(line.src().boxId()) != null
                    && level.box(line.dest().boxId()) != null) {
                violations.add("E005 names a line between existing boxes");
            }
        } else if (d.isError() && !DOCUMENT_CODES.contains(d.code())) {
            violations.add(d.code().id() + " names no box and no line");
        }
    }

    /** A program: its source map has a line per program line, and every box it names exists. */
    private static void checkProgram(Patch patch, CodegenResult result, Violations violations) {
        if (result.code() == null || !result.code().contains("process")) {
            violations.add("ok without a process");
            return;
        }
        int lines = result.code().split("\n", -1).length - 1;
        if (lines != result.sourceMap().lineCount()) {
            violations.add("the source map has another line count than the program");
        }
        for (int line = 1; line <= lines; line++) {
            String box = result.sourceMap().boxAt(line);
            if (box != null && PatchPaths.box(patch, box) == null) {
                violations.add("the source map names a box that does not exist");
            }
        }
    }
}
