package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.server.workspace.PatchEtag;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PatchHandlers} over real HTTP: reading with ETags, conditional writes and deletes, limits, history. */
class PatchRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PATCH = "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {}, \"lines\": {}}";
    private static final String OTHER = "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {\"box-1\": "
            + "{\"text\": \"+\"}}, \"lines\": {}}";

    @TempDir
    Path temp;

    Path workspace;
    Path outside;
    Javalin app;

    @BeforeEach
    void start() throws IOException {
        workspace = Files.createDirectory(temp.resolve("ws"));
        outside = Files.createDirectory(temp.resolve("outside"));
        app = FaustwireServer.start("127.0.0.1", 0, workspace);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    // ---- helpers ----

    /** Sends a request to a raw path; every answer is checked never to reveal where the workspace is. */
    private HttpResponse<byte[]> send(String method, String rawPath, BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + rawPath))
                .timeout(Duration.ofSeconds(20)).method(method, body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = text(response);
        assertFalse(text.contains(temp.toString()) || text.contains(temp.toRealPath().toString()),
                method + " " + rawPath + " revealed the workspace location: " + text);
        return response;
    }

    private HttpResponse<byte[]> get(String rawPath, String... headers) throws IOException, InterruptedException {
        return send("GET", rawPath, BodyPublishers.noBody(), headers);
    }

    private HttpResponse<byte[]> put(String rawPath, String body, String... headers)
            throws IOException, InterruptedException {
        return send("PUT", rawPath, BodyPublishers.ofString(body), headers);
    }

    private HttpResponse<byte[]> delete(String rawPath, String... headers) throws IOException, InterruptedException {
        return send("DELETE", rawPath, BodyPublishers.noBody(), headers);
    }

    /** Creates a patch over HTTP and returns its ETag. */
    private String create(String path, String body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = put("/api/patches/" + path, body);
        assertEquals(201, response.statusCode(), text(response));
        return etag(response);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElse("");
    }

    private static JsonNode assertProblem(HttpResponse<byte[]> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), text(response));
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), type);
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.path("status").asInt(), text(response));
        assertFalse(problem.path("title").asText().isBlank(), text(response));
        assertFalse(problem.path("detail").asText().isBlank(), text(response));
        return problem;
    }

    private String onDisk(String path) throws IOException {
        return Files.readString(workspace.resolve(path), StandardCharsets.UTF_8);
    }

    private List<String> filesBelow(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        }
    }

    // ---- GET ----

    @Test
    void getReturnsTheBytesWithAStrongEtag() throws Exception {
        Files.writeString(workspace.resolve("p.json"), PATCH);
        HttpResponse<byte[]> response = get("/api/patches/p.json");
        assertEquals(200, response.statusCode());
        assertEquals(PATCH, text(response));
        assertTrue(etag(response).matches("\"[0-9a-f]{32}\""), etag(response));
        assertEquals(etag(response), etag(get("/api/patches/p.json")), "stable for the same bytes");
    }

    @Test
    void getWithAMatchingIfNoneMatchIs304() throws Exception {
        String etag = create("p.json", PATCH);
        HttpResponse<byte[]> notModified = get("/api/patches/p.json", "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
        assertEquals(etag, etag(notModified));
        assertEquals(304, get("/api/patches/p.json", "If-None-Match", "\"other\", W/" + etag).statusCode());
        assertEquals(304, get("/api/patches/p.json", "If-None-Match", "*").statusCode());
        HttpResponse<byte[]> changed = get("/api/patches/p.json", "If-None-Match", "\"other\"");
        assertEquals(200, changed.statusCode());
        assertEquals(PATCH, text(changed));
    }

    @Test
    void getOfAMissingPatchIs404() throws Exception {
        assertProblem(get("/api/patches/missing.json"), 404);
    }

    // ---- PUT ----

    @Test
    void putOfANewPatchIs201AndCreatesItsFolders() throws Exception {
        HttpResponse<byte[]> response = put("/api/patches/new/folder/p.json", PATCH);
        assertEquals(201, response.statusCode(), text(response));
        assertEquals(PatchEtag.of(PATCH.getBytes(StandardCharsets.UTF_8)), etag(response));
        assertEquals("/api/patches/new/folder/p.json", response.headers().firstValue("Location").orElse(""));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("new/folder/p.json", body.path("path").asText());
        assertEquals(etag(response), body.path("etag").asText());
        assertEquals(PATCH, onDisk("new/folder/p.json"));
        assertEquals(etag(response), etag(get("/api/patches/new/folder/p.json")));
    }

    @Test
    void putWithTheCurrentEtagIs200WithTheNewEtag() throws Exception {
        String first = create("p.json", PATCH);
        HttpResponse<byte[]> response = put("/api/patches/p.json", OTHER, "If-Match", first);
        assertEquals(200, response.statusCode(), text(response));
        assertNotEquals(first, etag(response));
        assertEquals(etag(response), JSON.readTree(response.body()).path("etag").asText());
        assertEquals(OTHER, onDisk("p.json"));
        assertEquals(etag(response), etag(get("/api/patches/p.json")));
    }

    @Test
    void putOverAnExistingPatchWithoutIfMatchIs428() throws Exception {
        create("p.json", PATCH);
        JsonNode problem = assertProblem(put("/api/patches/p.json", OTHER), 428);
        assertTrue(problem.path("detail").asText().contains("If-Match"), problem.toString());
        assertEquals(PATCH, onDisk("p.json"));
    }

    @Test
    void putWithAStaleEtagIs409WithTheCurrentEtag() throws Exception {
        String first = create("p.json", PATCH);
        String second = etag(put("/api/patches/p.json", OTHER, "If-Match", first));
        JsonNode problem = assertProblem(put("/api/patches/p.json", "{\"lost\": true}", "If-Match", first), 409);
        assertEquals(second, problem.path("currentEtag").asText());
        assertEquals("Conflict", problem.path("title").asText());
        assertEquals(OTHER, onDisk("p.json"));
    }

    @Test
    void putWithIfMatchStarReplacesWhateverIsThere() throws Exception {
        create("p.json", PATCH);
        assertEquals(200, put("/api/patches/p.json", OTHER, "If-Match", "*").statusCode());
        assertEquals(OTHER, onDisk("p.json"));
    }

    @Test
    void putWithIfMatchOnAMissingPatchIs412() throws Exception {
        assertProblem(put("/api/patches/p.json", PATCH, "If-Match", "*"), 412);
        assertProblem(put("/api/patches/p.json", PATCH, "If-Match", "\"0123\""), 412);
        assertFalse(Files.exists(workspace.resolve("p.json")));
    }

    @Test
    void putWithIfNoneMatchStarIs412OnAnExistingPatchAnd201OnANewOne() throws Exception {
        HttpResponse<byte[]> created = put("/api/patches/p.json", PATCH, "If-None-Match", "*");
        assertEquals(201, created.statusCode(), text(created));
        assertProblem(put("/api/patches/p.json", OTHER, "If-None-Match", "*"), 412);
        assertEquals(PATCH, onDisk("p.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1, 2]", "\"text\"", "42", "", "{\"a\": 1} trailing", "{\"a\": 1}{}",
            "{\"a\": }", "{\"a\": 1", "{'a': 1}"})
    void putOfABodyThatIsNoJsonObjectIs400(String body) throws Exception {
        assertProblem(put("/api/patches/p.json", body), 400);
        assertFalse(Files.exists(workspace.resolve("p.json")));
    }

    @Test
    void putOfABodyThatIsNoUtf8Is400() throws Exception {
        byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(send("PUT", "/api/patches/p.json", BodyPublishers.ofByteArray(latin1)), 400);
    }

    @Test
    void putKeepsUtf8BytesAsSent() throws Exception {
        String text = "{\"comment\": \"caf\u00e9 \u266b\"}";
        create("p.json", text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(workspace.resolve("p.json")));
    }

    /** A JSON object of exactly the given size in bytes. */
    private static byte[] objectOfSize(int size) {
        String head = "{\"pad\": \"";
        String tail = "\"}";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void putOfExactlyTheLimitIsAccepted() throws Exception {
        HttpResponse<byte[]> response = send("PUT", "/api/patches/big.json",
                BodyPublishers.ofByteArray(objectOfSize(PatchBody.MAX_BYTES)));
        assertEquals(201, response.statusCode(), text(response));
        assertEquals(PatchBody.MAX_BYTES, Files.size(workspace.resolve("big.json")));
    }

    @Test
    void putOverTheLimitIs413() throws Exception {
        assertProblem(send("PUT", "/api/patches/big.json",
                BodyPublishers.ofByteArray(objectOfSize(PatchBody.MAX_BYTES + 1))), 413);
        assertFalse(Files.exists(workspace.resolve("big.json")));
    }

    @Test
    void putOverTheLimitWithoutAContentLengthIs413() throws Exception {
        byte[] big = objectOfSize(PatchBody.MAX_BYTES + 1);
        HttpResponse<byte[]> response = send("PUT", "/api/patches/big.json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertProblem(response, 413);
        assertFalse(Files.exists(workspace.resolve("big.json")));
    }

    @Test
    void putThatDeclaresTooLargeABodyIs413BeforeItIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/patches/big.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (PatchBody.MAX_BYTES + 1) + "\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", answer);
        }
        assertFalse(Files.exists(workspace.resolve("big.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"a", "W/", "\"a\" \"b\""})
    void malformedIfMatchIs400(String ifMatch) throws Exception {
        create("p.json", PATCH);
        assertProblem(put("/api/patches/p.json", OTHER, "If-Match", ifMatch), 400);
        assertProblem(delete("/api/patches/p.json", "If-Match", ifMatch), 400);
        assertEquals(PATCH, onDisk("p.json"));
    }

    @Test
    void twoPutsWithTheSameIfMatchLetExactlyOneWin() throws Exception {
        String etag = create("p.json", PATCH);
        for (int round = 0; round < 10; round++) {
            List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + app.port() + "/api/patches/p.json"))
                        .header("If-Match", etag)
                        .PUT(BodyPublishers.ofString("{\"round\": " + round + ", \"writer\": " + i + "}")).build();
                answers.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
            }
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (CompletableFuture<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = etag(response);
                }
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses, "round " + round);
            assertEquals(winner, etag(get("/api/patches/p.json")));
            etag = winner;
        }
    }

    // ---- paths ----

    @ParameterizedTest
    @ValueSource(strings = {"../x.json", "%2e%2e/x.json", "%2E%2E%2Fx.json", "..%2Fx.json", "a/../../x.json",
            "%2Ftmp%2Fx.json", "/tmp/x.json", "..%5Cx.json", ".hidden.json", ".history/p.json", "x.txt"})
    void badPathsAre400ForEveryMethod(String path) throws Exception {
        assertProblem(put("/api/patches/" + path, PATCH), 400);
        assertProblem(put("/api/patches/" + path, PATCH, "If-Match", "*"), 400);
        assertProblem(delete("/api/patches/" + path, "If-Match", "*"), 400);
        assertProblem(get("/api/patches/" + path), 400);
        assertProblem(get("/api/history/" + path), 400);
        assertEquals(List.of(), filesBelow(outside));
        assertEquals(List.of(), filesBelow(temp).stream().filter(f -> !f.startsWith("ws")).toList());
    }

    @Test
    void putThroughASymlinkedFolderPointingOutsideIs400() throws Exception {
        Files.createSymbolicLink(workspace.resolve("linked"), outside);
        assertProblem(put("/api/patches/linked/x.json", PATCH), 400);
        assertProblem(put("/api/patches/linked/deeper/x.json", PATCH), 400);
        assertEquals(List.of(), filesBelow(outside));
    }

    @Test
    void putOverAFolderOrBelowAFileIs400() throws Exception {
        Files.createDirectory(workspace.resolve("folder.json"));
        create("file.json", PATCH);
        assertProblem(put("/api/patches/folder.json", PATCH), 400);
        assertProblem(put("/api/patches/file.json/x.json", PATCH), 400);
    }

    // ---- DELETE ----

    @Test
    void deleteNeedsTheCurrentEtagAndMovesThePatchIntoTheHistory() throws Exception {
        String first = create("sub/p.json", PATCH);
        String second = etag(put("/api/patches/sub/p.json", OTHER, "If-Match", first));
        assertProblem(delete("/api/patches/sub/p.json"), 428);
        JsonNode stale = assertProblem(delete("/api/patches/sub/p.json", "If-Match", first), 409);
        assertEquals(second, stale.path("currentEtag").asText());
        assertEquals(OTHER, onDisk("sub/p.json"));

        HttpResponse<byte[]> deleted = delete("/api/patches/sub/p.json", "If-Match", second);
        assertEquals(204, deleted.statusCode(), text(deleted));
        assertProblem(get("/api/patches/sub/p.json"), 404);
        assertProblem(delete("/api/patches/sub/p.json", "If-Match", "*"), 404);
        assertFalse(text(get("/api/patches")).contains("sub/p.json"));

        JsonNode versions = JSON.readTree(get("/api/history/sub/p.json").body()).path("versions");
        assertEquals(2, versions.size(), versions.toString());
        String newest = versions.get(0).path("version").asText();
        HttpResponse<byte[]> recovered = get("/api/history/sub/p.json?version=" + newest);
        assertEquals(200, recovered.statusCode(), text(recovered));
        assertEquals(OTHER, text(recovered));
        assertEquals(second, etag(recovered));
        assertEquals(201, put("/api/patches/sub/p.json", text(recovered)).statusCode(), "restored by a PUT");
    }

    @Test
    void deleteOfAMissingPatchIs404() throws Exception {
        assertProblem(delete("/api/patches/missing.json", "If-Match", "*"), 404);
        assertProblem(delete("/api/patches/missing.json"), 404);
    }

    // ---- history ----

    @Test
    void historyListsEarlierVersionsNewestFirstAndServesEach() throws Exception {
        String etag = create("p.json", "{\"n\": 0}");
        for (int n = 1; n <= 3; n++) {
            etag = etag(put("/api/patches/p.json", "{\"n\": " + n + "}", "If-Match", etag));
        }
        HttpResponse<byte[]> response = get("/api/history/p.json");
        assertEquals(200, response.statusCode(), text(response));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("p.json", body.path("path").asText());
        JsonNode versions = body.path("versions");
        assertEquals(3, versions.size(), versions.toString());
        for (int i = 0; i < 3; i++) {
            JsonNode version = versions.get(i);
            String expected = "{\"n\": " + (2 - i) + "}";
            assertEquals(expected.length(), version.path("size").asInt());
            assertTrue(version.path("savedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    version.toString());
            assertEquals(expected, text(get("/api/history/p.json?version=" + version.path("version").asText())));
        }
    }

    @Test
    void historyOfAnUnknownPatchOrVersionIs404AndABadVersionIs400() throws Exception {
        assertProblem(get("/api/history/never.json"), 404);
        create("p.json", PATCH);
        assertEquals(0, JSON.readTree(get("/api/history/p.json").body()).path("versions").size());
        assertProblem(get("/api/history/p.json?version=2025-01-31T12-00-00.000Z-000000"), 404);
        assertProblem(get("/api/history/p.json?version=..%2F..%2Fp"), 400);
        assertProblem(get("/api/history/p.json?version="), 400);
    }

    @Test
    void theHistoryIsNeverListedAsPatches() throws Exception {
        String etag = create("p.json", PATCH);
        put("/api/patches/p.json", OTHER, "If-Match", etag);
        JsonNode patches = JSON.readTree(get("/api/patches").body()).path("patches");
        assertEquals("[\"p.json\"]", patches.toString());
    }
}
