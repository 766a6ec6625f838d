package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a compile's time goes on this machine, printed as medians (a benchmark: no time is
 * asserted): the sandbox alone (bubblewrap and prlimit around {@code /usr/bin/true}), faust's own
 * process start ({@code faust --version}), faust compiling outside the sandbox, and the phases of
 * {@link FaustCompiler#compile} for a small oscillator and for a reverb.
 */
class CompileBreakdownIT {
    private static final int RUNS = 15;
    static final String OSCILLATOR = "import(\"stdfaust.lib\");\nprocess = os.osc(440) * %s;\n";
    static final String REVERB = "import(\"stdfaust.lib\");\nprocess = os.osc(440) * %s <: dm.zita_light;\n";

    @TempDir
    Path temp;

    @Test
    void printsWhereTheTimeOfACompileGoes() throws Exception {
        FaustCompiler compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.writeString(work.resolve("osc.dsp"), OSCILLATOR.formatted("0.1"));
        Files.writeString(work.resolve("rev.dsp"), REVERB.formatted("0.1"));
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("sandbox alone (bwrap+prlimit true)", median(() -> run(work,
                Sandbox.command(work, SandboxLimits.DEFAULT, List.of("/usr/bin/true")))));
        parts.put("faust --version (process start)", median(() -> run(work, List.of("/usr/bin/faust", "--version"))));
        parts.put("faust osc, no sandbox", median(() -> run(work,
                List.of(FaustCompiler.FAUST, "-lang", "wasm", "osc.dsp", "-o", "osc.wasm"))));
        parts.put("faust reverb, no sandbox", median(() -> run(work,
                List.of(FaustCompiler.FAUST, "-lang", "wasm", "rev.dsp", "-o", "rev.wasm"))));
        parts.put("faust osc in sandbox", median(() -> run(work, Sandbox.command(work, SandboxLimits.DEFAULT,
                List.of(FaustCompiler.FAUST, "-lang", "wasm", "osc.dsp", "-o", "osc.wasm")))));
        interleaved(work, "faust found by PATH (sh -c 'which faust' first)", "faust",
                "faust by its full path", "/usr/bin/faust");
        System.out.println("[compile breakdown] " + load());
        parts.forEach((part, ms) -> System.out.printf("[compile breakdown] %-40s %7.2f ms%n", part, ms));
        phases(compiler, "oscillator", OSCILLATOR);
        phases(compiler, "reverb", REVERB);
    }

    /** Two ways to run the compiler in the sandbox, alternated run by run so that the machine's load hits both alike. */
    private static void interleaved(Path work, String nameA, String faustA, String nameB, String faustB) throws Exception {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < 2 * RUNS; i++) {
            a.add(run(work, Sandbox.command(work, SandboxLimits.DEFAULT, List.of(faustA, "-lang", "wasm", "osc.dsp", "-o", "osc.wasm"))));
            b.add(run(work, Sandbox.command(work, SandboxLimits.DEFAULT, List.of(faustB, "-lang", "wasm", "osc.dsp", "-o", "osc.wasm"))));
        }
        System.out.printf("[compile breakdown] osc in sandbox, interleaved: %s %.2f ms, %s %.2f ms (medians of %d)%n",
                nameA, median(a), nameB, median(b), 2 * RUNS);
    }

    /** The median of each phase of {@link FaustCompiler#compile} over distinct programs (no cache can help). */
    private static void phases(FaustCompiler compiler, String name, String template) {
        Map<String, List<Double>> byPhase = new LinkedHashMap<>();
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            CompileTimings timings = CompileTimings.start();
            long start = System.nanoTime();
            CompileOutcome outcome = compiler.compile(template.formatted("0." + (100 + i)), "main", timings);
            totals.add((System.nanoTime() - start) / 1e6);
            assertInstanceOf(CompileOutcome.Compiled.class, outcome, outcome.toString());
            timings.phases().forEach((phase, ms) -> byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(ms));
        }
        assertEquals(List.of("job", "spawn", "sandbox+faust", "read", "describe", "cleanup"),
                List.copyOf(byPhase.keySet()), "every phase of a compile is timed");
        StringBuilder line = new StringBuilder();
        byPhase.forEach((phase, values) -> line.append(String.format(" %s %.2f", phase, median(values))));
        System.out.printf("[compile breakdown] %s FaustCompiler.compile median %.2f ms:%s (ms, medians of %d)%n",
                name, median(totals), line, RUNS);
    }

    private static double median(Timed timed) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            values.add(timed.ms());
        }
        return median(values);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double run(Path folder, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command));
        return (System.nanoTime() - start) / 1e6;
    }

    static String load() throws IOException {
        return "load average " + Files.readString(Path.of("/proc/loadavg")).strip() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores";
    }

    private interface Timed {
        double ms() throws Exception;
    }
}
