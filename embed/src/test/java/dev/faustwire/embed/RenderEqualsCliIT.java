package dev.faustwire.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.cli.CommandLine;
import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.Wav;
import dev.faustwire.testsupport.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten programs (corpus patches, a Gen file, Faust text) rendered through the embedding API, in blocks of
 * 128 frames as an audio callback would, equal bit for bit what {@code ./faustwire render} writes for the
 * same file, controls and input.
 */
class RenderEqualsCliIT {
    private static final int RATE = 48000;
    private static final String SECONDS = "0.25";
    private static final int FRAMES = 12000;
    private static final int BLOCK = 128;
    private static final String LIB = "import(\"stdfaust.lib\");\n";

    @TempDir
    static Path dir;

    static Stream<Arguments> programs() {
        return Stream.of(
                corpus("ifc/06-00.dsppat", Map.of()),
                corpus("ifc/07-00.dsppat", Map.of()),
                corpus("ifc/10-00.dsppat", Map.of()),
                corpus("ifc/11-00.dsppat", Map.of()),
                corpus("ifc/13-00.dsppat", Map.of("freq", 13.5, "checkbox", 1.0)),
                corpus("wac/bitcrush.gendsp", Map.of("resolution", 4.0)),
                corpus("wac/midi.dsppat", Map.of("freq", 330.0, "gate", 1.0, "gain", 0.8)),
                text("grouped", """
                        f = hgroup("osc", hslider("freq", 440, 20, 2000, 1));
                        g = vgroup("out", hslider("gain", 0.5, 0, 1, 0.01));
                        q = vgroup("out", nentry("q", 1, 0.1, 10, 0.1));
                        process = os.osc(f) + os.sawtooth(f * 3) * 0.3 : fi.resonlp(f * 2, q, g);
                        """, Map.of("osc/freq", 550.0, "/grouped/out/gain", 0.8, "q", 4.0)),
                text("reverb", "process = dm.zita_light;", Map.of()),
                text("outputs", """
                        x = os.osc(3) * 0.9;
                        process = _ <: _ * x, fi.lowpass(3, 800), (x : sin), exp(x) + log(x + 2) + pow(x + 1, 1.3),
                            ma.tanh(x) + fmod(x, 0.3) + floor(x * 3) + atan2(x, 0.3);
                        """, Map.of()));
    }

    private static Arguments corpus(String path, Map<String, Double> settings) {
        return Arguments.of(path, Corpus.jspatcher(path), settings);
    }

    private static Arguments text(String name, String body, Map<String, Double> settings) {
        return Arguments.of(name + ".dsp", (Object) (LIB + body), settings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void theApiRendersWhatTheCommandLineRenders(String name, Object source, Map<String, Double> settings)
            throws Exception {
        Path file = source instanceof Path path ? path : Files.writeString(dir.resolve(name), (String) source);
        FaustFactory factory = Faustwire.factory(file);
        float[][] input = new float[factory.inputs()][];
        for (int c = 0; c < input.length; c++) {
            input[c] = FaustDspIT.noise(FRAMES, 10 + c);
        }

        float[][] api = throughTheApi(factory.instance(RATE), settings, input);
        float[][] cli = throughTheCommandLine(file, settings, input);

        assertEquals(cli.length, api.length, "output channels");
        double peak = 0;
        for (int c = 0; c < cli.length; c++) {
            assertArrayEquals(cli[c], api[c], name + ": channel " + c);
            peak = Math.max(peak, FaustDspIT.peak(api[c]));
        }
        System.out.printf("api equals render: %-18s %d in, %d out, %d controls set, peak %.4f%n", name,
                input.length, api.length, settings.size(), peak);
        assertTrue(peak > 1e-3, name + " makes sound");
    }

    private static float[][] throughTheApi(FaustDsp dsp, Map<String, Double> settings, float[][] input) {
        settings.forEach((address, value) -> dsp.control(address).set(value));
        float[][] out = new float[dsp.outputs()][FRAMES];
        for (int done = 0; done < FRAMES; done += BLOCK) {
            float[][] in = new float[input.length][];
            for (int c = 0; c < in.length; c++) {
                in[c] = java.util.Arrays.copyOfRange(input[c], done, done + BLOCK);
            }
            float[][] block = new float[out.length][BLOCK];
            dsp.compute(in, block, Math.min(BLOCK, FRAMES - done));
            for (int c = 0; c < out.length; c++) {
                System.arraycopy(block[c], 0, out[c], done, Math.min(BLOCK, FRAMES - done));
            }
        }
        return out;
    }

    private static float[][] throughTheCommandLine(Path file, Map<String, Double> settings, float[][] input)
            throws Exception {
        Path wav = Files.createTempFile(dir, "cli", ".wav");
        List<String> command = new ArrayList<>(List.of("render", file.toString(), "-o", wav.toString(),
                "--seconds", SECONDS, "--rate", Integer.toString(RATE)));
        new LinkedHashMap<>(settings).forEach((address, value) -> command.addAll(List.of("--set", address + "=" + value)));
        if (input.length > 0) {
            Path in = Files.write(Files.createTempFile(dir, "in", ".wav"), Wav.write(input, RATE));
            command.addAll(List.of("--input", in.toString()));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(command, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        Audio audio = Wav.read(Files.readAllBytes(wav));
        assertEquals(FRAMES, audio.frames());
        return audio.channels();
    }
}
