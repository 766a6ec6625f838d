package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SlowBodies}: a trickling body is cut short with a 408; a small late body and a steady upload are not. */
class SlowBodiesTest {
    @TempDir
    Path temp;
    Javalin app;

    @BeforeEach
    void start() throws IOException {
        app = ServerApp.create(new Workspace(temp.resolve("ws")), new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /** Sends the head of a PUT, then each part after its pause until an answer comes; the status line of the answer. */
    private String put(String path, long pauseMillis, byte[]... parts) throws Exception {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/patches/" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (byte[] part : parts) {
                    Thread.sleep(pauseMillis);
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                    out.write(part);
                    out.flush();
                }
            } catch (IOException e) {
                // the server may answer and close before the last part
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.substring(0, answer.indexOf("\r\n"));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSmallBodyInPartsAMomentApartIsServed() throws Exception {
        assertEquals("HTTP/1.1 201 Created", put("late.json", 200, bytes("{\"boxes\""), bytes(": {}}")));
    }

    @Test
    void aBodyOfOneBytePerSecondIsCutShortWithA408WithinSeconds() throws Exception {
        byte[][] parts = new byte[30][];
        parts[0] = bytes("{");
        for (int i = 1; i < parts.length; i++) {
            parts[i] = bytes(i == parts.length - 1 ? "}" : " ");
        }
        long start = System.nanoTime();
        String status = put("slow.json", 1000, parts);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("a body of one byte a second was answered with " + status + " after " + millis + " ms");
        assertTrue(status.startsWith("HTTP/1.1 408"), status);
        assertTrue(millis < 10_000, "the thread was freed long before the body's 30 s: " + millis + " ms");
    }

    @Test
    void aBodyThatStopsAfterItsFirstByteIsCutShortByTheWatchdog() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("PUT /api/patches/silent.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            byte[] answer = socket.getInputStream().readAllBytes();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("a body that stopped after one byte was cut after " + millis + " ms ("
                    + answer.length + " bytes of answer)");
            assertTrue(millis < 3000, "cut long before the 10 s blocking timeout: " + millis + " ms");
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("HTTP/1.1 408"), text);
        }
    }

    @Test
    void aSteadyUploadFasterThanTheMinimumIsServed() throws Exception {
        byte[][] parts = new byte[12][];
        parts[0] = bytes("{\"pad\": \"");
        for (int i = 1; i < parts.length - 1; i++) {
            parts[i] = bytes("x".repeat(2048));
        }
        parts[parts.length - 1] = bytes("\"}");
        assertEquals("HTTP/1.1 201 Created", put("steady.json", 250, parts), "about 8 KiB a second for 3 s");
    }
}
