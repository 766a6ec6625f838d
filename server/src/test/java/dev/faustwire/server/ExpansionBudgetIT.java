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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's hang: sub-patcher files that expand without bound. 1,000 uses of a 10,000-box file,
 * and 31 files each naming the next one twice, are answered with the budget's diagnostic (E028)
 * within 2 s, the heap growing less than 200 MB, while other requests keep being answered. Each
 * case prints its figures: heap baseline, peak and growth, elapsed time, side-request latencies.
 * Before the budget (server heap capped at 1 GiB for the run), the first case ran out of memory
 * after 59 s (a 500) and the second was still expanding when the client gave up at 60 s, both
 * with the heap at its 1 GiB cap, and side requests waited up to 5.8 s and 8.4 s.
 */
class ExpansionBudgetIT {
    /** The bounds the issue states. */
    private static final long ANSWER_MILLIS = 2_000;
    private static final long HEAP_GROWTH_BYTES = 200L << 20;
    /** How long the heavy request may take before the test gives up on it (bounds a run of the old code). */
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path workspace = Files.createDirectory(temp.resolve("ws"));
        write(workspace.resolve("big.json"), tenThousandBoxes("1"));
        for (int n = 1; n <= 30; n++) {
            write(workspace.resolve("f" + n + ".json"), twoUses("./f" + (n + 1) + ".json"));
        }
        write(workspace.resolve("f31.json"), TestServer.chain("0.5"));
        Files.writeString(workspace.resolve("small.json"), TestServer.chain("0.25"), StandardCharsets.UTF_8);
        server = new TestServer(workspace, new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A chain of 10,000 boxes: {@code first}, 9,998 times {@code * 0.999}, and {@code out 1}. */
    static String tenThousandBoxes(String first) {
        List<String> texts = new ArrayList<>();
        texts.add(first);
        for (int i = 1; i < 9_999; i++) {
            texts.add("* 0.999");
        }
        return TestServer.chain(texts.toArray(new String[0]));
    }

    /** {@code uses} boxes {@code p reference}, all merged into {@code out 1}. */
    static String uses(String reference, int uses) {
        ObjectNode patch = TestServer.JSON.createObjectNode().put("format", "faustwire-patch");
        ObjectNode boxes = patch.putObject("boxes");
        ObjectNode lines = patch.putObject("lines");
        for (int i = 1; i <= uses; i++) {
            ObjectNode box = boxes.putObject("box-" + i);
            box.put("text", "p " + reference);
            box.putArray("rect").add(20 + 10 * (i % 100)).add(20 + 30 * (i / 100)).add(80).add(22);
            ObjectNode line = lines.putObject("line-" + i);
            line.putArray("src").add("box-" + i).add(0);
            line.putArray("dest").add("box-" + (uses + 1)).add(0);
        }
        ObjectNode out = boxes.putObject("box-" + (uses + 1));
        out.put("text", "out 1");
        out.putArray("rect").add(20).add(400).add(80).add(22);
        return patch.toString();
    }

    /** A file naming {@code reference} twice, the two added into {@code out 1}. */
    static String twoUses(String reference) {
        return "{\"format\": \"faustwire-patch\", \"boxes\": {"
                + "\"box-1\": {\"text\": \"p " + reference + "\", \"rect\": [20, 20, 80, 22]},"
                + "\"box-2\": {\"text\": \"p " + reference + "\", \"rect\": [120, 20, 80, 22]},"
                + "\"box-3\": {\"text\": \"+\", \"rect\": [20, 80, 80, 22]},"
                + "\"box-4\": {\"text\": \"out 1\", \"rect\": [20, 140, 80, 22]}},"
                + "\"lines\": {"
                + "\"line-1\": {\"src\": [\"box-1\", 0], \"dest\": [\"box-3\", 0]},"
                + "\"line-2\": {\"src\": [\"box-2\", 0], \"dest\": [\"box-3\", 1]},"
                + "\"line-3\": {\"src\": [\"box-3\", 0], \"dest\": [\"box-4\", 0]}}}";
    }

    @Test
    void aThousandUsesOfATenThousandBoxFileAreStoppedByTheBudget() throws Exception {
        JsonNode answer = heavy("1,000 uses of a 10,000-box file", uses("./big.json", 1_000));
        answer = heavy("1,000 uses of a 10,000-box file, again", uses("./big.json", 1_000));
        JsonNode diagnostic = budgetDiagnostic(answer);
        // 1,001 boxes at the top, then 10,000 per use: the 5th use crosses 50,000.
        assertEquals("box-5", diagnostic.get("boxId").asText(), answer.toString());
    }

    @Test
    void aThousandSpellingsOfTheTenThousandBoxFileAreReadOnce() throws Exception {
        // ./big.json, ././big.json, ./././big.json...: a thousand references, one file.
        ObjectNode patch = (ObjectNode) TestServer.parse(uses("./big.json", 1_000));
        ObjectNode boxes = (ObjectNode) patch.get("boxes");
        for (int i = 1; i <= 1_000; i++) {
            ((ObjectNode) boxes.get("box-" + i)).put("text", "p " + "./".repeat(i) + "big.json");
        }
        JsonNode answer = heavy("1,000 spellings of a 10,000-box file", patch.toString());
        assertEquals("box-5", budgetDiagnostic(answer).get("boxId").asText(), answer.toString());
    }

    @Test
    void thirtyOneFilesEachNamingTheNextTwiceAreStoppedByTheBudget() throws Exception {
        JsonNode answer = heavy("31 files, each naming the next twice", uses("./f1.json", 1));
        JsonNode diagnostic = budgetDiagnostic(answer);
        assertTrue(diagnostic.get("boxId").asText().startsWith("box-1/"), answer.toString());
    }

    private static JsonNode budgetDiagnostic(JsonNode answer) {
        assertFalse(answer.get("ok").asBoolean(), answer.toString());
        for (JsonNode diagnostic : answer.get("diagnostics")) {
            if (diagnostic.get("code").asText().equals("E028")) {
                return diagnostic;
            }
        }
        throw new AssertionError("no E028 in " + answer);
    }

    /**
     * Sends one heavy compile while a sampler reads the used heap every 5 ms and a side client asks
     * for the patch list and a small compile in turn; prints and checks the figures.
     */
    private static JsonNode heavy(String what, String patch) throws Exception {
        LoadWatch watch = LoadWatch.start(server);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(server.uri("/api/compile")).timeout(GIVE_UP)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"patch\": " + patch + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            LoadWatch.Figures figures = watch.stop();
            System.out.println("[ExpansionBudgetIT] " + what + ": elapsed " + elapsed + " ms, " + figures.describe());
            assertTrue(elapsed < ANSWER_MILLIS, what + " took " + elapsed + " ms");
            assertTrue(figures.growth() < HEAP_GROWTH_BYTES, what + " grew the heap by "
                    + LoadWatch.mib(figures.growth()) + " MiB");
            assertTrue(figures.sideFailures().isEmpty(), figures.sideFailures().toString());
            assertFalse(figures.sideMillis().isEmpty(), "no other request was answered");
        }
        assertEquals(200, response.statusCode(), response.body());
        return TestServer.json(response);
    }
}
