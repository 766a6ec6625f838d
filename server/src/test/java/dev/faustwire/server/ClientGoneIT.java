package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: work for a client that has gone is cancelled. A client sends a request whose compile (or
 * code-box probe) would hold the only worker for 10 s (5 s), then closes its connection; the faust
 * process is killed and the worker is free for the next request at once. (Code generation itself is
 * bounded by codegen's expansion budget, about a second at the most; a generation still queued when its
 * client goes is cancelled with its wait, as WorkPoolTest shows.)
 */
class ClientGoneIT {
    @TempDir
    Path temp;

    @Test
    void aCompileWhoseClientLeftIsCancelled() throws Exception {
        String body = TestServer.JSON.createObjectNode().put("dsp", "process = @(1<<30);").toString();
        leaveAndMeasure(body, "compile");
    }

    @Test
    void aProbeWhoseClientLeftIsCancelled() throws Exception {
        ObjectNode patch = TestServer.JSON.createObjectNode();
        ObjectNode boxes = patch.putObject("boxes");
        boxes.putObject("box-1").put("text", "code").putObject("data").put("value", "process = @(1<<30) + 1;");
        boxes.putObject("box-2").put("text", "out 1");
        ObjectNode line = patch.putObject("lines").putObject("line-1");
        line.putArray("src").add("box-1").add(0);
        line.putArray("dest").add("box-2").add(0);
        leaveAndMeasure("{\"patch\": " + patch + "}", "probe");
    }

    private static Socket send(TestServer server, String body) throws IOException {
        Socket client = new Socket("127.0.0.1", server.app.port());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = client.getOutputStream();
        out.write(("POST /api/compile HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        return client;
    }

    private void leaveAndMeasure(String body, String what) throws Exception {
        CompileService compiles = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 1, 8, 16L << 20);
        try (TestServer server = new TestServer(Files.createDirectory(temp.resolve("ws")), compiles)) {
            Socket client = send(server, body);
            waitUntil(() -> faustRunning() > 0, 20);
            Thread.sleep(300);

            long left = System.nanoTime();
            client.close();
            waitUntil(() -> faustRunning() == 0, 20);
            double killedAfter = (System.nanoTime() - left) / 1e9;
            HttpResponse<String> next = server.compileDsp("process = _ + 7;");
            double nextAfter = (System.nanoTime() - left) / 1e9;

            System.out.printf("a %s whose client left: faust stopped %.2f s later, the next compile answered %.2f s later%n",
                    what, killedAfter, nextAfter);
            assertEquals(200, next.statusCode(), next.body());
            assertTrue(TestServer.json(next).get("ok").asBoolean(), next.body());
            assertTrue(killedAfter < 3, "faust ran on " + killedAfter + " s for a client that had gone");
            assertTrue(nextAfter < 4, "the only worker stayed busy " + nextAfter + " s for a client that had gone");
        }
    }

    /** Processes this JVM started that still run (the sandboxed compilers). */
    private static long faustRunning() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
    }

    private static boolean eventually(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the condition did not come true in " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }
}
