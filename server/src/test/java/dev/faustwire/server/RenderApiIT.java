package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.Wav;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/render} over HTTP: WAV answers, controls, input audio, and the errors a client can cause. */
class RenderApiIT {
    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(Files.createDirectory(temp.resolve("ws")),
                new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ObjectNode dsp(String code) {
        return TestServer.JSON.createObjectNode().put("dsp", code);
    }

    static HttpResponse<byte[]> render(ObjectNode body) {
        return server.postForBytes("/api/render", body.toString());
    }

    static Audio wav(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("audio/wav", response.headers().firstValue("Content-Type").orElse(""));
        return Wav.read(response.body());
    }

    @Test
    void aConstantRendersExactlyForTheAskedDurationAndRate() {
        Audio audio = wav(render(dsp("process = 0.25, -0.5;").put("seconds", 0.5).put("rate", 44100)));
        assertEquals(44100, audio.sampleRate());
        assertEquals(2, audio.channelCount());
        assertEquals(22050, audio.frames());
        for (int i = 0; i < audio.frames(); i++) {
            assertEquals(0.25f, audio.channels()[0][i]);
            assertEquals(-0.5f, audio.channels()[1][i]);
        }
    }

    @Test
    void aPatchRendersWithItsControlsSetByAddress() {
        ObjectNode body = dsp("import(\"stdfaust.lib\");\nprocess = os.osc(hslider(\"freq\", 440, 20, 2000, 1));");
        body.put("seconds", 1).putObject("params").put("/main/freq", 100);
        Audio audio = wav(render(body));
        assertEquals(48000, audio.frames());
        assertEquals(100, risingZeroCrossings(audio.channels()[0]), 1);
    }

    @Test
    void aPatchDocumentRenders() {
        ObjectNode body = TestServer.JSON.createObjectNode();
        body.set("patch", TestServer.parse(TestServer.chain("os.osc 1000", "* 0.5")));
        body.put("seconds", 0.25);
        Audio audio = wav(render(body));
        assertEquals(12000, audio.frames());
        assertEquals(250, risingZeroCrossings(audio.channels()[0]), 1);
        assertEquals(0.5f, peak(audio.channels()[0]), 1e-3f);
    }

    @Test
    void inputAudioFeedsTheInputsAndSetsRateAndLength() {
        float[][] input = new float[2][8000];
        for (int i = 0; i < 8000; i++) {
            input[0][i] = (float) Math.sin(i * 0.01);
            input[1][i] = i / 8000f;
        }
        ObjectNode body = dsp("process = _, _ : +;");
        body.put("input", Base64.getEncoder().encodeToString(Wav.write(input, 16000)));
        Audio audio = wav(render(body));
        assertEquals(16000, audio.sampleRate());
        assertEquals(8000, audio.frames());
        for (int i = 0; i < 8000; i += 97) {
            assertEquals(input[0][i] + input[1][i], audio.channels()[0][i], 1e-6f);
        }
    }

    @Test
    void aProgramThatDoesNotCompileIs422WithDiagnostics() {
        HttpResponse<byte[]> response = render(dsp("process = oscc;"));
        assertEquals(422, response.statusCode());
        JsonNode problem = TestServer.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("E016", problem.at("/diagnostics/0/code").asText(), problem.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"dsp\": \"process = 1;\", \"seconds\": -1}",
        "{\"dsp\": \"process = 1;\", \"seconds\": 100000}",
        "{\"dsp\": \"process = 1;\", \"rate\": 10}",
        "{\"dsp\": \"process = 1;\", \"rate\": 4.5}",
        "{\"dsp\": \"process = 1;\", \"seconds\": \"long\"}",
        "{\"dsp\": \"process = hslider(\\\"a\\\", 0, 0, 1, 0.1);\", \"params\": {\"/main/b\": 1}}",
        "{\"dsp\": \"process = hslider(\\\"a\\\", 0, 0, 1, 0.1);\", \"params\": {\"/main/a\": \"x\"}}",
        "{\"dsp\": \"process = 1;\", \"params\": [1]}",
        "{\"dsp\": \"process = _;\", \"input\": \"not base64!\"}",
        "{\"dsp\": \"process = _;\", \"input\": \"UklGRgAAAABXQVZF\"}",
        "{\"dsp\": \"process = _;\", \"input\": 5}"
    })
    void badSettingsAre400Problems(String body) {
        HttpResponse<byte[]> response = server.postForBytes("/api/render", body);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(400, response.statusCode(), text);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, TestServer.parse(text).get("status").asInt());
    }

    @Test
    void aDspTooBigToInstantiateIsRefusedNotAllocated() {
        HttpResponse<byte[]> response = render(dsp("process = _ <: rdtable(1<<26, 0, int(_)) + rdtable(1<<25, 1, int(_));"));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(422, response.statusCode(), text);
        assertTrue(text.contains("MiB"), text);
    }

    static float peak(float[] samples) {
        float peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }

    static int risingZeroCrossings(float[] samples) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                crossings++;
            }
        }
        return crossings;
    }
}
