package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile Faust through the real server and the real sandboxed compiler: files outside the job
 * folder cannot be read, the network cannot be reached, runaway compiles end as timeouts, and no
 * answer carries a file's content or a server path.
 */
class SandboxSecurityIT {
    @TempDir
    static Path temp;

    static TestServer server;
    static ServerSocket listener;
    static final AtomicInteger connections = new AtomicInteger();
    static Thread acceptor;

    @BeforeAll
    static void start() throws IOException {
        Path workspace = Files.createDirectory(temp.resolve("ws"));
        Files.writeString(temp.resolve("x.lib"), "secret = 42;\n");
        Files.writeString(workspace.resolve("x.lib"), "secret = 43;\n");
        server = new TestServer(workspace, new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(SandboxSecurityIT::countConnections, "listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void countConnections() {
        while (!listener.isClosed()) {
            try (Socket ignored = listener.accept()) {
                connections.incrementAndGet();
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        listener.close();
    }

    /** Strings that would show a leak: server folders and pieces of the files tried. */
    static List<String> forbidden() throws IOException {
        List<String> words = new ArrayList<>(List.of("/usr/share", "/usr/local", "/tmp", "/job", "/root", "/home",
                "include_pathnames", "library_list", "root:x:0", "secret = 4", "nologin",
                server.workspace.toString(), temp.toString()));
        String hostname = Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip();
        if (hostname.length() >= 6) {
            words.add(hostname);
        }
        return words;
    }

    static void assertNoLeak(String body) throws IOException {
        for (String word : forbidden()) {
            assertFalse(body.contains(word), () -> "the answer contains \"" + word + "\": " + body);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import(\"/etc/passwd\");\nprocess = _;",
        "process = component(\"/etc/hostname\");",
        "process = library(\"../../x.lib\").secret;",
        "process = library(\"../x.lib\").secret;",
        "process = library(\"/proc/self/environ\").x;",
        "import(\"/etc/shadow\");\nprocess = _;",
        "process = soundfile(\"/etc/passwd\", 1);",
        "declare x \"/etc/passwd\";\nimport(\"/usr/share/faust/../../../etc/passwd\");\nprocess = _;"
    })
    void filesOutsideTheJobCannotBeRead(String dsp) throws IOException {
        HttpResponse<String> response = server.compileDsp(dsp);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = TestServer.json(response);
        assertNoLeak(stripEcho(response.body(), dsp));
        if (dsp.contains("soundfile")) {
            return; // a soundfile is opened by the audio runtime, not the compiler: nothing to read here
        }
        assertFalse(answer.get("ok").asBoolean(), response.body());
        assertEquals("E016", answer.at("/diagnostics/0/code").asText(), response.body());
    }

    @Test
    void aCodeBoxCannotReadFilesEither() throws IOException {
        String patch = TestServer.chain("code @ins 0 @outs 1 \"import(\\\"/etc/passwd\\\"); process = 1;\"");
        HttpResponse<String> response = server.compilePatch(patch);
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(TestServer.json(response).get("ok").asBoolean(), response.body());
        assertNoLeak(response.body());
    }

    @Test
    void theNetworkCannotBeReached() throws IOException {
        int before = connections.get();
        String dsp = "import(\"http://127.0.0.1:" + listener.getLocalPort() + "/x.lib\");\nprocess = _;";
        HttpResponse<String> response = server.compileDsp(dsp);
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(TestServer.json(response).get("ok").asBoolean(), response.body());
        assertNoLeak(stripEcho(response.body(), dsp));
        assertEquals(before, connections.get(), "the listener received a connection from the compiler");
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
            assertTrue(probe.isConnected(), "the listener itself works");
        }
    }

    @Test
    void aWidePartimesOutAndTheServerAnswersRightAfter() throws IOException {
        assertTimesOut("process = par(i, 100000, _);");
        assertSmallProgramCompiles();
    }

    @Test
    void aHugeDelayTimesOutAndTheServerAnswersRightAfter() throws IOException {
        assertTimesOut("process = @(1<<30);");
        assertSmallProgramCompiles();
    }

    private static void assertTimesOut(String dsp) throws IOException {
        long start = System.nanoTime();
        HttpResponse<String> response = server.compileDsp(dsp);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s ended as a timeout in %.1f s%n", dsp, seconds);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = TestServer.json(response);
        assertFalse(answer.get("ok").asBoolean());
        assertEquals("E017", answer.at("/diagnostics/0/code").asText(), response.body());
        assertNoLeak(stripEcho(response.body(), dsp));
    }

    private static void assertSmallProgramCompiles() {
        long start = System.nanoTime();
        HttpResponse<String> response = server.compileDsp("process = _ * 0.5 + " + System.nanoTime() % 1000 + ";");
        double millis = (System.nanoTime() - start) / 1e6;
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(TestServer.json(response).get("ok").asBoolean(), response.body());
        System.out.printf("a small compile right after answered in %.0f ms%n", millis);
    }

    @Test
    void aSuccessfulCompileSendsNoServerPath() throws IOException {
        HttpResponse<String> response = server.compileDsp(
                "import(\"stdfaust.lib\");\nprocess = os.osc(440) : fi.lowpass(2, 1000) : re.mono_freeverb(0.5, 0.5, 0.5, 10);");
        JsonNode answer = TestServer.json(response);
        assertTrue(answer.get("ok").asBoolean(), response.body());
        assertNoLeak(response.body());
    }

    /** The answer echoes the program in "dsp"; what the user typed is not a leak, so it is taken out. */
    private static String stripEcho(String body, String dsp) {
        return body.replace(TestServer.JSON.valueToTree(dsp).toString(), "\"\"");
    }
}
