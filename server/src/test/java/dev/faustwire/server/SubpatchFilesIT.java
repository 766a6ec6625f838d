package dev.faustwire.server;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sub-patcher files and code-box probes through HTTP, on a workspace holding the JSPatcher corpus:
 * {@code ifc/10-00.dsppat} names {@code ./ifc/09-00.dsppat}, found from the workspace root above
 * its folder, whose code box {@code process = max;} the server probes.
 */
class SubpatchFilesIT {
    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path workspace = Files.createDirectory(temp.resolve("ws"));
        Path ifc = Files.createDirectory(workspace.resolve("ifc"));
        for (String name : new String[] {"09-00.dsppat", "10-00.dsppat"}) {
            Files.copy(Corpus.ifc(name), ifc.resolve(name));
        }
        server = new TestServer(workspace, new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ObjectNode patch(String name) throws IOException {
        return (ObjectNode) TestServer.parse(Files.readString(Corpus.ifc(name), StandardCharsets.UTF_8));
    }

    static JsonNode compile(JsonNode patch, String path) {
        ObjectNode body = TestServer.JSON.createObjectNode();
        body.set("patch", patch);
        if (path != null) {
            body.put("path", path);
        }
        HttpResponse<String> response = server.post("/api/compile", body.toString());
        assertEquals(200, response.statusCode(), response.body());
        return TestServer.json(response);
    }

    @Test
    void aCorpusPatchCompilesWithItsSubpatcherFileAndProbedCodeBox() throws IOException {
        JsonNode answer = compile(patch("10-00.dsppat"), "ifc/10-00.dsppat");
        assertTrue(answer.get("ok").asBoolean(), answer.toString());
        assertEquals(2, answer.get("inputs").asInt());
        assertEquals(1, answer.get("outputs").asInt());
        assertTrue(answer.get("dsp").asText().contains("process = max;"), answer.get("dsp").asText());
        assertEquals(TestServer.parse("{\"box-9/box-7\": {\"inputs\": 2, \"outputs\": 1}}"), answer.get("probes"),
                "the embedded copy's code box gets the arity the server probed");
    }

    @Test
    void theFileIsUsedWhenTheBoxHoldsNoCopy() throws IOException {
        ObjectNode patch = patch("10-00.dsppat");
        ((ObjectNode) patch.at("/boxes/box-9")).remove("data");
        JsonNode answer = compile(patch, "ifc/10-00.dsppat");
        assertTrue(answer.get("ok").asBoolean(), answer.toString());
        assertEquals(2, answer.get("inputs").asInt());
        assertEquals(1, answer.get("outputs").asInt());
        assertTrue(answer.get("dsp").asText().contains("process = max;"), answer.get("dsp").asText());
        assertEquals(0, answer.get("probes").size(), "the probed box is in a file, not in this document");
        JsonNode fromRoot = compile(patch, null);
        assertTrue(fromRoot.get("ok").asBoolean(), "without a path the root is the patch's folder: " + fromRoot);
    }

    @Test
    void aMissingFileWithoutACopyIsE020OnTheBox() throws IOException {
        ObjectNode patch = patch("10-00.dsppat");
        ObjectNode box = (ObjectNode) patch.at("/boxes/box-9");
        box.remove("data");
        box.put("text", "p ./ifc/no-such.dsppat");
        JsonNode answer = compile(patch, "ifc/10-00.dsppat");
        assertEquals(false, answer.get("ok").asBoolean());
        JsonNode diagnostic = answer.at("/diagnostics/0");
        assertEquals("E020", diagnostic.get("code").asText(), answer.toString());
        assertEquals("box-9", diagnostic.get("boxId").asText(), answer.toString());
    }

    @Test
    void aRenderFindsTheFileToo() throws IOException {
        ObjectNode patch = patch("10-00.dsppat");
        ((ObjectNode) patch.at("/boxes/box-9")).remove("data");
        ObjectNode body = TestServer.JSON.createObjectNode();
        body.set("patch", patch);
        body.put("path", "ifc/10-00.dsppat").put("seconds", 0.01);
        HttpResponse<byte[]> response = server.postForBytes("/api/render", body.toString());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("audio/wav", response.headers().firstValue("Content-Type").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/x.dsppat", "../x.dsppat", "ifc/../../x.dsppat", "ifc/10-00.txt", ".history/x.dsppat",
            "ifc//10-00.dsppat", ""})
    void aBadPathIs400(String path) throws IOException {
        ObjectNode body = TestServer.JSON.createObjectNode();
        body.set("patch", patch("10-00.dsppat"));
        body.put("path", path);
        HttpResponse<String> response = server.post("/api/compile", body.toString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(TestServer.json(response).get("detail").asText().startsWith("\"path\""), response.body());
    }

    @Test
    void aPathIsText() throws IOException {
        ObjectNode body = TestServer.JSON.createObjectNode();
        body.set("patch", patch("10-00.dsppat"));
        body.put("path", 5);
        assertEquals(400, server.post("/api/compile", body.toString()).statusCode());
        body.set("path", new TextNode("ifc/new-folder/new.dsppat"));
        assertEquals(200, server.post("/api/compile", body.toString()).statusCode(),
                "a patch not saved yet, in a folder not made yet, is fine");
    }
}
