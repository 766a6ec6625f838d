package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.testsupport.Corpus;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/compile} with {@code "poly": true} over real HTTP; without it, the mono answer as before. */
class PolyCompileRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String VOICE = "import(\"stdfaust.lib\");\nprocess = os.osc(hslider(\"freq\", 440, 20, 2000, 1))"
            + " * hslider(\"gain\", 0.5, 0, 1, 0.01) * button(\"gate\");\neffect = _ <: _, _;\n";

    @TempDir
    Path temp;
    Javalin app;

    @BeforeEach
    void start() throws IOException {
        app = FaustwireServer.start("127.0.0.1", 0, Files.createDirectory(temp.resolve("ws")));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> post(JsonNode body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/compile"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCorpusInstrumentIsAnsweredAsVoiceAndEffect() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.set("patch", JSON.readTree(Corpus.read(Corpus.ifc("12-00.dsppat"))));
        body.put("poly", true);
        HttpResponse<String> answer = post(body);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode json = JSON.readTree(answer.body());
        assertTrue(json.path("ok").asBoolean(), answer.body());
        assertTrue(json.path("poly").asBoolean());
        assertEquals(2, json.path("voice").path("outputs").asInt());
        assertEquals(2, json.path("effect").path("inputs").asInt());
        assertEquals(2, json.path("outputs").asInt());
        assertTrue(json.path("voice").path("wasm").asText().startsWith("AGFzbQ"), "wasm in base64");
        assertFalse(json.has("wasm"), "no mono module beside them");
    }

    @Test
    void withoutPolyTheAnswerIsTheMonoOne() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("dsp", VOICE);
        body.put("poly", false);
        JsonNode mono = JSON.readTree(post(body).body());
        assertTrue(mono.path("ok").asBoolean());
        assertTrue(mono.path("wasm").asText().startsWith("AGFzbQ"));
        assertFalse(mono.has("voice"));
        assertEquals(1, mono.path("outputs").asInt(), "the process alone: the effect is not applied");

        body.put("poly", true);
        JsonNode poly = JSON.readTree(post(body).body());
        assertTrue(poly.path("ok").asBoolean(), poly.toString());
        assertEquals(2, poly.path("voice").path("outputs").asInt(), "a mono voice into a stereo-out effect: two, the right silent");
        assertEquals(2, poly.path("effect").path("inputs").asInt());
        assertEquals(2, poly.path("outputs").asInt());
    }

    @Test
    void aMalformedPolyRequestIsRefusedAsAMonoOneIs() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("poly", true);
        assertEquals(400, post(body).statusCode(), "neither patch nor dsp");
        body.put("dsp", 3);
        assertEquals(400, post(body).statusCode(), "dsp that is not text");
    }

    @Test
    void aFailedPolyCompileNamesTheProblem() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("dsp", "process = nosuchthing;\neffect = _;\n");
        body.put("poly", true);
        HttpResponse<String> answer = post(body);
        assertEquals(200, answer.statusCode());
        JsonNode json = JSON.readTree(answer.body());
        assertFalse(json.path("ok").asBoolean());
        assertTrue(json.path("voice").isNull());
        assertTrue(json.path("diagnostics").get(0).path("message").asText().contains("nosuchthing"), answer.body());
    }
}
