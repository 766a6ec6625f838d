package dev.faustwire.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 * Runs {@link CodegenBenchmark} (one fork, 3 warm-up and 5 measured iterations of 1 s per size) and
 * prints the median of the iteration scores per size. {@code --quiet} hides JMH's own output.
 */
public final class BenchmarkMain {
    /** The goal of the acceptance line: 5,000 boxes in under 20 ms on the JVM. */
    static final int GOAL_BOXES = 5000;
    static final double GOAL_MS = 20;
    /** The forked JVM's flags, the same whoever starts the run (Maven's test JVM or the launcher). */
    private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g"};

    private BenchmarkMain() {
    }

    /** The median time of one size. */
    public record Median(int boxes, double ms) {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quiet = List.of(args).contains("--quiet");
        System.out.println(table(run(quiet)));
    }

    /** Runs the benchmark; the medians come out in the order of the sizes. */
    public static List<Median> run(boolean quiet) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(CodegenBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.MILLISECONDS)
                .jvmArgs(FORK_JVM_ARGS)
                .verbosity(quiet ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .build();
        return medians(new Runner(options).run());
    }

    static List<Median> medians(Collection<RunResult> results) {
        List<Median> medians = new ArrayList<>();
        for (RunResult result : results) {
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
                for (IterationResult iteration : benchmark.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            int boxes = Integer.parseInt(result.getParams().getParam("boxes"));
            medians.add(new Median(boxes, median(scores)));
        }
        medians.sort((a, b) -> Integer.compare(a.boxes(), b.boxes()));
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

    /** A row per size, then the one line that the tests and {@code ./faustwire bench} end with. */
    static String table(List<Median> medians) {
        StringBuilder text = new StringBuilder("  boxes  median ms (JVM, JMH average time per iteration)\n");
        StringBuilder line = new StringBuilder("CodegenBenchmark:");
        for (int i = 0; i < medians.size(); i++) {
            Median m = medians.get(i);
            String ms = String.format(Locale.ROOT, "%.3f", m.ms());
            text.append(String.format(Locale.ROOT, "%7d  %9s%n", m.boxes(), ms));
            line.append(i == 0 ? " " : ", ").append(m.boxes()).append(" boxes median ").append(ms).append(" ms");
        }
        line.append("; goal ").append(GOAL_BOXES).append(" < ").append((int) GOAL_MS).append(" ms");
        return text.append(line).toString();
    }
}
