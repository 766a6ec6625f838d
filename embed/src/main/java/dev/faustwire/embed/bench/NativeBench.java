package dev.faustwire.embed.bench;

import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.toolchain.SandboxedJob;
import dev.faustwire.server.toolchain.ToolRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The same program compiled natively, {@code faust -lang c} then {@code gcc -O2} (no fast-math, no
 * {@code -march}), built and run in the compile sandbox; its C driver ({@code native-bench.c}) times
 * compute calls of one block and gives the median time of one call.
 */
public final class NativeBench {
    private static final String FAUST = "/usr/bin/faust";
    private static final String GCC = "/usr/bin/gcc";

    private NativeBench() {
    }

    /** The median nanoseconds of one compute of {@code block} frames at {@code rate}, over {@code rounds} rounds. */
    public static double nanosPerBlock(String faustText, int rate, int block, double secondsPerRound, int rounds) {
        return nanosPerBlock(faustText, rate, block, secondsPerRound, rounds, false);
    }

    /** As {@link #nanosPerBlock(String, int, int, double, int)}; with {@code cpuTime}, the process's CPU time, not wall-clock time. */
    public static double nanosPerBlock(String faustText, int rate, int block, double secondsPerRound, int rounds,
            boolean cpuTime) {
        try (SandboxedJob job = SandboxedJob.open()) {
            job.write("main.dsp", faustText);
            job.write("bench.c", driver());
            job.write("out/.keep", "");
            check(job.run(List.of(FAUST, "-lang", "c", "main.dsp", "-o", "out/mydsp.c"), SandboxLimits.BUILD), "faust -lang c");
            List<String> gcc = cpuTime ? List.of(GCC, "-O2", "-DBENCH_CLOCK=CLOCK_PROCESS_CPUTIME_ID", "-o", "out/bench",
                    "bench.c", "-lm") : List.of(GCC, "-O2", "-o", "out/bench", "bench.c", "-lm");
            check(job.run(gcc, SandboxLimits.BUILD), "gcc -O2");
            ToolRun run = job.run(List.of("/job/out/bench", Integer.toString(rate), Integer.toString(block),
                    String.format(Locale.ROOT, "%.3f", secondsPerRound), Integer.toString(rounds)), SandboxLimits.BUILD);
            check(run, "the native benchmark");
            return Double.parseDouble(run.stdout().trim().split(" ")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(ToolRun run, String what) {
        if (!run.ok()) {
            throw new IllegalStateException(what + " failed (" + run.ending() + "): " + run.stderr());
        }
    }

    private static String driver() throws IOException {
        try (InputStream in = NativeBench.class.getResourceAsStream("native-bench.c")) {
            if (in == null) {
                throw new IOException("native-bench.c is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
