package dev.faustwire.server.live;

import dev.faustwire.server.FaustwireServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real server for the live tests, on a host and port 0, with plain HTTP GETs and socket addresses. */
final class LiveServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final Javalin app;
    final String host;

    LiveServer(String listenHost, String host, LiveOptions options) throws IOException {
        Path workspace = Files.createTempDirectory("live-ws");
        this.app = FaustwireServer.start(listenHost, 0, workspace, options);
        this.host = host;
    }

    /** On 127.0.0.1 with these options. */
    static LiveServer local(LiveOptions options) throws IOException {
        return new LiveServer("127.0.0.1", "127.0.0.1", options);
    }

    String http(String path) {
        return "http://" + host + ":" + app.port() + path;
    }

    String ws(String path) {
        return "ws://" + host + ":" + app.port() + path;
    }

    HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(http(path))).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
