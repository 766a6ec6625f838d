package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.testsupport.Corpus;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corpus Gen files broken at random (a value anywhere replaced by another kind, a key dropped, the text
 * cut short) sent to {@code /api/import-gen}: every answer is a 200 or a 422 whose report the page reads,
 * never a 500. Where the importer stops on a file (or gives a patch that cannot be written), the report
 * says so (G072) and the cases are printed for the importer's authors.
 */
class GenImportFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 16L);
    private static final int REQUESTS = Integer.getInteger("fuzz.gen.requests", 1500);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TEXTS = List.of("", " ", "in", "in 0", "in 99999999", "out -1", "param", "param x 1e308",
            "history", "delay 1e12", "delay -5", "gen @file ../../etc/passwd", "gen @file x", "codebox", "expr",
            "+ 1 2 3 4", "* samplerate*1e300", "data d -1", "buffer b", "send", "receive", "p", "trig", "\ud800", "é✓",
            "out 1 @min 1 @max 0", "cycle 440 @index phase", "x.gendsp", "setparam", "f", "0");

    @TempDir
    Path temp;

    private Random random;
    private HttpClient http;

    @Test
    void brokenGenFilesGetAReportAndNeverStopTheImporter() throws Exception {
        random = new Random(SEED);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Path> files = new ArrayList<>(Corpus.files(Corpus.root().resolve("gen"), ".gendsp"));
        files.addAll(Corpus.files(Corpus.root().resolve("gen"), ".maxpat"));
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Files.copy(Corpus.root().resolve("gen/mischmasch/Components/Palette/code/trig.gendsp"), workspace.resolve("trig.gendsp"));
        Files.writeString(workspace.resolve("x.gendsp"), "{\"patcher\": {\"boxes\": [{\"box\": {\"id\": \"obj-1\", \"text\": \"x\"}}]}}");
        Javalin app = FaustwireServer.start("127.0.0.1", 0, workspace);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                Path file = files.get(random.nextInt(files.size()));
                String text = broken(Files.readString(file));
                HttpResponse<byte[]> response = post(app.port(), file.getFileName().toString(), text);
                String answer = new String(response.body(), StandardCharsets.UTF_8);
                String outcome = Integer.toString(response.statusCode());
                if (response.statusCode() == 200 || response.statusCode() == 422) {
                    ImportAnswer read = ImportAnswer.read(answer);
                    for (var d : read.report()) {
                        if (d.code().id().equals("G072")) {
                            outcome = "422 G072";
                            stops.add(file.getFileName() + ": " + d.message());
                        }
                    }
                } else {
                    failures.add(file.getFileName() + " -> " + outcome + ": " + text.substring(0, Math.min(300, text.length())));
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        } finally {
            app.stop();
        }
        System.out.println("[import-gen fuzz] seed " + SEED + ", " + REQUESTS + " broken files: " + outcomes);
        stops.stream().limit(5).forEach(stop -> System.out.println("[import-gen fuzz] the importer stopped (G072): " + stop));
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " broken files failed");
    }

    private HttpResponse<byte[]> post(int port, String name, String text) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("text", text);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + GenImportRoutesTest.ROUTE))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The file with one to four random breaks; one in ten is cut short as text instead. */
    private String broken(String text) throws Exception {
        if (random.nextInt(10) == 0) {
            return text.substring(0, random.nextInt(text.length()));
        }
        JsonNode root = JSON.readTree(text);
        int breaks = 1 + random.nextInt(4);
        for (int i = 0; i < breaks; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode container = containers.get(random.nextInt(containers.size()));
            if (container instanceof ObjectNode object && object.size() > 0) {
                List<String> keys = new ArrayList<>();
                object.fieldNames().forEachRemaining(keys::add);
                String key = keys.get(random.nextInt(keys.size()));
                if (random.nextInt(5) == 0) {
                    object.remove(key);
                } else {
                    object.set(key, value(key));
                }
            } else if (container instanceof ArrayNode array && array.size() > 0) {
                int at = random.nextInt(array.size());
                if (random.nextInt(5) == 0) {
                    array.add(array.get(at).deepCopy());
                } else {
                    array.set(at, value(""));
                }
            }
        }
        return root.toString();
    }

    private void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    /** A value of any kind; for a box's text most often another box text. */
    private JsonNode value(String key) {
        if (key.equals("text") || random.nextInt(3) == 0) {
            return NODES.textNode(TEXTS.get(random.nextInt(TEXTS.size())));
        }
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(2000) - 1000);
            case 2 -> NODES.numberNode(random.nextBoolean() ? 1e308 : -0.0);
            case 3 -> NODES.numberNode(Long.MAX_VALUE);
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.arrayNode().add(random.nextInt(5)).add("obj-" + random.nextInt(30)).add(-1);
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode();
            default -> NODES.objectNode().set("box", NODES.objectNode().put("id", "obj-" + random.nextInt(30))
                    .put("text", TEXTS.get(random.nextInt(TEXTS.size()))).put("numinlets", random.nextInt(4) - 1));
        };
    }
}
