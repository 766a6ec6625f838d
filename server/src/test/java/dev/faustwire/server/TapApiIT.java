package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/compile} with an audition tap: one more output, its channel in the answer; bad taps are 400. */
class TapApiIT {
    private static final String SILENT_SINE = TestServer.chain("os.osc 440", "* 0");

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

    private static HttpResponse<String> compile(String tap) {
        return server.post("/api/compile", "{\"patch\": " + SILENT_SINE + (tap == null ? "" : ", \"tap\": " + tap) + "}");
    }

    @Test
    void theTappedWireIsTheOutputAfterThePatchsOwn() {
        HttpResponse<String> response = compile("{\"box\": \"box-1\", \"outlet\": 0}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = TestServer.json(response);
        assertTrue(answer.get("ok").asBoolean(), response.body());
        assertEquals(2, answer.get("outputs").asInt(), "out 1 and the tap");
        assertEquals(1, answer.get("tap").asInt());
        assertTrue(answer.get("dsp").asText().contains("process = Out_1, os_osc_1_0"), answer.get("dsp").asText());
    }

    @Test
    void withoutATapNothingChanges() {
        JsonNode answer = TestServer.json(compile(null));
        assertEquals(1, answer.get("outputs").asInt());
        assertTrue(answer.get("tap").isNull());
        assertFalse(answer.get("dsp").asText().contains("Out_1, "), answer.get("dsp").asText());
    }

    @Test
    void aTapCodegenCannotPlaceIsNull() {
        JsonNode answer = TestServer.json(compile("{\"box\": \"box-9\", \"outlet\": 0}"));
        assertTrue(answer.get("ok").asBoolean(), answer.toString());
        assertEquals(1, answer.get("outputs").asInt());
        assertTrue(answer.get("tap").isNull(), answer.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"box-1\"", "{\"box\": 1, \"outlet\": 0}", "{\"box\": \"box-1\"}",
        "{\"box\": \"box-1\", \"outlet\": -1}", "{\"box\": \"box-1\", \"outlet\": 0.5}", "{\"box\": \"box-1\", \"outlet\": \"0\"}"})
    void aMalformedTapIs400(String tap) {
        HttpResponse<String> response = compile(tap);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("tap"), response.body());
    }
}
