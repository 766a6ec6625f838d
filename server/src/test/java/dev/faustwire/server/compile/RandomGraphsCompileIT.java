package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.PatchPaths;
import dev.faustwire.codegen.RandomPatches;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Of the random patches that the codegen property test generates ({@link RandomPatches#SEED}), 300
 * that generate code, evenly spaced, go the way a patch goes on the server (JSON, {@link Programs},
 * the sandboxed compiler through {@link CompileService}, {@link CompileReport}): each compiles with
 * the channels codegen announced, or fails only with compiler errors pinned to a box of its patch.
 */
class RandomGraphsCompileIT {
    static final int SAMPLES = 300;

    /** A sampled patch, its program, and the report of its compile. */
    record Compiled(RandomPatches.Sample sample, Program program, CompileReport report) {
    }

    @Test
    void sampledProgramsCompileOrFailAtABox() throws Exception {
        long start = System.nanoTime();
        List<RandomPatches.Sample> samples = sample();
        long sampled = System.nanoTime();
        List<Compiled> results = new ArrayList<>();
        try (CompileService service = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT),
                CompileService.DEFAULT_WORKERS, SAMPLES, 64L << 20)) {
            ExecutorService clients = Executors.newFixedThreadPool(2 * CompileService.DEFAULT_WORKERS);
            List<Future<Compiled>> jobs = new ArrayList<>();
            for (RandomPatches.Sample sample : samples) {
                jobs.add(clients.submit(() -> {
                    Program program = Programs.ofPatch(PatchWriter.write(sample.patch()), "random" + sample.index());
                    return new Compiled(sample, program, CompileReport.of(program, service));
                }));
            }
            for (Future<Compiled> job : jobs) {
                results.add(job.get());
            }
            clients.shutdown();
        }
        long compiled = System.nanoTime();

        int ok = 0;
        List<String> failures = new ArrayList<>();
        List<String> unpinned = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        Map<String, Integer> failuresByFeature = new TreeMap<>();
        Map<String, Integer> unpinnedByKind = new TreeMap<>();
        Map<String, Integer> bisectedByKind = new TreeMap<>();
        for (Compiled result : results) {
            assertTrue(result.program().compilable(), "codegen through JSON generates too: " + result.program().diagnostics());
            if (result.report().ok()) {
                ok++;
                checkChannels(result, channels);
                continue;
            }
            String failure = describe(result);
            failures.add(failure);
            for (String feature : result.sample().features()) {
                failuresByFeature.merge(feature, 1, Integer::sum);
            }
            for (Diagnostic d : result.report().diagnostics()) {
                if (d.isError() && d.boxId() != null && d.message().contains(" goes away when ")) {
                    bisectedByKind.merge(kind(d), 1, Integer::sum);
                }
            }
            for (Diagnostic d : result.report().diagnostics()) {
                if (d.isError() && (d.boxId() == null || PatchPaths.box(result.sample().patch(), d.boxId()) == null)) {
                    unpinned.add(failure);
                    unpinnedByKind.merge(kind(d), 1, Integer::sum);
                    break;
                }
            }
        }
        System.out.println("RandomGraphsCompileIT: " + results.size() + " programs sampled in "
                + (sampled - start) / 1_000_000 + " ms, compiled in " + (compiled - sampled) / 1_000_000 + " ms: " + ok
                + " compiled, " + failures.size() + " failed, " + unpinned.size() + " of them with an error on no box");
        System.out.println("  features of the failed: " + failuresByFeature);
        System.out.println("  errors on no box, by kind: " + unpinnedByKind);
        System.out.println("  errors pinned by bisection, by kind: " + bisectedByKind);
        failures.forEach(System.out::println);
        channels.forEach(System.out::println);
        assertEquals(SAMPLES, results.size());
        assertEquals(List.of(), unpinned, unpinned.size() + " failed compiles have an error on no box of their patch;"
                + " see FAILED above (patch N is the Nth of new RandomPatches(RandomPatches.SEED))");
        assertEquals(0, channels.size(), "the DSP has the channels codegen announced; see CHANNELS above");
    }

    /** The patches of the property test that generate code, {@value #SAMPLES} of them evenly spaced. */
    private static List<RandomPatches.Sample> sample() {
        RandomPatches patches = new RandomPatches(RandomPatches.SEED);
        List<RandomPatches.Sample> ok = new ArrayList<>();
        for (int i = 0; i < RandomPatches.COUNT; i++) {
            RandomPatches.Sample sample = patches.next();
            if (Codegen.generate(sample.patch(), BundledIndex.get()).ok()) {
                ok.add(sample);
            }
        }
        List<RandomPatches.Sample> chosen = new ArrayList<>();
        for (int k = 0; k < SAMPLES; k++) {
            chosen.add(ok.get(k * ok.size() / SAMPLES));
        }
        return chosen;
    }

    /** A compiled program whose patch has no wrong code box has the inputs and outputs codegen announced. */
    private static void checkChannels(Compiled result, List<String> problems) {
        CompileOutcome.Compiled outcome = (CompileOutcome.Compiled) result.report().outcome();
        if (result.sample().features().contains("wrong-code")) {
            return;
        }
        if (outcome.description().inputs() != result.program().inputs()
                || outcome.description().outputs() != result.program().outputs()) {
            problems.add("CHANNELS of patch " + result.sample().index() + ": codegen " + result.program().inputs() + " in "
                    + result.program().outputs() + " out, Faust " + outcome.description().inputs() + " in "
                    + outcome.description().outputs() + " out\n" + PatchWriter.write(result.sample().patch())
                    + result.program().code());
        }
    }

    /** A failed compile: each of its errors with the box it is pinned to and that box's text. */
    private static String describe(Compiled result) {
        StringBuilder text = new StringBuilder("FAILED patch " + result.sample().index() + " " + result.sample().features());
        for (Diagnostic d : result.report().diagnostics()) {
            if (!d.isError()) {
                continue;
            }
            Box box = d.boxId() == null ? null : PatchPaths.box(result.sample().patch(), d.boxId());
            text.append("\n  ").append(d.code().id()).append(" at ").append(d.boxId())
                    .append(box == null ? "" : " \"" + box.text() + "\"").append(": ").append(firstLines(d.message()));
        }
        return text.toString();
    }

    /** The kind of an error for the summary: its code and the words of its message before any expression. */
    private static String kind(Diagnostic d) {
        String words = d.message().split("[:(\\n]", 2)[0].strip();
        return d.code().id() + " " + (words.length() > 60 ? words.substring(0, 60) : words);
    }

    private static String firstLines(String message) {
        String[] lines = message.split("\n", -1);
        return lines.length <= 3 ? message : String.join("\n    ", List.of(lines).subList(0, 3)) + " ...";
    }
}
