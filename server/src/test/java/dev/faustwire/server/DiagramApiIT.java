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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/diagram} over HTTP: the answer, the headers every SVG file is served with, and what is refused. */
class DiagramApiIT {
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

    @Test
    void aPatchIsDrawnAndItsFilesServedUnderStableNamesWithHeadersThatRunNothing() throws IOException {
        String patch = Files.readString(Path.of("/work/shared/corpus/jspatcher/ifc/11-00.dsppat"));
        HttpResponse<String> drawn = server.post("/api/diagram", "{\"patch\": " + patch + "}");
        assertEquals(200, drawn.statusCode(), drawn.body());
        JsonNode answer = TestServer.JSON.readTree(drawn.body());
        String id = answer.get("id").asText();
        assertEquals("process", answer.get("root").asText());
        assertEquals("box-29", answer.get("boxes").get("Par_29").asText());
        assertTrue(answer.get("names").toString().contains("\"Par-4\""), answer.toString());

        HttpResponse<String> top = server.get("/api/diagram/" + id + "/process.svg");
        assertEquals(200, top.statusCode());
        assertEquals("image/svg+xml", top.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", top.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'",
                top.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(top.body().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), top.body());
        assertTrue(top.body().contains(">Out_1</text>"), top.body());
        assertEquals(200, server.get("/api/diagram/" + id + "/Par-4.svg").statusCode());

        assertEquals(404, server.get("/api/diagram/" + id + "/Par-999.svg").statusCode());
        assertEquals(404, server.get("/api/diagram/" + id + "/Par-0x7f052c298fd0.svg").statusCode());
        assertEquals(404, server.get("/api/diagram/" + id + "/process.html").statusCode());
        assertEquals(404, server.get("/api/diagram/0123456789abcdef0123456789abcdef/process.svg").statusCode());
        assertEquals(404, server.get("/api/diagram/..%2F..%2Fetc/process.svg").statusCode());
    }

    @Test
    void aProgramFaustRefusesIsE054() throws IOException {
        HttpResponse<String> refused = server.post("/api/diagram", "{\"dsp\": \"process = nonsense;\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode problem = TestServer.JSON.readTree(refused.body());
        assertEquals("E054", problem.get("diagnostics").get(0).get("code").asText());
        assertFalse(refused.body().contains(temp.toString()), refused.body());
        assertEquals(400, server.post("/api/diagram", "{}").statusCode());
    }
}
