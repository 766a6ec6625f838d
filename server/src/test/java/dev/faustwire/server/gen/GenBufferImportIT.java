package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenRender.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.Workspace;
import dev.faustwire.server.workspace.WorkspaceGenFiles;
import dev.faustwire.testsupport.AudioFileBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Gen patcher with {@code buffer x} and its readers, imported from a workspace holding {@code x.wav} (or an AIFF),
 * compiled by the real faust (-double) and rendered: what {@code peek} and {@code sample} read is the file's samples
 * as Max's buffer~ holds them (32-bit floats), computed here from the numbers the test wrote into the file, within 1e-9.
 */
class GenBufferImportIT {
    static final double TOLERANCE = 1e-9;
    static final int FRAMES = 700;

    @TempDir
    Path temp;

    /** in 1 -> peek x -> out 1, peek x 2 (two channels) outlet 1 -> out 2; in 2 -> sample x -> out 3; dim x -> out 4. */
    static String patcher(String buffer) {
        return "{\"patcher\": {\"classnamespace\": \"dsp.gen\", \"boxes\": ["
                + box(1, "in 1", 0, 1) + ", " + box(2, "in 2", 0, 1) + ", " + box(3, buffer, 0, 2) + ", "
                + box(4, "peek x", 2, 2) + ", " + box(5, "peek x 2", 2, 3) + ", " + box(6, "sample x", 2, 2) + ", "
                + box(7, "dim x", 0, 1) + ", " + box(8, "out 1", 1, 0) + ", " + box(9, "out 2", 1, 0) + ", "
                + box(10, "out 3", 1, 0) + ", " + box(11, "out 4", 1, 0) + "], \"lines\": ["
                + line(1, 0, 4, 0) + ", " + line(1, 0, 5, 0) + ", " + line(2, 0, 6, 0) + ", " + line(4, 0, 8, 0) + ", "
                + line(5, 1, 9, 0) + ", " + line(6, 0, 10, 0) + ", " + line(7, 0, 11, 0) + "]}}";
    }

    static String box(int n, String text, int inlets, int outlets) {
        return "{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"newobj\", \"text\": \"" + text + "\", \"numinlets\": "
                + inlets + ", \"numoutlets\": " + outlets + ", \"patching_rect\": [" + (20 * n) + ".0, " + (30 * n)
                + ".0, 60.0, 22.0]}}";
    }

    static String line(int from, int outlet, int to, int inlet) {
        return "{\"patchline\": {\"source\": [\"obj-" + from + "\", " + outlet + "], \"destination\": [\"obj-" + to + "\", "
                + inlet + "]}}";
    }

    static GenRender.Program compileImport(String name, String text, Path root) throws Exception {
        return compileImport(name, text, root, List.of());
    }

    /**
     * Imports from a workspace, expecting the report's codes about tables, buffers and files (G02x, G03x, G07x) to be
     * {@code codes} (loop.gendsp's named history is another matter); compiles the patch's program.
     */
    static GenRender.Program compileImport(String name, String text, Path root, List<String> codes) throws Exception {
        GenImportResult result = GenImport.run(name, text, new WorkspaceGenFiles(new Workspace(root)));
        assertEquals(codes, result.report().stream().map(d -> d.code().id())
                .filter(c -> c.startsWith("G02") || c.startsWith("G03") || c.startsWith("G07")).sorted().toList(),
                () -> result.report().toString());
        Program program = Programs.ofFile("imported.json", PatchWriter.write(result.patch()));
        assertTrue(program.compilable(), () -> program.diagnostics().toString());
        long start = System.nanoTime();
        CompileOutcome outcome = new FaustCompiler(SandboxLimits.DEFAULT).compile(program.code(), "imported", GenRender.OPTIONS);
        System.out.println("GenBufferImportIT: " + name + " compiled in " + (System.nanoTime() - start) / 1_000_000 + " ms, program "
                + program.code().length() + " characters");
        assertTrue(outcome instanceof CompileOutcome.Compiled, () -> outcome.toString());
        return new GenRender.Program(name, WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()));
    }

    /** Positions 0, 1, ... with fractions and a few outside the table; phases through [0, 1] and beyond. */
    static double[][] inputs(int dim) {
        double[] index = new double[FRAMES];
        double[] phase = new double[FRAMES];
        Random random = new Random(11);
        for (int n = 0; n < FRAMES; n++) {
            index[n] = n % 5 == 4 ? random.nextDouble() * (dim + 4) - 2 : n;
            phase[n] = n % 7 == 6 ? random.nextDouble() * 1.2 - 0.1 : random.nextDouble();
        }
        return new double[][] {index, phase};
    }

    /** Gen's peek (samples, no interpolation, 0 outside) of one channel. */
    static double peek(double[] channel, double position) {
        double i = Math.floor(position);
        return i >= 0 && i < channel.length ? channel[(int) i] : 0;
    }

    /** Gen's sample (phase over dim - 1, linear, points outside 0) of one channel. */
    static double sample(double[] channel, double phase) {
        double x = phase * (channel.length - 1);
        double i = Math.floor(x);
        double a = x - i;
        double p0 = peek(channel, i);
        double p1 = peek(channel, i + 1);
        return p0 + a * (p1 - p0);
    }

    static void assertReads(double[][] file, double[][] in, double[][] out) {
        double[] want0 = new double[FRAMES];
        double[] want1 = new double[FRAMES];
        double[] want2 = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            want0[n] = peek(file[0], in[0][n]);
            // peek x 2's second channel; of a mono file, outside its channels, which @channelmode ignore reads as 0
            want1[n] = file.length > 1 ? peek(file[1], in[0][n]) : 0;
            want2[n] = sample(file[0], in[1][n]);
        }
        assertClose("peek x", want0, out[0], TOLERANCE, in[0]);
        assertClose("peek x 2, channel 1", want1, out[1], TOLERANCE, in[0]);
        assertClose("sample x", want2, out[2], TOLERANCE, in[1]);
        assertEquals(file[0].length, out[3][FRAMES - 1], "dim x");
    }

    @Test
    void aStereoSixteenBitWavIsReadByPeekAndSample() throws Exception {
        int frames = 600;
        long[] interleaved = new long[2 * frames];
        double[][] file = new double[2][frames];
        for (int f = 0; f < frames; f++) {
            long left = (f * 97L) % 65536 - 32768;
            long right = 32767 - (f * 131L) % 65536;
            interleaved[2 * f] = left;
            interleaved[2 * f + 1] = right;
            file[0][f] = left / 32768.0;
            file[1][f] = right / 32768.0;
        }
        Files.write(temp.resolve("x.wav"), AudioFileBytes.wav16(2, 44100, interleaved));
        double[][] in = inputs(frames);
        double[][] out = compileImport("buffer.gendsp", patcher("buffer x"), temp).render(48000, FRAMES, in);
        assertReads(file, in, out);
    }

    @Test
    void aFloatAiffNamedByTheSecondArgumentIsReadAsFloats() throws Exception {
        int frames = 500;
        double[] values = new double[frames];
        double[][] file = new double[1][frames];
        Random random = new Random(12);
        for (int f = 0; f < frames; f++) {
            values[f] = Math.sin(f * 0.05) * 0.8 + random.nextGaussian() * 1e-3;
            file[0][f] = (float) values[f];
        }
        Files.createDirectories(temp.resolve("media"));
        Files.write(temp.resolve("media/Loop.AIFF"), AudioFileBytes.aiff("fl64", 1, frames, 64, 48000,
                AudioFileBytes.floats(values, 8, true)));
        double[][] in = inputs(frames);
        double[][] out = compileImport("buffer.gendsp", patcher("buffer x loop"), temp).render(48000, FRAMES, in);
        assertReads(file, in, out);
        double largest = 0;
        for (int f = 0; f < frames; f++) {
            largest = Math.max(largest, Math.abs(file[0][f] - values[f]));
        }
        System.out.println("GenBufferImportIT: 64-bit samples rounded to float as Max's buffer~ holds them: largest change "
                + largest);
        assertTrue(largest > 1e-9, "the rounding to float is visible at this tolerance, so the test tells it apart");
    }

    @Test
    void aFloatFileAtTheLimitCompilesWithinTheSandbox() throws Exception {
        int frames = dev.faustwire.gen.audio.AudioContent.MAX_SAMPLES / 2;
        double[] values = new double[2 * frames];
        Random random = new Random(13);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() * 2 - 1;
        }
        Files.write(temp.resolve("x.wav"), AudioFileBytes.wavFloat(2, 48000, values));
        double[][] in = inputs(frames);
        double[][] out = compileImport("limit.gendsp", patcher("buffer x"), temp).render(48000, FRAMES, in);
        double[][] file = new double[2][frames];
        for (int f = 0; f < frames; f++) {
            file[0][f] = (float) values[2 * f];
            file[1][f] = (float) values[2 * f + 1];
        }
        assertReads(file, in, out);
    }

    @Test
    void theCorpusLoopPlaysItsBackbeatFileAtTheTempoPhase() throws Exception {
        // files kept short: the program compiles in the sandbox under its 10 s limit even on a loaded machine
        int frames = 1200;
        long[] beat = new long[frames];
        double[][] file = new double[1][frames];
        for (int f = 0; f < frames; f++) {
            beat[f] = (long) (Math.sin(f * 0.013) * 8_000_000) + (f % 17) * 1000;
            file[0][f] = beat[f] / 8388608.0;
        }
        Files.write(temp.resolve("backbeat.wav"), AudioFileBytes.wav(1, 1, 48000, 3, AudioFileBytes.ints(beat, 3, false, false)));
        Files.write(temp.resolve("loopy.wav"), AudioFileBytes.wav16(1, 48000, new long[400]));
        Path loop = dev.faustwire.testsupport.Corpus.root().resolve("gen/mischmasch/Components/Palette/code/loop.gendsp");
        GenRender.Program program = compileImport("loop.gendsp", Files.readString(loop), temp, List.of());
        int length = 1500;
        double[] phase = new double[length];
        double[] source = new double[length];
        Random random = new Random(14);
        for (int n = 0; n < length; n++) {
            phase[n] = (n * 0.0021) % 1.0;
            source[n] = random.nextDouble() - 0.5;
        }
        double[][] out = program.render(48000, length, phase, source);
        double[] want = new double[length];
        for (int n = 0; n < length; n++) {
            want[n] = sample(file[0], phase[n]);
        }
        assertClose("loop.gendsp's out 1: sample backbeat at the tempo phase", want, out[0], TOLERANCE, phase);
        // out 3 is 1 while it records (the second turn of the phase, from the first wrap); out 2 plays loopy, which
        // holds the file's zeros until the poke writes the source into it
        int firstWrap = (int) Math.ceil(1 / 0.0021);
        double beforeRecording = 0;
        double afterRecording = 0;
        int recording = 0;
        for (int n = 0; n < length; n++) {
            recording += out[2][n] != 0 ? 1 : 0;
            if (n < firstWrap) {
                beforeRecording = Math.max(beforeRecording, Math.abs(out[1][n]));
            } else if (n > 2 * firstWrap + 2) {
                afterRecording = Math.max(afterRecording, Math.abs(out[1][n]));
            }
        }
        System.out.println("GenBufferImportIT: loop.gendsp records " + recording + " samples; its out 2 peaks at "
                + beforeRecording + " before recording and " + afterRecording + " after");
        assertTrue(recording > 400, "out 3 says it records: " + recording);
        assertEquals(0.0, beforeRecording, "loopy holds the file's zeros before the poke writes");
        assertTrue(afterRecording > 0.1, "the recorded loop plays: out 2 peaks at " + afterRecording);
    }

    @Test
    void aGenExprBufferReadsItsFileByPeekAndSampleOnBothChannels() throws Exception {
        int frames = 400;
        long[] interleaved = new long[2 * frames];
        double[][] file = new double[2][frames];
        for (int f = 0; f < frames; f++) {
            interleaved[2 * f] = (f * 331L) % 65536 - 32768;
            interleaved[2 * f + 1] = 20000 - f * 50L;
            file[0][f] = interleaved[2 * f] / 32768.0;
            file[1][f] = interleaved[2 * f + 1] / 32768.0;
        }
        Files.write(temp.resolve("drums.wav"), AudioFileBytes.wav16(2, 44100, interleaved));
        String code = "Buffer b(\\\"drums\\\");\\nout1 = peek(b, in1);\\nout2 = peek(b, in1, 1);\\nout3 = sample(b, in2);"
                + "\\nout4 = dim(b) + 10 * channels(b);";
        String text = "{\"patcher\": {\"classnamespace\": \"dsp.gen\", \"boxes\": [" + box(1, "in 1", 0, 1) + ", "
                + box(2, "in 2", 0, 1) + ", {\"box\": {\"id\": \"obj-3\", \"maxclass\": \"codebox\", \"code\": \"" + code
                + "\", \"numinlets\": 2, \"numoutlets\": 4}}, " + box(8, "out 1", 1, 0) + ", " + box(9, "out 2", 1, 0) + ", "
                + box(10, "out 3", 1, 0) + ", " + box(11, "out 4", 1, 0) + "], \"lines\": [" + line(1, 0, 3, 0) + ", "
                + line(2, 0, 3, 1) + ", " + line(3, 0, 8, 0) + ", " + line(3, 1, 9, 0) + ", " + line(3, 2, 10, 0) + ", "
                + line(3, 3, 11, 0) + "]}}";
        double[][] in = inputs(frames);
        double[][] out = compileImport("codebox.gendsp", text, temp).render(48000, FRAMES, in);
        double[] want0 = new double[FRAMES];
        double[] want1 = new double[FRAMES];
        double[] want2 = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            want0[n] = peek(file[0], in[0][n]);
            want1[n] = peek(file[1], in[0][n]);
            want2[n] = sample(file[0], in[1][n]);
        }
        assertClose("peek(b, in1)", want0, out[0], TOLERANCE, in[0]);
        assertClose("peek(b, in1, 1)", want1, out[1], TOLERANCE, in[0]);
        assertClose("sample(b, in2)", want2, out[2], TOLERANCE, in[1]);
        assertEquals(frames + 20, out[3][FRAMES - 1], "dim(b) + 10 * channels(b)");
    }

    @Test
    void theCorpusLoopWithoutItsFilesCompilesAndReadsGensOneFrameOfZero() throws Exception {
        Path loop = dev.faustwire.testsupport.Corpus.root().resolve("gen/mischmasch/Components/Palette/code/loop.gendsp");
        GenRender.Program program = compileImport("loop.gendsp", Files.readString(loop), temp,
                List.of("G020", "G020"));
        double[] phase = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            phase[n] = (n * 0.0021) % 1.0;
        }
        double[][] out = program.render(48000, FRAMES, phase, phase);
        for (int n = 0; n < FRAMES; n++) {
            assertEquals(0.0, out[0][n], "sample of a missing buffer reads Gen's one frame of 0");
        }
    }
}
