package dev.faustwire.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real server on 127.0.0.1 and a free port, with a JSON client; closing it stops the server. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Javalin app;
    final Path workspace;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(Path workspace, CompileService compiles) throws IOException {
        this.workspace = workspace;
        this.app = FaustwireServer.create(new Workspace(workspace), compiles).start("127.0.0.1", 0);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<byte[]> postForBytes(String path, String body) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs {@code {"dsp": code}} to /api/compile and returns the JSON answer (status 200 asserted by callers). */
    HttpResponse<String> compileDsp(String code) {
        ObjectNode body = JSON.createObjectNode().put("dsp", code);
        return post("/api/compile", body.toString());
    }

    HttpResponse<String> compilePatch(String patchJson) {
        return post("/api/compile", "{\"patch\": " + patchJson + "}");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** A patch of boxes wired in a chain, the last one into {@code out 1}; box ids are box-1, box-2, ... */
    static String chain(String... texts) {
        ObjectNode patch = JSON.createObjectNode().put("format", "faustwire-patch");
        ObjectNode boxes = patch.putObject("boxes");
        ObjectNode lines = patch.putObject("lines");
        List<String> all = new ArrayList<>(List.of(texts));
        all.add("out 1");
        for (int i = 0; i < all.size(); i++) {
            ObjectNode box = boxes.putObject("box-" + (i + 1));
            box.put("text", all.get(i));
            box.putArray("rect").add(20 + 90 * i).add(20).add(80).add(22);
            if (i > 0) {
                ObjectNode line = lines.putObject("line-" + i);
                line.putArray("src").add("box-" + i).add(0);
                line.putArray("dest").add("box-" + (i + 1)).add(0);
            }
        }
        return patch.toString();
    }

    @Override
    public void close() {
        app.stop();
    }
}
