package dev.faustwire.embed.bench;

import dev.faustwire.embed.FaustDsp;
import dev.faustwire.embed.Faustwire;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code ./faustwire bench-ondemand}: the CPU time per second of audio of {@link OnDemandBenchPatches}'s chain
 * run every sample, inside an ondemand box ticking every 64 samples, and inside one ticking every sample; natively
 * ({@link NativeBench}: faust -lang c, gcc -O2; the median of 5 rounds of 1 s) and on the JVM through the embedding
 * API (Chicory; the median of 5 rounds of 1 s after 5 s of warm-up), all in CPU time, so a busy machine slows the
 * rounds but does not change their measure much. Prints the ratios
 * "ondemand every 64 / plain". {@code --quick} (the tests) measures for a few seconds only.
 */
public final class OnDemandBenchmarkMain {
    static final int RATE = 48000;
    static final int BLOCK = 512;
    static final int PERIOD = 64;
    /** CPU time, not wall-clock time: the machines that run the suite are busy with other work. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private OnDemandBenchmarkMain() {
    }

    /** Milliseconds of CPU per second of audio of one program, natively and on the JVM. */
    public record Cost(String program, double nativeMs, double jvmMs) {
    }

    public static void main(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        System.out.println(table(run(quick)));
    }

    /** Measures the three programs: plain, ondemand every {@value #PERIOD}, ondemand every sample. */
    public static List<Cost> run(boolean quick) {
        List<Cost> costs = new ArrayList<>();
        costs.add(measure("plain", OnDemandBenchPatches.faust(OnDemandBenchPatches.plain()), quick));
        costs.add(measure("ondemand every " + PERIOD,
                OnDemandBenchPatches.faust(OnDemandBenchPatches.onDemandEvery(PERIOD)), quick));
        costs.add(measure("ondemand every 1", OnDemandBenchPatches.faust(OnDemandBenchPatches.onDemandEvery(1)), quick));
        return costs;
    }

    private static Cost measure(String name, String faust, boolean quick) {
        double nativeNanos = NativeBench.nanosPerBlock(faust, RATE, BLOCK, quick ? 0.2 : 1.0, quick ? 3 : 5, true);
        double jvmNanos = jvmNanosPerBlock(faust, quick ? 1.0 : 5.0, quick ? 0.2 : 1.0, quick ? 3 : 5);
        return new Cost(name, perSecond(nativeNanos), perSecond(jvmNanos));
    }

    /** The median CPU nanoseconds (of this thread) of one compute of {@value #BLOCK} frames on the JVM, after {@code warmUp} seconds. */
    static double jvmNanosPerBlock(String faust, double warmUp, double secondsPerRound, int rounds) {
        FaustDsp dsp = Faustwire.compile(faust).instance(RATE);
        Random random = new Random(12345);
        float[][] in = new float[dsp.inputs()][BLOCK];
        for (float[] channel : in) {
            for (int i = 0; i < BLOCK; i++) {
                channel[i] = random.nextFloat() - 0.5f;
            }
        }
        float[][] out = new float[dsp.outputs()][BLOCK];
        List<Double> perBlock = new ArrayList<>();
        for (int round = -1; round < rounds; round++) {
            double seconds = round < 0 ? warmUp : secondsPerRound;
            long blocks = 0;
            long start = CPU.getCurrentThreadCpuTime();
            long elapsed;
            do {
                dsp.compute(in, out, BLOCK);
                blocks++;
                elapsed = CPU.getCurrentThreadCpuTime() - start;
            } while (elapsed < seconds * 1e9);
            if (round >= 0) {
                perBlock.add((double) elapsed / blocks);
            }
        }
        return EmbedBenchmarkMain.median(perBlock);
    }

    /** Milliseconds of computing per second of audio, from the time of one block. */
    static double perSecond(double nanosPerBlock) {
        return nanosPerBlock * ((double) RATE / BLOCK) / 1e6;
    }

    /** A row per program, then the ratios' line that the tests and {@code ./faustwire bench-ondemand} end with. */
    static String table(List<Cost> costs) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "CPU ms per second of audio (%d one-pole filters from boxes, %d-frame blocks at %d Hz)%n%-20s %12s %12s%n",
                OnDemandBenchPatches.STAGES, BLOCK, RATE, "program", "native C", "JVM (API)"));
        for (Cost c : costs) {
            text.append(String.format(Locale.ROOT, "%-20s %12.3f %12.3f%n", c.program(), c.nativeMs(), c.jvmMs()));
        }
        Cost plain = costs.get(0);
        Cost every = costs.get(1);
        Cost always = costs.get(2);
        return text.append(String.format(Locale.ROOT,
                "ondemand every %d / plain: %.2f native, %.2f JVM; ondemand every 1 / plain: %.2f native, %.2f JVM",
                PERIOD, every.nativeMs() / plain.nativeMs(), every.jvmMs() / plain.jvmMs(),
                always.nativeMs() / plain.nativeMs(), always.jvmMs() / plain.jvmMs())).toString();
    }
}
