package dev.faustwire.embed.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@code ./faustwire bench-embed}: the real-time factor (seconds of audio computed per second) of
 * {@link BenchPrograms} through the embedding API (JMH: one fork, 10 warm-up and 5 measured iterations of
 * 1 s; the median), then of the same program compiled natively ({@link NativeBench}: 5 rounds of 1 s
 * after one of warm-up; the median), and their ratio. {@code --quick} (for the tests: about 10 s) measures
 * far less and warms up too little for the JVM's numbers to be more than a sign of life; {@code --quiet}
 * hides JMH's output.
 */
public final class EmbedBenchmarkMain {
    /**
     * The forked JVM's flags: Chicory's large methods must be JIT-compiled, as the launcher allows; and a
     * method waits for its compilation instead of running slowly meanwhile, so the warm-up ends with the
     * DSP's code fully compiled however busy the machine is (a busy one took 20 s to finish compiling zita's
     * compute in the background, which time-based warm-up iterations did not wait for). The oscillator
     * bank's compute is compiled again a few times after its first traps: the longer warm-up covers that.
     */
    private static final String[] FORK_JVM_ARGS = {"-XX:-DontCompileHugeMethods", "-XX:-BackgroundCompilation",
        "-Xms512m", "-Xmx1g"};
    /** The quick run's flags: compiling in the background, it is shorter and its numbers are rougher. */
    private static final String[] QUICK_JVM_ARGS = {"-XX:-DontCompileHugeMethods", "-Xms512m", "-Xmx1g"};

    private EmbedBenchmarkMain() {
    }

    /** One program's real-time factors: on the JVM through the API, and native. */
    public record Result(String program, double jvm, double nativeC) {
        /** The JVM's speed as a fraction of native C's: 0.5 is half as fast. */
        public double ratio() {
            return jvm / nativeC;
        }
    }

    public static void main(String[] args) throws RunnerException {
        List<String> options = List.of(args);
        System.out.println(table(run(options.contains("--quick"), options.contains("--quiet"))));
    }

    /** Measures every program on the JVM, then natively. */
    public static List<Result> run(boolean quick, boolean quiet) throws RunnerException {
        Map<String, Double> jvmNanos = jvm(quick, quiet);
        List<Result> results = new ArrayList<>();
        for (String program : BenchPrograms.ALL) {
            double nativeNanos = NativeBench.nanosPerBlock(BenchPrograms.text(program), EmbedBenchmark.RATE,
                    EmbedBenchmark.BLOCK, quick ? 0.2 : 1.0, quick ? 3 : 5);
            results.add(new Result(program, realTime(jvmNanos.get(program)), realTime(nativeNanos)));
        }
        return results;
    }

    private static Map<String, Double> jvm(boolean quick, boolean quiet) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(EmbedBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(quick ? 2 : 10)
                .warmupTime(quick ? TimeValue.milliseconds(300) : TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgs(quick ? QUICK_JVM_ARGS : FORK_JVM_ARGS)
                .verbosity(quiet ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .build();
        return medians(new Runner(options).run());
    }

    static Map<String, Double> medians(Collection<RunResult> results) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (RunResult result : results) {
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
                for (IterationResult iteration : benchmark.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            medians.put(result.getParams().getParam("program"), median(scores));
        }
        return medians;
    }

    /** The middle value, or the mean of the two middle values; NaN for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Seconds of audio per second of computing, from the time of one block. */
    static double realTime(double nanosPerBlock) {
        return (double) EmbedBenchmark.BLOCK / EmbedBenchmark.RATE / (nanosPerBlock * 1e-9);
    }

    /** A row per program, then the one line that the tests and {@code ./faustwire bench-embed} end with. */
    static String table(List<Result> results) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "real-time factor (audio seconds per second, %d-frame blocks at %d Hz)%n%-16s %12s %12s %10s%n",
                EmbedBenchmark.BLOCK, EmbedBenchmark.RATE, "program", "JVM (API)", "native C", "JVM/native"));
        StringBuilder line = new StringBuilder("EmbedBenchmark:");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            text.append(String.format(Locale.ROOT, "%-16s %11.1fx %11.1fx %10.2f%n", r.program(), r.jvm(), r.nativeC(),
                    r.ratio()));
            line.append(i == 0 ? " " : "; ").append(String.format(Locale.ROOT,
                    "%s %.1fx real time on the JVM, %.1fx native, ratio %.2f", r.program(), r.jvm(), r.nativeC(), r.ratio()));
        }
        return text.append(line).toString();
    }
}
