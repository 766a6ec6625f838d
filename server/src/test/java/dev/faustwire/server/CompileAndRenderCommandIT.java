package dev.faustwire.server;

import static dev.faustwire.server.CodegenCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.CodegenCommandTest.Run;
import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.Wav;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faustwire compile} and {@code faustwire render} on real files, with the real compiler. */
class CompileAndRenderCommandIT {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void compilePrintsTheJsonOfAPatchWithoutTheModule() throws IOException {
        Path patch = write("gain.json", TestServer.chain("in 1", "* 0.5"));
        Path wasm = dir.resolve("gain.wasm");
        Run result = run("compile", patch.toString(), "--wasm", wasm.toString());
        assertEquals(0, result.exit(), result.err());
        JsonNode json = TestServer.parse(result.out());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(1, json.get("inputs").asInt());
        assertEquals(1, json.get("outputs").asInt());
        assertFalse(json.has("wasm"), "the module goes to --wasm, not the terminal");
        assertEquals("gain", json.at("/json/name").asText());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, Arrays.copyOf(Files.readAllBytes(wasm), 4));
    }

    @Test
    void compileOfABadDspPrintsDiagnosticsAndExits1() throws IOException {
        Path dsp = write("bad.dsp", "process = oscc;\n");
        Run result = run("compile", dsp.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("error E016: bad.dsp:1: undefined symbol : oscc"), result.err());
        assertFalse(TestServer.parse(result.out()).get("ok").asBoolean());
    }

    @Test
    void compileOfAMissingFileSaysSo() {
        Run result = run("compile", dir.resolve("nothing.dsp").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("cannot read the file"), result.err());
    }

    @Test
    void renderWritesAWavWithControlsSet() throws IOException {
        Path dsp = write("tone.dsp", "import(\"stdfaust.lib\");\n"
                + "process = os.osc(hslider(\"freq\", 440, 20, 2000, 1)) * hslider(\"gain\", 0.1, 0, 1, 0.01);\n");
        Path out = dir.resolve("tone.wav");
        Run result = run("render", dsp.toString(), "-o", out.toString(), "--seconds", "0.5", "--rate", "32000",
                "--set", "/tone/freq=200", "--set", "gain=0.75");
        assertEquals(0, result.exit(), result.err());
        Audio audio = Wav.read(Files.readAllBytes(out));
        assertEquals(32000, audio.sampleRate());
        assertEquals(16000, audio.frames());
        assertEquals(100, RenderApiIT.risingZeroCrossings(audio.channels()[0]), 1);
        assertEquals(0.75f, RenderApiIT.peak(audio.channels()[0]), 1e-3f);
    }

    @Test
    void renderTakesInputAudio() throws IOException {
        float[][] input = {{0.5f, -0.25f, 0.125f, 1f}};
        Path in = dir.resolve("in.wav");
        Files.write(in, Wav.write(input, 8000));
        Path dsp = write("half.dsp", "process = _ * 0.5;\n");
        Path out = dir.resolve("out.wav");
        Run result = run("render", dsp.toString(), "-o", out.toString(), "--input", in.toString());
        assertEquals(0, result.exit(), result.err());
        Audio audio = Wav.read(Files.readAllBytes(out));
        assertEquals(8000, audio.sampleRate());
        assertArrayEquals(new float[] {0.25f, -0.125f, 0.0625f, 0.5f}, audio.channels()[0]);
    }

    @Test
    void renderRefusesAnUnknownControlAndNeedsAnOutputFile() throws IOException {
        Path dsp = write("g.dsp", "process = hslider(\"gain\", 0.1, 0, 1, 0.01);\n");
        Run unknown = run("render", dsp.toString(), "-o", dir.resolve("g.wav").toString(), "--set", "/g/volume=1");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("/g/gain"), "the message lists the addresses: " + unknown.err());
        assertFalse(Files.exists(dir.resolve("g.wav")));
        assertEquals(2, run("render", dsp.toString()).exit());
        assertEquals(2, run("render", dsp.toString(), "-o", "x.wav", "--set", "novalue").exit());
    }

    @Test
    void renderOfAPatchThatDoesNotCompileExits1WithTheBox() throws IOException {
        Path patch = write("p.json", TestServer.chain("my.filter @ins 0 @outs 1"));
        Run result = run("render", patch.toString(), "-o", dir.resolve("p.wav").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("box-1: error E016"), result.err());
    }
}
