package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SnapshotHandlers} over real HTTP: save, list, read, delete; names that would leave the folder; bodies refused. */
class SnapshotRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String SNAPSHOT = """
            {
              "audio": {
                "latency": "interactive",
                "outputDevice": "",
                "sampleRate": 0
              },
              "format": "faustwire-snapshot",
              "slots": [
                {
                  "id": "editor",
                  "inputs": [],
                  "level": 0.5,
                  "muted": false,
                  "name": "osc.json",
                  "playing": true,
                  "presets": [],
                  "source": {
                    "kind": "dsp",
                    "text": "process = os.osc(440);"
                  },
                  "values": {
                    "/osc/freq": 220
                  }
                }
              ],
              "version": 1
            }
            """;

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

    private HttpResponse<byte[]> send(String method, String rawPath, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + rawPath))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(text.contains(temp.toString()), "revealed the workspace location: " + text);
        return response;
    }

    private HttpResponse<byte[]> put(String name, String body) throws IOException, InterruptedException {
        return send("PUT", "/api/snapshots/" + name, body.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names() throws IOException, InterruptedException {
        JsonNode list = JSON.readTree(send("GET", "/api/snapshots", null).body()).get("snapshots");
        return JSON.convertValue(list, List.class);
    }

    @Test
    void savesListsReadsAndDeletes() throws Exception {
        assertEquals(List.of(), names());
        assertEquals(201, put("live%20set", SNAPSHOT).statusCode());
        assertEquals(200, put("live%20set", SNAPSHOT.replace("0.5", "0.25")).statusCode());
        assertEquals(201, put("b", SNAPSHOT).statusCode());
        assertEquals(List.of("b", "live set"), names());
        Path file = workspace.resolve("snapshots/live set.snapshot.json");
        assertEquals(SNAPSHOT.replace("0.5", "0.25"), Files.readString(file));
        HttpResponse<byte[]> read = send("GET", "/api/snapshots/live%20set", null);
        assertEquals(200, read.statusCode());
        assertArrayEquals(Files.readAllBytes(file), read.body());
        assertEquals(204, send("DELETE", "/api/snapshots/live%20set", null).statusCode());
        assertFalse(Files.exists(file));
        assertEquals(List.of("b"), names());
        assertEquals(404, send("GET", "/api/snapshots/live%20set", null).statusCode());
        assertEquals(404, send("DELETE", "/api/snapshots/live%20set", null).statusCode());
        try (var kept = Files.list(workspace.resolve(".history/snapshots/live set.snapshot.json"))) {
            assertEquals(2, kept.count(), "the replaced and the deleted version are kept");
        }
    }

    @Test
    void theEditorsPatchListShowsNoSnapshot() throws Exception {
        assertEquals(201, put("set", SNAPSHOT).statusCode());
        Files.writeString(workspace.resolve("snapshots/tune.json"), "{}");
        String patches = new String(send("GET", "/api/patches", null).body(), StandardCharsets.UTF_8);
        assertFalse(patches.contains("snapshot.json"), patches);
        assertTrue(patches.contains("snapshots/tune.json"), patches);
        assertEquals(400, send("GET", "/api/patches/snapshots/set.snapshot.json", null).statusCode(),
                "a snapshot is not opened as a patch");
        assertEquals(400, send("PUT", "/api/patches/snapshots/x.snapshot.json",
                "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {}, \"lines\": {}}".getBytes()).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fescape", "..", "%2E%2E", "a%2Fb", "a%5Cb", ".hidden", "%20lead", "a%0Ab", "a%00b",
        "..%2Fws%2Fsnapshots%2Fx"})
    void namesThatWouldLeaveTheFolderAreRefused(String name) throws Exception {
        int status = put(name, SNAPSHOT).statusCode();
        assertTrue(status == 400 || status == 404, name + " gave " + status);
        try (var files = Files.walk(temp)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".snapshot.json")).toList(), name);
        }
        int read = send("GET", "/api/snapshots/" + name, null).statusCode();
        assertTrue(read == 400 || read == 404, name + " gave " + read);
    }

    @Test
    void aLongNameIsRefused() throws Exception {
        assertEquals(400, put("x".repeat(101), SNAPSHOT).statusCode());
        assertEquals(201, put("x".repeat(100), SNAPSHOT).statusCode());
    }

    @Test
    void bodiesThatAreNoCanonicalSnapshotAreRefused() throws Exception {
        String[] bodies = {
            "", "not json", "[1]", "{\"format\": \"faustwire-snapshot\"", SNAPSHOT + "{}",
            SNAPSHOT.replace("faustwire-snapshot", "faustwire-patch"),
            SNAPSHOT.replace("\"version\": 1", "\"version\": 2"),
            SNAPSHOT.replace("\"version\": 1", "\"version\": 1.5"),
            SNAPSHOT.replace("\"slots\": [", "\"slots\": 3, \"x\": ["),
            SNAPSHOT.replace("\"audio\": {", "\"audio\": 3, \"x\": {"),
            SNAPSHOT.replace("  \"format\"", "\"format\""),
            SNAPSHOT.replace("0.5", "0.50"),
            SNAPSHOT.trim(),
            SNAPSHOT.replace("\"format\": \"faustwire-snapshot\",", "\"format\": \"faustwire-snapshot\", \"format\": \"x\","),
            SNAPSHOT.replace("0.5", "1e400"),
        };
        for (String body : bodies) {
            HttpResponse<byte[]> response = put("bad", body);
            assertEquals(400, response.statusCode(), body + " -> " + new String(response.body(), StandardCharsets.UTF_8));
        }
        assertEquals(400, send("PUT", "/api/snapshots/bad", new byte[] {(byte) 0xC3, (byte) 0x28}).statusCode());
        assertFalse(Files.exists(workspace.resolve("snapshots/bad.snapshot.json")));
    }

    @Test
    void aHugeBodyIsRefusedAndNothingIsWritten() throws Exception {
        StringBuilder huge = new StringBuilder(SNAPSHOT.substring(0, SNAPSHOT.length() - 2));
        huge.append(",\n  \"x\": \"");
        huge.append("a".repeat(SnapshotHandlers.MAX_BYTES));
        huge.append("\"\n}\n");
        assertEquals(413, put("huge", huge.toString()).statusCode());
        assertFalse(Files.exists(workspace.resolve("snapshots/huge.snapshot.json")));
    }

    @Test
    void aSnapshotsFolderThatIsALinkIsNotFollowed() throws Exception {
        Path outside = Files.createDirectory(temp.resolve("outside"));
        Files.createSymbolicLink(workspace.resolve("snapshots"), outside);
        assertEquals(400, put("x", SNAPSHOT).statusCode());
        Files.writeString(outside.resolve("secret.snapshot.json"), SNAPSHOT);
        assertEquals(400, send("GET", "/api/snapshots/secret", null).statusCode());
        assertEquals(List.of(), names());
        try (var files = Files.list(outside)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aSnapshotFileThatIsALinkIsNotRead() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createDirectory(workspace.resolve("snapshots"));
        Files.createSymbolicLink(workspace.resolve("snapshots/s.snapshot.json"), secret);
        assertEquals(404, send("GET", "/api/snapshots/s", null).statusCode());
        assertEquals(List.of(), names());
    }
}
