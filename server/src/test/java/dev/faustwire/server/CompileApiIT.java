package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.http.ProgramRequest;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/compile} over HTTP with the real compiler: answers, diagnostics on boxes, bad requests. */
class CompileApiIT {
    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    @TempDir
    static Path temp;

    static TestServer server;
    static CompileService compiles;

    @BeforeAll
    static void start() throws IOException {
        compiles = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT));
        server = new TestServer(Files.createDirectory(temp.resolve("ws")), compiles);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPatchCompilesToWasmWithItsDescription() {
        HttpResponse<String> response = server.compilePatch(TestServer.chain("os.osc 440", "* 0.25"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = TestServer.json(response);
        assertTrue(answer.get("ok").asBoolean(), response.body());
        assertTrue(answer.get("dsp").asText().contains("os.osc(440)"), answer.get("dsp").asText());
        assertEquals(0, answer.get("inputs").asInt());
        assertEquals(1, answer.get("outputs").asInt());
        byte[] wasm = Base64.getDecoder().decode(answer.get("wasm").asText());
        assertArrayEquals(WASM_MAGIC, Arrays.copyOf(wasm, 4));
        assertTrue(answer.at("/json/size").asInt() > 0, "the description has the DSP size");
        assertEquals("main", answer.at("/json/name").asText());
        assertTrue(answer.get("ui").isArray());
        assertEquals(0, answer.get("diagnostics").size(), response.body());
    }

    @Test
    void controlsCarryTheirOffsets() {
        JsonNode answer = TestServer.json(server.compileDsp(
                "import(\"stdfaust.lib\");\nprocess = os.osc(hslider(\"freq\", 440, 20, 2000, 1)) * button(\"gate\");"));
        assertTrue(answer.get("ok").asBoolean(), answer.toString());
        JsonNode items = answer.at("/ui/0/items");
        assertEquals(2, items.size(), answer.toString());
        for (JsonNode control : items) {
            assertTrue(control.has("index"), control.toString());
            assertTrue(control.get("address").asText().startsWith("/main/"), control.toString());
        }
    }

    @Test
    void aNameBecomesTheTopGroupOfAddresses() {
        JsonNode answer = TestServer.json(server.post("/api/compile",
                "{\"dsp\": \"process = hslider(\\\"g\\\", 0.5, 0, 1, 0.01) * _;\", \"name\": \"synth\"}"));
        assertTrue(answer.get("ok").asBoolean(), answer.toString());
        assertEquals("/synth/g", answer.at("/ui/0/items/0/address").asText());
    }

    @Test
    void anUndefinedNameIsPinnedToTheBoxOfItsLine() {
        JsonNode answer = TestServer.json(server.compilePatch(TestServer.chain("os.osc 440", "my.filter @ins 1 @outs 1")));
        assertFalse(answer.get("ok").asBoolean());
        JsonNode error = answer.at("/diagnostics/0");
        assertEquals("E016", error.get("code").asText());
        assertEquals("box-2", error.get("boxId").asText(), answer.toString());
        assertTrue(error.get("message").asText().contains("undefined symbol"), error.toString());
        assertTrue(answer.get("wasm").isNull());
    }

    @Test
    void anArityErrorIsPinnedToTheBoxWhoseCallItNames() {
        JsonNode answer = TestServer.json(server.compilePatch(TestServer.chain("in 1", "fi.lowpass 2 1000 @outs 2")));
        assertFalse(answer.get("ok").asBoolean());
        JsonNode error = answer.at("/diagnostics/0");
        assertEquals("E016", error.get("code").asText(), answer.toString());
        assertEquals("box-2", error.get("boxId").asText(), answer.toString());
        assertTrue(error.get("message").asText().length() < 1200, "long expressions are shortened: " + error);
    }

    @Test
    void codegenErrorsAnswerWithoutCompiling() {
        int before = compiles.compileCount();
        JsonNode answer = TestServer.json(server.compilePatch(TestServer.chain("no.such.thing.at.all")));
        assertFalse(answer.get("ok").asBoolean());
        assertEquals("E010", answer.at("/diagnostics/0/code").asText(), answer.toString());
        assertEquals("box-1", answer.at("/diagnostics/0/boxId").asText());
        assertEquals(before, compiles.compileCount(), "nothing went to the compiler");
    }

    @Test
    void theSameProgramTwiceCompilesOnce() {
        String dsp = "process = _ * 0.123456;";
        int before = compiles.compileCount();
        JsonNode first = TestServer.json(server.compileDsp(dsp));
        JsonNode second = TestServer.json(server.compileDsp(dsp));
        assertEquals(first, second);
        assertEquals(before + 1, compiles.compileCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1, 2]", "{}", "{\"dsp\": 3}", "{\"patch\": \"x\"}",
        "{\"dsp\": \"process = _;\", \"patch\": {}}", "{\"dsp\": \"process = _;\", \"name\": 7}"})
    void malformedRequestsAre400Problems(String body) {
        HttpResponse<String> response = server.post("/api/compile", body);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, TestServer.json(response).get("status").asInt());
    }

    @Test
    void aProgramOverTheLimitIs413() {
        String huge = "process = _;//" + "x".repeat(ProgramRequest.PROGRAM_LIMIT);
        HttpResponse<String> response = server.compileDsp(huge);
        assertEquals(413, response.statusCode(), response.body().substring(0, Math.min(300, response.body().length())));
    }
}
