package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code Server-Timing} header of {@code POST /api/compile}: every phase of a compile, then a cache hit. */
class ServerTimingIT {
    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(Files.createDirectory(temp.resolve("ws")),
                new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCompileSaysWhereItsTimeWent() {
        HttpResponse<String> first = server.compilePatch(TestServer.chain("os.osc 440", "* 0.125"));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(List.of("request", "codegen", "queue", "job", "spawn", "sandbox+faust", "read", "describe",
                "cleanup", "json"), phases(first), header(first));
        assertTrue(TestServer.json(first).get("ok").asBoolean());

        HttpResponse<String> again = server.compilePatch(TestServer.chain("os.osc 440", "* 0.125"));
        assertEquals(List.of("request", "codegen", "cache", "json"), phases(again), "the same program is not compiled again");
        assertEquals(first.body(), again.body());
    }

    @Test
    void aPatchThatDoesNotGenerateIsNotCompiled() {
        HttpResponse<String> response = server.compilePatch(TestServer.chain("nosuchbox 3"));
        assertEquals(200, response.statusCode());
        assertEquals(List.of("request", "codegen", "json"), phases(response), header(response));
    }

    private static String header(HttpResponse<String> response) {
        return response.headers().firstValue("Server-Timing").orElse("");
    }

    private static List<String> phases(HttpResponse<String> response) {
        List<String> names = new ArrayList<>();
        for (String item : header(response).split(", ")) {
            String[] fields = item.split(";dur=");
            assertEquals(2, fields.length, item);
            assertTrue(Double.parseDouble(fields[1]) >= 0, item);
            names.add(fields[0]);
        }
        return names;
    }
}
