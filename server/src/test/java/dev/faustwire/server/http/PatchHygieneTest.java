package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.server.FaustwireServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The patch routes under abuse (issue 14): names with control characters, links, history files in odd places,
 * bodies with trailing text, deep nesting, versions and numbers the format does not allow, lone surrogates.
 * Every refusal is a 4xx problem document; none is a 500.
 */
class PatchHygieneTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PATCH = "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {}, \"lines\": {}}";
    private static final String OTHER = "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {\"box-1\": "
            + "{\"text\": \"+\"}}, \"lines\": {}}";
    private static final String VERSION = "2025-01-31T12-00-00.000Z-000000";

    @TempDir
    Path temp;
    Path workspace;
    Javalin app;

    @BeforeEach
    void start() throws IOException {
        workspace = Files.createDirectory(temp.resolve("ws"));
        app = FaustwireServer.start("127.0.0.1", 0, workspace);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> send(String method, String rawPath, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + rawPath))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String path, String body, String... headers) throws Exception {
        return send("PUT", "/api/patches/" + path, body, headers);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.path("status").asInt());
        assertFalse(problem.path("detail").asText().isBlank());
        return problem;
    }

    // ---- history ----

    @Test
    void aVersionNameThatIsAFolderIs404Not500() throws Exception {
        String path = "a.json/" + VERSION + ".json";
        assertEquals(201, put(path, PATCH).statusCode());
        assertEquals(200, put(path, OTHER, "If-Match", "*").statusCode());
        assertTrue(Files.isDirectory(workspace.resolve(".history/a.json/" + VERSION + ".json")),
                "the history of the inner patch is a folder named like a version of a.json");

        problem(send("GET", "/api/history/a.json?version=" + VERSION, null), 404);
    }

    @Test
    void aHistoryThatCannotBeKeptIs409AndThePatchIsLeftAsItIs() throws Exception {
        assertEquals(201, put("x.json", PATCH).statusCode());
        assertEquals(200, put("x.json", OTHER, "If-Match", "*").statusCode());
        String kept = JSON.readTree(send("GET", "/api/history/x.json", null).body())
                .path("versions").get(0).path("version").asText();
        assertEquals(204, send("DELETE", "/api/patches/x.json", null, "If-Match", "*").statusCode());
        String inner = "x.json/" + kept + ".json";
        assertEquals(201, put(inner, PATCH).statusCode());

        problem(put(inner, OTHER, "If-Match", "*"), 409);
        assertEquals(PATCH, Files.readString(workspace.resolve(inner)));
        problem(send("DELETE", "/api/patches/" + inner, null, "If-Match", "*"), 409);
        assertEquals(PATCH, Files.readString(workspace.resolve(inner)));
    }

    @Test
    void aSaveBelowAFileDeeperInThePathIs400Not500() throws Exception {
        assertEquals(201, put("file.json", PATCH).statusCode());
        problem(put("file.json/sub/x.json", PATCH), 400);
        problem(put("file.json/a/b/c/x.json", PATCH), 400);
    }

    // ---- names ----

    @ParameterizedTest
    @ValueSource(strings = {"a%0Ab.json", "a%0Db.json", "a%00b.json", "a%7Fb.json", "a%C2%85b.json", "a%C2%9Bb.json",
            "a%09b.json", "dir%0A/p.json", "%1B%5B31m.json"})
    void namesWithControlCharactersAre400ForEveryMethod(String path) throws Exception {
        assertEquals(400, put(path, PATCH).statusCode());
        assertEquals(400, send("GET", "/api/patches/" + path, null).statusCode());
        assertEquals(400, send("DELETE", "/api/patches/" + path, null, "If-Match", "*").statusCode());
        assertEquals(400, send("GET", "/api/history/" + path, null).statusCode());
        if (!path.contains("%00")) {
            problem(put(path, PATCH), 400);
        }
        try (var files = Files.list(workspace)) {
            assertEquals(0, files.count(), "nothing was written");
        }
    }

    // ---- links ----

    @Test
    void deleteOfALinkIs400AndLeavesItsTargetInPlace() throws Exception {
        assertEquals(201, put("real/p.json", PATCH).statusCode());
        Files.createSymbolicLink(workspace.resolve("alias.json"), workspace.resolve("real/p.json"));

        problem(send("DELETE", "/api/patches/alias.json", null, "If-Match", "*"), 400);
        assertEquals(PATCH, Files.readString(workspace.resolve("real/p.json")));
        assertTrue(Files.isSymbolicLink(workspace.resolve("alias.json")));
        assertFalse(Files.exists(workspace.resolve(".history/real")), "nothing was moved into the history");
    }

    @Test
    void putToALinkOrThroughALinkedFolderIs400AndWritesNothing() throws Exception {
        assertEquals(201, put("real/p.json", PATCH).statusCode());
        Files.createSymbolicLink(workspace.resolve("alias.json"), workspace.resolve("real/p.json"));
        Files.createSymbolicLink(workspace.resolve("linked"), workspace.resolve("real"));

        problem(put("alias.json", OTHER, "If-Match", "*"), 400);
        problem(put("linked/p.json", OTHER, "If-Match", "*"), 400);
        problem(put("linked/new.json", OTHER), 400);
        assertEquals(PATCH, Files.readString(workspace.resolve("real/p.json")));
        assertFalse(Files.exists(workspace.resolve("real/new.json")));
        assertEquals(200, send("GET", "/api/patches/alias.json", null).statusCode(), "reading through a link still works");
    }

    // ---- one JSON policy ----

    @ParameterizedTest
    @ValueSource(strings = {"/api/compile", "/api/render"})
    void trailingTextAfterTheJsonIs400OnEveryRoute(String route) throws Exception {
        problem(send("POST", route, "{\"dsp\": \"process = _;\"} x"), 400);
        problem(send("POST", route, "{\"dsp\": \"process = _;\"}{}"), 400);
        problem(put("p.json", PATCH + " x"), 400);
    }

    @Test
    void duplicateKeysAre400OnEveryRoute() throws Exception {
        problem(send("POST", "/api/compile", "{\"dsp\": \"process = _;\", \"dsp\": \"process = 1;\"}"), 400);
        problem(put("p.json", "{\"boxes\": {}, \"boxes\": {}}"), 400);
    }

    /** Arrays nested in props so that the array innermost is {@code depth} levels below the top object. */
    private static String nested(int depth) {
        return "{\"boxes\": {}, \"lines\": {}, \"props\": {\"deep\": " + "[".repeat(depth - 2) + "]".repeat(depth - 2) + "}}";
    }

    @Test
    void putStoresExactlyWhatTheReaderReads() throws Exception {
        for (int depth : new int[] {100, 505, 510, 511, 512, 513, 514, 515, 520, 1000}) {
            boolean readable = PatchReader.read(nested(depth)).diagnostics().stream()
                    .noneMatch(d -> d.code() == Code.MALFORMED_JSON);
            HttpResponse<String> response = put("deep-" + depth + ".json", nested(depth));
            assertEquals(readable ? 201 : 400, response.statusCode(), "depth " + depth + ": " + response.body());
        }
        problem(put("deep.json", nested(1000)), 400);
        assertEquals(201, put("shallow.json", nested(100)).statusCode());
    }

    // ---- the patch format ----

    /** The codes of a 400's diagnostics, in order. */
    private static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        problem.path("diagnostics").forEach(d -> codes.add(d.path("code").asText()));
        return codes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "-1", "2", "0", "1.5", "null", "[1]", "99999999999999999999"})
    void aVersionOtherThanTheNumber1Is400(String version) throws Exception {
        JsonNode problem = problem(put("p.json", "{\"format\": \"faustwire-patch\", \"version\": " + version
                + ", \"boxes\": {}, \"lines\": {}}"), 400);
        assertEquals(List.of(Code.UNSUPPORTED_VERSION.id()), codes(problem), problem.toString());
        assertTrue(problem.path("detail").asText().contains("\"version\" is the number 1"), problem.toString());
        assertFalse(Files.exists(workspace.resolve("p.json")));
    }

    @Test
    void aVersionTooLargeForADoubleIs400() throws Exception {
        JsonNode problem = problem(put("p.json", "{\"version\": 1e400, \"boxes\": {}}"), 400);
        assertTrue(problem.path("detail").asText().endsWith("at /version"), problem.toString());
    }

    @Test
    void version1AndNoVersionAreStored() throws Exception {
        assertEquals(201, put("one.json", PATCH).statusCode());
        assertEquals(201, put("none.json", "{\"boxes\": {}, \"lines\": {}}").statusCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"boxes\": {\"b\": {\"text\": \"+\", \"rect\": [2e9, 0, 10, 10]}}}|W001",
        "{\"boxes\": {\"b\": {\"text\": \"+\", \"rect\": [0, 10]}}}|W001",
        "{\"boxes\": {\"b\": {\"text\": \"+\"}}, \"lines\": {\"l\": {\"src\": [\"b\", -1], \"dest\": [\"b\", 0]}}}|E006",
        "{\"boxes\": {\"b\": {\"text\": \"+\"}}, \"lines\": {\"l\": {\"src\": [\"b\", 0.5], \"dest\": [\"b\", 0]}}}|E007",
        "{\"boxes\": {\"b\": {\"text\": \"+\"}}, \"lines\": {\"l\": {\"src\": [\"b\"]}}}|E007",
        "{\"format\": \"another\", \"boxes\": {}}|E002",
        "{\"boxes\": []}|E002",
        "{\"patcher\": {}}|E002",
        "{\"boxes\": {}, \"props\": 1}|W001"})
    void shapesTheFormatDoesNotAllowAre400WithTheReadersCode(String patch, String code) throws Exception {
        JsonNode problem = problem(put("p.json", patch), 400);
        assertEquals(List.of(code), codes(problem), problem.toString());
        assertFalse(Files.exists(workspace.resolve("p.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"boxes\": {\"b\": {\"text\": \"+\", \"rect\": [1e400, 0, 10, 10]}}}",
        "{\"boxes\": {\"b\": {\"text\": \"+\"}}, \"lines\": {\"l\": {\"src\": [\"b\", 1e400], \"dest\": [\"b\", 0]}}}",
        "{\"boxes\": {}, \"props\": 1e400}"})
    void numbersTooLargeForADoubleAre400(String patch) throws Exception {
        JsonNode problem = problem(put("p.json", patch), 400);
        assertTrue(problem.path("detail").asText().contains("too large for a double"), problem.toString());
        assertFalse(Files.exists(workspace.resolve("p.json")));
    }

    // ---- lone surrogates ----

    @Test
    void aLabelWithALoneSurrogateIsStoredAndServedWithoutA500() throws Exception {
        String patch = "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {\"box-1\": "
                + "{\"text\": \"hslider \\ud800 0 0 1 0.1\"}, \"box-2\": {\"text\": \"\\udc00\"}}, \"lines\": {}}";
        assertEquals(201, put("s.json", patch).statusCode());
        assertEquals(200, put("s.json", PATCH, "If-Match", "*").statusCode());
        HttpResponse<String> versions = send("GET", "/api/history/s.json", null);
        assertEquals(200, versions.statusCode());
        String version = JSON.readTree(versions.body()).path("versions").get(0).path("version").asText();
        HttpResponse<String> old = send("GET", "/api/history/s.json?version=" + version, null);
        assertEquals(200, old.statusCode());
        assertEquals(patch, old.body());
        assertEquals(200, send("GET", "/api/patches", null).statusCode());
        assertEquals(200, send("GET", "/api/patches/s.json", null).statusCode());
    }

    @Test
    void aProblemWhoseDetailCarriesALoneSurrogateIsStillAProblemDocument() throws Exception {
        JsonNode problem = problem(put("p.json", "{\"boxes\": {}, \"props\": {\"\\ud800\": 1e400}}"), 400);
        assertTrue(problem.path("detail").asText().contains("at /props/"), problem.toString());
    }

    @Test
    void aPathWithALoneSurrogateIs400() throws Exception {
        JsonNode problem = problem(send("POST", "/api/compile",
                "{\"patch\": {\"boxes\": {}}, \"path\": \"\\ud800.json\"}"), 400);
        assertTrue(problem.path("detail").asText().contains("path"), problem.toString());
        problem(send("POST", "/api/compile", "{\"patch\": {\"boxes\": {}}, \"path\": \"a\\u0000b.json\"}"), 400);
        problem(send("POST", "/api/compile", "{\"patch\": {\"boxes\": {}}, \"path\": \"a\\nb.json\"}"), 400);
    }
}
