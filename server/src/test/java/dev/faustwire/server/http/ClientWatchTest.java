package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ClientWatch} on a real Javalin server: work stops at its deadline and when its client goes. */
class ClientWatchTest {
    private ClientWatch watch;
    private Javalin app;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong stoppedAt = new AtomicLong();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        watch = new ClientWatch();
        app = Javalin.create(config -> config.showJavalinBanner = false);
        app.get("/slow/{millis}", ctx -> ctx.result(watch.during(ctx, Duration.ofMillis(Long.parseLong(ctx.pathParam("millis"))),
                this::sleepLong)));
        app.get("/interrupted", ctx -> ctx.result(Boolean.toString(Thread.currentThread().isInterrupted())));
        Problems.register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        watch.close();
    }

    private String sleepLong() throws InterruptedException {
        try {
            Thread.sleep(30_000);
            return "slept";
        } catch (InterruptedException e) {
            stoppedAt.set(System.nanoTime());
            stopped.countDown();
            throw e;
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void workPastItsDeadlineIsStoppedWith503() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get("/slow/300");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("took longer than"), response.body());
        assertTrue(seconds < 2, "answered after " + seconds + " s");
        for (int i = 0; i < 20; i++) {
            assertEquals("false", get("/interrupted").body(), "an interrupt leaked into Jetty's thread");
        }
    }

    @Test
    void workOfAClientThatClosedItsConnectionIsStopped() throws Exception {
        try (Socket client = new Socket("127.0.0.1", app.port())) {
            OutputStream out = client.getOutputStream();
            out.write("GET /slow/60000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            long left = System.nanoTime();
            client.close();

            assertTrue(stopped.await(5, TimeUnit.SECONDS), "the work went on after its client left");
            double seconds = (stoppedAt.get() - left) / 1e9;
            System.out.printf("work of a client that closed its connection stopped %.2f s later%n", seconds);
            assertTrue(seconds < 1, "stopped " + seconds + " s after the client left");
        }
        // the work is stopped before its request thread counts the gone client, in its finally
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (watch.clientsGone() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, watch.clientsGone());
    }

    @Test
    void workOfAClientThatHalfClosedIsStoppedToo() throws Exception {
        try (Socket client = new Socket("127.0.0.1", app.port())) {
            OutputStream out = client.getOutputStream();
            out.write("GET /slow/60000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            client.shutdownOutput();

            assertTrue(stopped.await(5, TimeUnit.SECONDS), "the work went on after its client half-closed");
        }
    }
}
