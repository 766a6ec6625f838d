package dev.faustwire.server;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FaustwireServer} over real HTTP: the patch list, patch files, and RFC 9457 problems for bad requests. */
class FaustwireServerTest {
    private static final String SECRET = "TOP-SECRET-7f3a9c";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path temp;

    static Path workspace;
    static Javalin app;

    @BeforeAll
    static void start() throws IOException {
        workspace = Files.createDirectory(temp.resolve("ws"));
        Files.copy(Corpus.ifc("04-00.dsppat"), workspace.resolve("a.dsppat"));
        Files.createDirectory(workspace.resolve("sub"));
        Files.copy(Corpus.ifc("06-00.dsppat"), workspace.resolve("sub/x.dsppat"));
        Files.writeString(workspace.resolve("sub/utf8.json"), "{\"comment\": \"caf\u00e9 \u266b \u00df\"}",
                StandardCharsets.UTF_8);
        Files.writeString(workspace.resolve("notes.txt"), "not a patch");
        Files.createDirectory(workspace.resolve("folder.json"));
        Files.writeString(temp.resolve("secret.json"), "{\"key\": \"" + SECRET + "\"}");
        app = FaustwireServer.start("127.0.0.1", 0, workspace);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /** A GET of a raw path (sent as written, percent escapes included). */
    private static HttpResponse<byte[]> get(String rawPath) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + app.port() + rawPath);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Checks an RFC 9457 problem document of the given status and returns it. */
    private static JsonNode assertProblem(HttpResponse<byte[]> response, int status, String title) throws IOException {
        assertEquals(status, response.statusCode(), text(response));
        assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals("about:blank", problem.path("type").asText(), text(response));
        assertEquals(title, problem.path("title").asText(), text(response));
        assertEquals(status, problem.path("status").asInt(), text(response));
        assertTrue(problem.path("status").isInt(), text(response));
        assertTrue(problem.path("detail").isTextual() && !problem.path("detail").asText().isBlank(), text(response));
        return problem;
    }

    @Test
    void startPicksAFreePortForPortZero() {
        assertTrue(app.port() > 0, "port " + app.port());
    }

    @Test
    void listsThePatchesOfTheWorkspace() throws Exception {
        HttpResponse<byte[]> response = get("/api/patches");
        assertEquals(200, response.statusCode(), text(response));
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(1, body.size(), text(response));
        List<String> patches = JSON.convertValue(body.get("patches"),
                JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertEquals(List.of("a.dsppat", "sub/utf8.json", "sub/x.dsppat"), patches);
    }

    @Test
    void servesAPatchInASubfolderByteForByte() throws Exception {
        HttpResponse<byte[]> response = get("/api/patches/sub/x.dsppat");
        assertEquals(200, response.statusCode(), text(response));
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        assertArrayEquals(Files.readAllBytes(Corpus.ifc("06-00.dsppat")), response.body());
    }

    @Test
    void servesAPatchAtTheTop() throws Exception {
        HttpResponse<byte[]> response = get("/api/patches/a.dsppat");
        assertEquals(200, response.statusCode(), text(response));
        assertArrayEquals(Files.readAllBytes(Corpus.ifc("04-00.dsppat")), response.body());
    }

    @Test
    void servesNonAsciiTextAsUtf8() throws Exception {
        HttpResponse<byte[]> response = get("/api/patches/sub/utf8.json");
        assertEquals(200, response.statusCode(), text(response));
        assertArrayEquals(Files.readAllBytes(workspace.resolve("sub/utf8.json")), response.body());
        assertTrue(contentType(response).toLowerCase().contains("charset=utf-8"), contentType(response));
    }

    @Test
    void missingPatchIs404Problem() throws Exception {
        JsonNode problem = assertProblem(get("/api/patches/missing.dsppat"), 404, "Not Found");
        assertTrue(problem.path("detail").asText().contains("missing.dsppat"), problem.toString());
    }

    @Test
    void missingPatchInASubfolderIs404Problem() throws Exception {
        assertProblem(get("/api/patches/sub/missing.json"), 404, "Not Found");
    }

    @Test
    void fileThatIsNoPatchIs400Problem() throws Exception {
        HttpResponse<byte[]> response = get("/api/patches/notes.txt");
        assertProblem(response, 400, "Bad Request");
        assertFalse(text(response).contains("not a patch"), text(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/patches/%2E%2E/secret.json",
        "/api/patches/%2e%2e/secret.json",
        "/api/patches/sub/%2E%2E/%2E%2E/secret.json",
        "/api/patches/..%2Fsecret.json",
        "/api/patches/%2E%2E%2Fsecret.json",
        "/api/patches/.%2E/secret.json"})
    void encodedDotDotIs400ProblemAndNeverLeaksTheSecret(String rawPath) throws Exception {
        HttpResponse<byte[]> response = get(rawPath);
        assertFalse(text(response).contains(SECRET), text(response));
        assertProblem(response, 400, "Bad Request");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/patches/..%5Csecret.json",
        "/api/patches/%2Fsecret.json",
        "/api/patches/.hidden.json",
        "/api/patches/sub/.x.dsppat"})
    void otherEscapesAre400Problems(String rawPath) throws Exception {
        HttpResponse<byte[]> response = get(rawPath);
        assertFalse(text(response).contains(SECRET), text(response));
        assertProblem(response, 400, "Bad Request");
    }

    @Test
    void folderNamedLikeAPatchIsAnErrorProblemWithoutInternals() throws Exception {
        HttpResponse<byte[]> response = get("/api/patches/folder.json");
        assertTrue(response.statusCode() >= 400, text(response));
        assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.statusCode(), problem.path("status").asInt(), text(response));
        assertFalse(text(response).contains("Exception"), text(response));
        assertFalse(text(response).contains(temp.toString()), text(response));
    }

    @Test
    void problemDetailDoesNotRevealTheWorkspaceLocation() throws Exception {
        HttpResponse<byte[]> response = get("/api/patches/nothing/here.json");
        assertProblem(response, 404, "Not Found");
        assertFalse(text(response).contains(temp.toString()), text(response));
    }

    @Test
    void servesTheStdlibIndexForTheBrowser() throws Exception {
        HttpResponse<byte[]> response = get("/stdlib-index.json");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        JsonNode index = JSON.readTree(response.body());
        assertEquals("faustwire-stdlib-index", index.path("format").asText());
        assertTrue(index.path("functions").size() >= 790, "functions: " + index.path("functions").size());
    }

    @Test
    void searchesTheLibrariesForAutocomplete() throws Exception {
        HttpResponse<byte[]> response = get("/api/lib?q=lowpass");
        assertEquals(200, response.statusCode(), text(response));
        JsonNode body = JSON.readTree(response.body());
        JsonNode first = body.path("matches").get(0);
        assertEquals("fi.lowpass", first.path("name").asText());
        assertEquals("alias", first.path("match").asText());
        assertEquals("[\"N\",\"fc\"]", first.path("params").toString());
        assertTrue(body.path("total").asInt() > 5, text(response));
    }

    @Test
    void searchWithoutATextIs400Problem() throws Exception {
        assertProblem(get("/api/lib"), 400, "Bad Request");
        assertProblem(get("/api/lib?q=%20"), 400, "Bad Request");
    }
}
