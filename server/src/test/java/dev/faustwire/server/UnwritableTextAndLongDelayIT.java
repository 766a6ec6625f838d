package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patches that used to reach the compiler and fail there: a lone surrogate in a label, a stored
 * label or a code box's Faust text (the job file could not be written: a 500), and a delay too long
 * for Faust's memory (compiled, then every render failed). Each is now a diagnostic on its box,
 * from {@code /api/compile} (200) and {@code /api/render} (422) alike.
 */
class UnwritableTextAndLongDelayIT {
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

    /** A chain patch whose box-1 gets {@code data}. */
    private static ObjectNode withData(String chain, String field, String value) {
        ObjectNode patch = (ObjectNode) TestServer.parse(chain);
        ((ObjectNode) patch.at("/boxes/box-1")).putObject("data").put(field, value);
        return patch;
    }

    /**
     * The patch as JSON text with {@code LONE} written as the escape of a lone high surrogate
     * ({@code \\ud800}): sent as such, since a Java string with one would go out as UTF-8's "?".
     */
    private static String json(JsonNode patch) {
        return patch.toString().replace("LONE", "\\ud800");
    }

    private static void assertDiagnostic(JsonNode node, String code, String boxId) {
        String patch = json(node);
        HttpResponse<String> compiled = server.post("/api/compile", "{\"patch\": " + patch + "}");
        assertEquals(200, compiled.statusCode(), compiled.body());
        JsonNode answer = TestServer.json(compiled);
        assertFalse(answer.get("ok").asBoolean(), answer.toString());
        assertEquals(code, answer.at("/diagnostics/0/code").asText(), answer.toString());
        assertEquals(boxId, answer.at("/diagnostics/0/boxId").asText(), answer.toString());

        HttpResponse<byte[]> rendered = server.postForBytes("/api/render", "{\"patch\": " + patch + ", \"seconds\": 0.1}");
        String body = new String(rendered.body(), StandardCharsets.UTF_8);
        assertEquals(422, rendered.statusCode(), body);
        assertEquals(code, TestServer.parse(body).at("/diagnostics/0/code").asText(), body);
    }

    @Test
    void aLoneSurrogateInALabelIsADiagnosticNotA500() {
        assertDiagnostic(TestServer.parse(TestServer.chain("hslider \"gLONE\" 0 0 1 0.01")), "E029", "box-1");
    }

    @Test
    void aLoneSurrogateInAStoredLabelIsADiagnosticNotA500() {
        assertDiagnostic(withData(TestServer.chain("hslider"), "label", "LONE"), "E029", "box-1");
    }

    @Test
    void aLoneSurrogateInACodeBoxIsADiagnosticNotA500() {
        assertDiagnostic(withData(TestServer.chain("code @ins 0 @outs 1"), "value", "process = 1; // LONE"), "E029",
                "box-1");
    }

    @Test
    void aDelayTooLongForFaustsMemoryIsADiagnosticBeforeAnyRender() {
        assertDiagnostic(TestServer.parse(TestServer.chain("in 1", "@ 1000000000")), "E030", "box-2");
    }
}
