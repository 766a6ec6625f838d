package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, through HTTP: no server path in any answer, honest failure kinds, plain messages, no 500. */
class CompileHygieneIT {
    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(Files.createDirectory(temp.resolve("ws")), new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noServerOrSandboxPathAppearsAnywhereInACompileAnswer() {
        HttpResponse<String> response = server.compileDsp("import(\"stdfaust.lib\");\n"
                + "process = os.osc(hslider(\"freq\", 440, 50, 2000, 1)) : fi.lowpass(2, 1000) : re.mono_freeverb(0.5, 0.5, 0.5, 20);");
        JsonNode answer = TestServer.json(response);
        assertTrue(answer.get("ok").asBoolean(), response.body());
        String wasm = new String(Base64.getDecoder().decode(answer.get("wasm").asText()), StandardCharsets.ISO_8859_1);

        List<String> paths = List.of("/usr/share/faust", "/usr/local/share/faust", "/job", "faustwire-jobs",
                "faustwire-job-", System.getProperty("java.io.tmpdir") + "/", server.workspace.toString());
        for (String path : paths) {
            assertFalse(response.body().contains(path), "the answer names " + path);
            assertFalse(wasm.contains(path), "the wasm names " + path);
        }
        assertFalse(wasm.contains(".lib\""), "the wasm lists the libraries the server read");
    }

    @Test
    void aDelayWhoseMemoryWrapsIsE031NotACrash() {
        for (String dsp : List.of("process = @(1<<28);", "process = @(1000000000);", "process = @ (1000000000);")) {
            JsonNode answer = TestServer.json(server.compileDsp(dsp));

            assertFalse(answer.get("ok").asBoolean(), dsp + " compiles with ok:true");
            assertEquals("E031", answer.at("/diagnostics/0/code").asText(), dsp + ": " + answer);
            assertFalse(answer.toString().contains("crashed"), answer.toString());
        }
    }

    @Test
    void aRenderOfADelayWhoseMemoryWrapsIs422WithTheDiagnostic() {
        HttpResponse<String> response = server.post("/api/render", "{\"dsp\": \"process = @(1000000000);\", \"seconds\": 0.01}");

        assertEquals(422, response.statusCode(), response.body());
        assertEquals("E031", TestServer.json(response).at("/diagnostics/0/code").asText());
    }

    @Test
    void theEmptyProgramHasAPlainMessage() {
        for (String dsp : List.of("", "   \n", "// only a comment\n")) {
            JsonNode answer = TestServer.json(server.compileDsp(dsp));

            assertFalse(answer.get("ok").asBoolean());
            String message = answer.at("/diagnostics/0/message").asText();
            assertTrue(message.contains("defines no process"), "'" + dsp + "': " + message);
            assertFalse(message.contains("????"), message);
        }
    }

    @Test
    void rawFaustTextWithALoneSurrogateIs400() {
        for (String route : List.of("/api/compile", "/api/render")) {
            HttpResponse<String> response = server.post(route, "{\"dsp\": \"process = _; // \\ud800\"}");

            assertEquals(400, response.statusCode(), route + ": " + response.body());
            assertTrue(TestServer.json(response).get("detail").asText().contains("surrogate"), response.body());
        }
    }
}
