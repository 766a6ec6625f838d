package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.DspControl;
import dev.faustwire.server.toolchain.DspDescription;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden program of codegen that has a hand-written {@code reference.dsp} beside its
 * {@code expected.dsp} is compiled by the server's sandboxed compiler and rendered by the server's
 * renderer, with the same test signal on every input, and must give the reference's samples within
 * 1e-6, with the same channels and controls. Each is rendered with the controls at their defaults
 * and, when it has controls, again with every one moved (buttons pressed), and a polyphonic
 * {@code effect} is compared too. A reference whose first line is {@code // silent} marks a golden
 * meant to make no sound; every other one must make some, so that the comparison can fail.
 */
class GoldenRenderIT {
    private static final Path GOLDEN =
            Path.of(System.getProperty("faustwire.golden", "../codegen/src/test/resources/golden"));
    private static final int REFERENCES_REQUIRED = 20;
    private static final int RATE = 48000;
    private static final int FRAMES = 8192;
    private static final double TOLERANCE = 1e-6;
    /** Both programs get this name, so that their control addresses can be compared. */
    private static final String NAME = "golden";
    private static final Pattern EFFECT = Pattern.compile("(?m)^effect\\b");

    private static FaustCompiler compiler;
    private static int rendered;
    private static double worstDiff;

    @BeforeAll
    static void start() {
        compiler = new FaustCompiler(SandboxLimits.DEFAULT);
    }

    @AfterAll
    static void summary() {
        System.out.printf("GoldenRenderIT: %d golden programs rendered, max |diff| %.3g%n", rendered, worstDiff);
    }

    /** The names of the golden folders that have a hand-written reference, sorted. */
    static List<String> cases() {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("reference.dsp")))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the golden folder " + GOLDEN.toAbsolutePath(), e);
        }
    }

    @Test
    void enoughGoldensHaveAHandWrittenReference() {
        List<String> cases = cases();
        assertTrue(cases.size() >= REFERENCES_REQUIRED, "golden folders with a reference.dsp in "
                + GOLDEN.toAbsolutePath() + ": " + cases.size() + " " + cases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersLikeItsHandWrittenReference(String name) {
        Path folder = GOLDEN.resolve(name);
        String golden = read(folder.resolve("expected.dsp"));
        String reference = read(folder.resolve("reference.dsp"));
        Comparison c = compareRenders(name, golden, reference);
        if (EFFECT.matcher(golden).find()) {
            assertTrue(EFFECT.matcher(reference).find(), name + ": the golden defines an effect, the reference not");
            c = c.worse(compareRenders(name + " (effect)", effectOf(golden), effectOf(reference)));
        }
        if (!reference.startsWith("// silent")) {
            assertTrue(c.peak > 1e-3, name + ": the reference makes sound, so the comparison can fail");
        }
        synchronized (GoldenRenderIT.class) {
            rendered++;
            worstDiff = Math.max(worstDiff, c.maxDiff);
        }
    }

    /** Compiles both, checks their channels and controls, renders and compares; prints one line. */
    private static Comparison compareRenders(String name, String goldenSource, String referenceSource) {
        CompileOutcome.Compiled golden = compile(name, "expected.dsp", goldenSource);
        CompileOutcome.Compiled reference = compile(name, "reference.dsp", referenceSource);
        DspDescription g = golden.description();
        DspDescription r = reference.description();
        assertEquals(r.inputs(), g.inputs(), name + ": inputs");
        assertEquals(r.outputs(), g.outputs(), name + ": outputs");
        assertEquals(controls(r), controls(g), name + ": controls (type, address, init, min, max, step)");

        WasmProgram goldenProgram = WasmProgram.compile(golden.wasm());
        WasmProgram referenceProgram = WasmProgram.compile(reference.wasm());
        RenderSpec defaults = RenderSpec.of((double) FRAMES / RATE, RATE).withInput(testSignal(g.inputs()));
        Comparison c = compare(name + " (defaults)",
                Renderer.render(referenceProgram, r, defaults), Renderer.render(goldenProgram, g, defaults));
        RenderSpec moved = withControlsMoved(defaults, g);
        if (!moved.params().isEmpty()) {
            c = c.worse(compare(name + " (controls moved)",
                    Renderer.render(referenceProgram, r, moved), Renderer.render(goldenProgram, g, moved)));
        }
        System.out.printf("golden render: %-40s %d in, %d out, %d controls, peak %.4g, max |diff| %.3g%s%n",
                name, g.inputs(), g.outputs(), g.controls().size(), c.peak, c.maxDiff, c.where);
        return c;
    }

    private static CompileOutcome.Compiled compile(String name, String file, String source) {
        CompileOutcome outcome = compiler.compile(source, NAME);
        if (outcome instanceof CompileOutcome.Failed failed) {
            fail(name + ": " + file + " does not compile (" + failed.kind() + ", " + failed.ending() + "): "
                    + failed.message());
        }
        return (CompileOutcome.Compiled) outcome;
    }

    /** A program whose process is the {@code effect} that a polyphonic program defines beside it. */
    private static String effectOf(String source) {
        return "process = environment {\n" + source + "\n}.effect;\n";
    }

    private static List<String> controls(DspDescription description) {
        return description.controls().stream()
                .map(c -> c.type() + " " + c.address() + " " + c.init() + " " + c.min() + " " + c.max() + " " + c.step())
                .sorted().toList();
    }

    /** Every button and check box pressed, every other input control 30% (or 70%) of its way up. */
    private static RenderSpec withControlsMoved(RenderSpec spec, DspDescription description) {
        for (DspControl c : description.controls()) {
            if (c.isInput()) {
                double value = c.min() + 0.3 * (c.max() - c.min());
                value = value == c.init() ? c.min() + 0.7 * (c.max() - c.min()) : value;
                spec = spec.withParam(c.address(), c.type().equals("button") || c.type().equals("checkbox") ? 1 : value);
            }
        }
        return spec;
    }

    /** Per channel: a sine of its own frequency and a little seeded noise, about 0.55 at most. */
    static float[][] testSignal(int channels) {
        float[][] audio = new float[channels][FRAMES];
        for (int ch = 0; ch < channels; ch++) {
            Random noise = new Random(1000 + ch);
            double hz = 97.0 * (ch + 1) + 13.0 * ch * ch;
            for (int i = 0; i < FRAMES; i++) {
                double sine = 0.5 * Math.sin(2 * Math.PI * hz * i / RATE + 0.3 * ch);
                audio[ch][i] = (float) (sine + 0.05 * (noise.nextDouble() * 2 - 1));
            }
        }
        return audio;
    }

    /** The largest difference (and where), and the reference's peak, over one render or several. */
    private record Comparison(double maxDiff, String where, double peak) {
        Comparison worse(Comparison other) {
            return new Comparison(Math.max(maxDiff, other.maxDiff),
                    other.maxDiff > maxDiff ? other.where : where, Math.max(peak, other.peak));
        }
    }

    /** Asserts every sample finite and within {@link #TOLERANCE}; the channel counts are already equal. */
    private static Comparison compare(String render, float[][] reference, float[][] golden) {
        double maxDiff = 0;
        double peak = 0;
        String where = "";
        for (int ch = 0; ch < reference.length; ch++) {
            for (int i = 0; i < reference[ch].length; i++) {
                float want = reference[ch][i];
                float got = golden[ch][i];
                if (!Float.isFinite(want) || !Float.isFinite(got)) {
                    fail("a sample is not finite: golden " + got + ", reference " + want + at(render, ch, i));
                }
                double diff = Math.abs((double) got - want);
                if (diff > maxDiff) {
                    maxDiff = diff;
                    where = at(render, ch, i) + " (golden " + got + ", reference " + want + ")";
                }
                peak = Math.max(peak, Math.abs(want));
            }
        }
        assertTrue(maxDiff <= TOLERANCE, "max |golden - reference| = " + maxDiff + where);
        return new Comparison(maxDiff, where, peak);
    }

    private static String at(String render, int channel, int frame) {
        return " in " + render + " at channel " + channel + " frame " + frame;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
