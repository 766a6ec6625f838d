package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.server.FaustwireServer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export routes over real HTTP: the targets, a job done at once, its file, and what is refused. */
class ExportRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PATCH = """
            {"boxes": {"box-1": {"text": "os.osc 440"}, "box-2": {"text": "* 0.5"}, "box-3": {"text": "out 1"}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
            """;
    private static final String UNKNOWN_BOX = """
            {"boxes": {"box-1": {"text": "no.such_function 3"}, "box-2": {"text": "out 1"}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]}}}
            """;

    @TempDir
    static Path temp;
    static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        app = FaustwireServer.start("127.0.0.1", 0, Files.createDirectory(temp.resolve("ws")));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        request = body == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTargetsAreListedWithTheirPackages() throws Exception {
        JsonNode targets = JSON.readTree(send("GET", "/api/export/targets", null).body());
        assertEquals("dsp", targets.get(0).path("name").asText());
        assertTrue(targets.get(0).path("title").asText().contains(".dsp"));
        assertTrue(targets.get(0).path("packages").isArray());
        assertTrue(targets.findValuesAsText("name").contains("cpp"), targets.toString());
    }

    @Test
    void aPatchIsExportedAtOnceAndItsFileIsAnAttachment() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/export/dsp",
                "{\"patch\": " + PATCH + ", \"path\": \"sounds/Warm pad.dsppat\"}");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode job = JSON.readTree(answer.body());
        assertEquals("done", job.path("state").asText());
        assertEquals("Warm_pad.dsp", job.path("fileName").asText());
        HttpResponse<String> polled = send("GET", "/api/export/jobs/" + job.path("id").asText(), null);
        assertEquals("done", JSON.readTree(polled.body()).path("state").asText());
        HttpResponse<String> file = send("GET", job.path("file").asText(), null);
        assertEquals(200, file.statusCode());
        assertEquals("attachment; filename=\"Warm_pad.dsp\"", file.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.body().startsWith("declare name \"Warm pad\";\n"), file.body());
        assertTrue(file.body().contains("os.osc"), file.body());
    }

    @Test
    void aPatchThatDoesNotCompileIsAFailedJobWithItsDiagnostics() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/export/cpp", "{\"patch\": " + UNKNOWN_BOX + "}");
        JsonNode job = JSON.readTree(answer.body());
        assertEquals("failed", job.path("state").asText(), answer.body());
        assertEquals("E010", job.path("code").asText());
        assertEquals("box-1", job.path("diagnostics").get(0).path("boxId").asText());
        assertEquals(409, send("GET", "/api/export/jobs/" + job.path("id").asText() + "/file", null).statusCode());
    }

    @Test
    void aBadBodyIs400NeverA500() throws Exception {
        for (String body : List.of("[1]", "{\"patch\": 3}", "{\"dsp\": \"process = _;\", \"name\": 3}", "{\"dsp\": ",
                "{\"dsp\": \"process = _;\", \"patch\": {}}", "{\"dsp\": \"process = _;\", \"path\": 7}")) {
            HttpResponse<String> answer = send("POST", "/api/export/dsp", body);
            assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
        }
    }

    @Test
    void anUnknownTargetOrJobIs404() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/export/vst", "{\"dsp\": \"process = _;\"}");
        assertEquals(404, answer.statusCode());
        assertEquals("E053", JSON.readTree(answer.body()).path("code").asText());
        assertEquals(404, send("GET", "/api/export/jobs/0123456789abcdef01234567", null).statusCode());
    }
}
