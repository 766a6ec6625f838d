package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/import-gen} over real HTTP: what it refuses, and that it never writes into the workspace. */
class GenImportRoutesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String ROUTE = "/api/import-gen";

    @TempDir
    Path temp;
    Path workspace;
    Javalin app;

    @BeforeEach
    void start() throws IOException {
        workspace = Files.createDirectory(temp.resolve("ws"));
        app = FaustwireServer.start("127.0.0.1", 0, workspace);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /** Posts a body; every answer is checked never to reveal where the workspace is. */
    HttpResponse<byte[]> post(BodyPublisher body) throws IOException, InterruptedException {
        return post(app.port(), body);
    }

    HttpResponse<byte[]> post(int port, BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ROUTE))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").POST(body).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(text.contains(temp.toString()) || text.contains(temp.toRealPath().toString()),
                "the answer revealed the workspace location: " + text);
        return response;
    }

    HttpResponse<byte[]> post(String body) throws IOException, InterruptedException {
        return post(BodyPublishers.ofString(body));
    }

    static String request(String name, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("text", text);
        return body.toString();
    }

    static JsonNode assertProblem(HttpResponse<byte[]> response, int status) throws IOException {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), text);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), text);
        JsonNode problem = JSON.readTree(response.body());
        assertFalse(problem.path("detail").asText().isBlank(), text);
        return problem;
    }

    private List<String> workspaceFiles() throws IOException {
        try (Stream<Path> files = Files.walk(workspace)) {
            return files.filter(Files::isRegularFile).map(f -> workspace.relativize(f).toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[]", "\"comb.gendsp\"", "{\"name\": \"a.gendsp\", \"text\": \"x\"} {}",
        "{\"name\": \"a.gendsp\", \"name\": \"b.gendsp\", \"text\": \"x\"}", "{\"name\": \"a.gendsp\"}",
        "{\"text\": \"{}\"}", "{\"name\": 3, \"text\": \"{}\"}", "{\"name\": \"a.gendsp\", \"text\": {\"patcher\": {}}}",
        "{\"name\": \"a.gendsp\", \"text\": 1e400}", ""})
    void aMalformedRequestIs400(String body) throws Exception {
        assertProblem(post(body), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../comb.gendsp", "../../etc/passwd.gendsp", "/etc/comb.gendsp", "folder/comb.gendsp",
        "..\\comb.gendsp", "C:comb.gendsp", ".hidden.gendsp", "comb.gendsp\u0000.json", "comb\n.gendsp", " ",
        "comb.json", "comb.dsppat", "comb.txt", "comb", "comb.gendsp.json"})
    void aNameThatIsAPathOrNotAGenFileIs400(String name) throws Exception {
        JsonNode problem = assertProblem(post(request(name, "{\"patcher\": {\"boxes\": [], \"lines\": []}}")), 400);
        assertTrue(problem.path("detail").asText().startsWith("\"name\""), problem.toString());
    }

    @Test
    void aNameWithALoneSurrogateIs400() throws Exception {
        assertProblem(post("{\"name\": \"\\ud800.gendsp\", \"text\": \"{}\"}"), 400);
    }

    @Test
    void aNameTooLongIs400() throws Exception {
        assertProblem(post(request("a".repeat(200) + ".gendsp", "{}")), 400);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        byte[] big = new byte[GenImportRequest.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertProblem(post(BodyPublishers.ofByteArray(big)), 413);
        assertProblem(post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))), 413);
    }

    @Test
    void aBodyDeclaredTooLargeIs413BeforeItIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + ROUTE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (GenImportRequest.MAX_BODY_BYTES + 1) + "\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertEquals("HTTP/1.1 413", new String(in.readNBytes(12), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aTextOverTheLimitInABodyUnderItIs413() throws Exception {
        String text = "x".repeat(GenImportRequest.MAX_TEXT_CHARS + 1);
        assertProblem(post(request("big.gendsp", text)), 413);
    }

    @Test
    void aRefusedRequestWritesNothing() throws Exception {
        List<String> before = workspaceFiles();
        post(request("../escape.gendsp", "{}"));
        post(request("escape.json", "{\"boxes\": {}}"));
        assertEquals(before, workspaceFiles());
    }

    @Test
    void anImporterThatStopsOnAFileIsAReportThatSaysSoNotA500() throws Exception {
        Javalin own = Javalin.create(config -> config.showJavalinBanner = false);
        Problems.register(own);
        Workspace folder = new Workspace(workspace);
        own.post(ROUTE, ctx -> GenImportHandlers.importGen(ctx, folder, (name, text, files) -> {
            throw new IllegalStateException("a bug of the importer");
        }));
        own.start("127.0.0.1", 0);
        try {
            HttpResponse<byte[]> response = post(own.port(), BodyPublishers.ofString(request("comb.gendsp", "{}")));
            assertEquals(422, response.statusCode());
            ImportAnswer answer = ImportAnswer.read(new String(response.body(), StandardCharsets.UTF_8));
            assertFalse(answer.imported());
            assertEquals("G072", answer.report().get(0).code().id());
            assertTrue(answer.report().get(0).message().contains("IllegalStateException"), answer.report().toString());
        } finally {
            own.stop();
        }
    }

    static final Path PALETTE = dev.faustwire.testsupport.Corpus.root().resolve("gen/mischmasch/Components/Palette/code");

    ImportAnswer imported(HttpResponse<byte[]> response, int status) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), text);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), text);
        return ImportAnswer.read(text);
    }

    private HttpResponse<byte[]> postFile(Path file) throws IOException, InterruptedException {
        return post(request(file.getFileName().toString(), Files.readString(file)));
    }

    private List<String> codes(ImportAnswer answer) {
        return answer.report().stream().map(d -> d.code().id() + (d.boxId() == null ? "" : "@" + d.boxId())).toList();
    }

    @Test
    void aCorpusPatcherImportsWithItsBoxesAndWritesNothing() throws Exception {
        Path comb = dev.faustwire.testsupport.Corpus.root()
                .resolve("gen/AnaloGen/CombFilter/FeedbackComb_FigureImplementation.gendsp");
        List<String> before = workspaceFiles();
        ImportAnswer answer = imported(postFile(comb), 200);
        assertEquals("FeedbackComb_FigureImplementation.gendsp", answer.source());
        assertEquals("FeedbackComb_FigureImplementation.json", answer.name());
        assertEquals(14, answer.patch().boxes().size());
        assertEquals("in 4", answer.patch().box("box-5").text());
        assertEquals(before, workspaceFiles());
    }

    @Test
    void aFileNamedGenThatIsNotGenIs422WithItsReport() throws Exception {
        ImportAnswer answer = imported(post(request("hello.gendsp", "hello, not JSON")), 422);
        assertFalse(answer.imported());
        assertEquals(List.of("G001"), codes(answer));
        ImportAnswer maxpat = imported(post(request("empty.maxpat", "{\"patcher\": {\"boxes\": [], \"lines\": []}}")), 422);
        assertEquals(List.of("G002"), codes(maxpat));
    }

    @Test
    void anAbstractionIsReadFromTheWorkspaceInAnyFolderAndCase() throws Exception {
        Path s_h = PALETTE.resolve("s+h.gendsp");
        assertTrue(codes(imported(postFile(s_h), 200)).contains("G004@box-5"), "trig.gendsp is missing at first");
        Files.createDirectories(workspace.resolve("gen/lib"));
        Files.copy(PALETTE.resolve("trig.gendsp"), workspace.resolve("gen/lib/TRIG.gendsp"));
        ImportAnswer answer = imported(postFile(s_h), 200);
        assertFalse(codes(answer).contains("G004@box-5"), codes(answer).toString());
        assertEquals("p ./trig.json", answer.patch().box("box-5").text());
        assertEquals(List.of("trig.json"), List.copyOf(answer.files().keySet()));
    }

    @Test
    void anAbstractionLinkedFromOutsideTheWorkspaceIsNotReadAndTheReportSaysWhy() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.copy(PALETTE.resolve("trig.gendsp"), outside.resolve("trig.gendsp"));
        Files.createSymbolicLink(workspace.resolve("trig.gendsp"), outside.resolve("trig.gendsp"));
        ImportAnswer answer = imported(postFile(PALETTE.resolve("s+h.gendsp")), 200);
        assertTrue(codes(answer).contains("G004@box-5"), codes(answer).toString());
        assertTrue(codes(answer).contains("G070"), codes(answer).toString());
        assertEquals(Map.of(), answer.files());
    }

    @Test
    void aMaxpatWithTwoGenPatchersImportsEachAsASubPatcher() throws Exception {
        Path biquads = dev.faustwire.testsupport.Corpus.root().resolve("gen/AnaloGen/MaxPackageSetup/AnaloGen/examples/biquad-filter.maxpat");
        ImportAnswer answer = imported(postFile(biquads), 200);
        assertEquals("biquad-filter.json", answer.name());
        assertEquals(List.of("G014"), codes(answer));
        assertEquals(2, answer.patch().boxes().values().stream().filter(b -> b.subpatch() != null).count());
    }

    /** Every Gen file of the corpus through the route, as the page sends it: how many import, and how long a request takes. */
    @Test
    void everyCorpusPatcherGoesThroughTheRoute() throws Exception {
        List<Path> files = new ArrayList<>(dev.faustwire.testsupport.Corpus.files(
                dev.faustwire.testsupport.Corpus.root().resolve("gen"), ".gendsp"));
        files.addAll(dev.faustwire.testsupport.Corpus.files(dev.faustwire.testsupport.Corpus.root().resolve("gen"), ".maxpat"));
        int imported = 0;
        List<Long> micros = new ArrayList<>();
        for (Path file : files) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = postFile(file);
            micros.add((System.nanoTime() - start) / 1000);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 422, file + ": " + response.statusCode());
            imported += response.statusCode() == 200 ? 1 : 0;
        }
        micros.sort(null);
        System.out.println("[import-gen route] " + imported + " of " + files.size() + " corpus files imported; median request "
                + micros.get(micros.size() / 2) / 1000.0 + " ms, slowest " + micros.get(micros.size() - 1) / 1000.0 + " ms");
        assertEquals(files.size(), imported);
    }
}
