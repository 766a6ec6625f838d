package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's heavy code generations: 40 requests at once, each generating 20,000 boxes (a 10,000-box
 * file used twice, copied since it holds an unlabelled slider), run on the bounded generation pool,
 * not on 40 request threads at once. The heap holds what a few generations hold, not forty, and
 * the patch list and a small compile keep being answered. Figures are printed. Before the pool, the
 * forty ran together on request threads: 17.5 s, and the heap held 2,666 MiB more after a collection.
 */
class ConcurrentGenerationIT {
    private static final int REQUESTS = 40;
    /**
     * What the heap may hold more after a collection: far below what forty generations together hold
     * (several GiB), above what the pool's few at once do. Garbage is not counted: a young generation
     * lets gigabytes of it pile up between collections on a large heap, whatever the server does.
     */
    private static final long LIVE_GROWTH_BYTES = 512L << 20;
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path workspace = Files.createDirectory(temp.resolve("ws"));
        Files.writeString(workspace.resolve("knobs.json"), ExpansionBudgetIT.tenThousandBoxes("hslider"),
                StandardCharsets.UTF_8);
        server = new TestServer(workspace, new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Two uses of the file into {@code out 1}, and a box no library knows, so nothing reaches the compiler. */
    private static String heavyPatch(int n) {
        ObjectNode patch = (ObjectNode) TestServer.parse(ExpansionBudgetIT.uses("./knobs.json", 2));
        ObjectNode unknown = ((ObjectNode) patch.get("boxes")).putObject("box-9");
        unknown.put("text", "nosuchbox" + n);
        unknown.putArray("rect").add(300).add(300).add(80).add(22);
        return patch.toString();
    }

    @Test
    void fortyHeavyGenerationsAtOnceStayWithinTheirPool() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        LoadWatch watch = LoadWatch.start(server);
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(server.uri("/api/compile")).timeout(GIVE_UP)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"patch\": " + heavyPatch(i) + "}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        int generated = 0;
        int refused = 0;
        try {
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.join();
                if (response.statusCode() == 503) {
                    assertTrue(response.headers().firstValue("Retry-After").isPresent(), response.body());
                    refused++;
                    continue;
                }
                assertEquals(200, response.statusCode(), response.body());
                JsonNode report = TestServer.json(response);
                assertFalse(report.get("ok").asBoolean(), response.body());
                assertTrue(report.get("diagnostics").toString().contains("E010"), response.body());
                generated++;
            }
        } finally {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            LoadWatch.Figures figures = watch.stop();
            System.out.println("[ConcurrentGenerationIT] " + REQUESTS + " generations of 20,000 boxes at once: "
                    + generated + " answered, " + refused + " refused, all in " + elapsed + " ms; " + figures.describe());
            assertTrue(figures.liveGrowth() < LIVE_GROWTH_BYTES, "the heap held "
                    + LoadWatch.mib(figures.liveGrowth()) + " MiB more after a collection");
            assertTrue(figures.sideFailures().isEmpty(), figures.sideFailures().toString());
            assertFalse(figures.sideMillis().isEmpty(), "no other request was answered");
        }
        assertEquals(REQUESTS, generated + refused);
        assertTrue(generated > 0, "every heavy request was refused");
    }
}
