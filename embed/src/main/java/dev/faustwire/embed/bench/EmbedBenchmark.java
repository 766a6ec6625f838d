package dev.faustwire.embed.bench;

import dev.faustwire.embed.FaustDsp;
import dev.faustwire.embed.Faustwire;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One compute of {@link #BLOCK} frames through the embedding API, in nanoseconds; inputs are noise at half scale. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EmbedBenchmark {
    public static final int RATE = 48000;
    public static final int BLOCK = 512;

    @Param({BenchPrograms.ZITA, BenchPrograms.OSC_BANK})
    public String program;

    private FaustDsp dsp;
    private float[][] in;
    private float[][] out;

    @Setup
    public void setUp() {
        dsp = Faustwire.compile(BenchPrograms.text(program)).instance(RATE);
        Random random = new Random(12345);
        in = new float[dsp.inputs()][BLOCK];
        for (float[] channel : in) {
            for (int i = 0; i < BLOCK; i++) {
                channel[i] = random.nextFloat() - 0.5f;
            }
        }
        out = new float[dsp.outputs()][BLOCK];
    }

    @Benchmark
    public float[][] compute() {
        dsp.compute(in, out, BLOCK);
        return out;
    }
}
