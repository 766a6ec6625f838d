package dev.faustwire.server.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A test's WebSocket to the live routes (the JDK's client): what it hears, queued; the close status when closed. */
final class LiveClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final BlockingQueue<JsonNode> heard;
    final CompletableFuture<Integer> closed;
    private final WebSocket socket;

    private LiveClient(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.heard = listener.heard;
        this.closed = listener.closed;
    }

    /** Opens a socket; throws the handshake's failure (a {@link WebSocketHandshakeException} for a refusal). */
    static LiveClient open(String uri) throws Exception {
        Listener listener = new Listener();
        try {
            WebSocket socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(uri), listener).get(20, TimeUnit.SECONDS);
            return new LiveClient(socket, listener);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The HTTP status a refused handshake got (the socket never opened), or -1 when it opened. */
    static int refusal(String uri) throws Exception {
        try (LiveClient client = open(uri)) {
            return -1;
        } catch (WebSocketHandshakeException e) {
            return e.getResponse().statusCode();
        }
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(20, TimeUnit.SECONDS);
    }

    /** The next message heard, waiting up to 10 s; fails when none comes. */
    JsonNode next() throws InterruptedException {
        JsonNode m = heard.poll(10, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no message within 10 s");
        }
        return m;
    }

    /** The next message of a type, skipping others. */
    JsonNode next(String type) throws InterruptedException {
        while (true) {
            JsonNode m = next();
            if (m.path("type").asText().equals(type)) {
                return m;
            }
        }
    }

    /** Nothing more heard within this time. */
    JsonNode quietFor(long millis) throws InterruptedException {
        return heard.poll(millis, TimeUnit.MILLISECONDS);
    }

    int closeStatus() throws InterruptedException, ExecutionException, TimeoutException {
        return closed.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {
        final BlockingQueue<JsonNode> heard = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    heard.add(JSON.readTree(text));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
