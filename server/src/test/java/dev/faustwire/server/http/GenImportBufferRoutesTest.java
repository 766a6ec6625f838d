package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.testsupport.AudioFileBytes;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/import-gen} of mischmasch's loop.gendsp ({@code buffer backbeat} read by {@code sample}, {@code buffer
 * loopy} recorded by {@code poke}) against a workspace that holds its audio files, or not, or links to them from outside.
 */
class GenImportBufferRoutesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Path LOOP = Corpus.root().resolve("gen/mischmasch/Components/Palette/code/loop.gendsp");
    static final byte[] BACKBEAT = AudioFileBytes.wav16(1, 44100, 1000, -2000, 3000, -4000);

    @TempDir
    Path temp;
    Path workspace;
    Javalin app;

    @BeforeEach
    void start() throws Exception {
        workspace = Files.createDirectory(temp.resolve("ws"));
        app = FaustwireServer.start("127.0.0.1", 0, workspace);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    ImportAnswer importLoop() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "loop.gendsp");
        body.put("text", Files.readString(LOOP));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/import-gen"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains(temp.toString()) || response.body().contains(temp.toRealPath().toString()),
                "the answer names no path of the machine");
        return ImportAnswer.read(response.body());
    }

    /** The report's codes about buffers and files (its named history's G017 is another helper's matter). */
    static List<String> codes(ImportAnswer answer) {
        return answer.report().stream().filter(d -> d.code().id().equals("G020") || d.code().id().startsWith("G03")
                || d.code().id().startsWith("G07")).map(d -> d.code().id() + (d.boxId() == null ? "" : "@" + d.boxId()))
                .sorted().toList();
    }

    static String faust(ImportAnswer answer) {
        StringBuilder out = new StringBuilder();
        for (Box box : answer.patch().boxes().values()) {
            if (box.data() instanceof JsonObject o && o.get("value") instanceof JsonString s) {
                out.append(s.value()).append('\n');
            }
        }
        return out.toString();
    }

    List<String> workspaceFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(workspace)) {
            return walk.map(p -> workspace.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void withoutItsFilesBothBuffersAreReportedAndThePokeIntoLoopyWritesIntoItsFrameOfZero() throws Exception {
        ImportAnswer answer = importLoop();
        assertEquals(List.of("G020@box-46", "G020@box-5"), codes(answer));
        assertTrue(faust(answer).contains("gen.store_rd(1, 1, \\(j).(0.0), 0"), "backbeat: " + faust(answer));
        assertTrue(faust(answer).contains("gen.store_rd(1, 1, \\(j).(0.0), 1, (p0v, p0f, p0c), c)"), "loopy: " + faust(answer));
    }

    @Test
    void theFilesInTheWorkspaceAreReadInAnyFolderAndCaseAndNothingIsWritten() throws Exception {
        Files.createDirectories(workspace.resolve("audio/drums"));
        Files.write(workspace.resolve("audio/drums/BackBeat.WAV"), BACKBEAT);
        Files.write(workspace.resolve("loopy.aif"), AudioFileBytes.aiff(null, 2, 1, 16, 48000,
                AudioFileBytes.ints(new long[] {5, 6}, 2, true, false)));
        List<String> before = workspaceFiles();
        ImportAnswer answer = importLoop();
        assertEquals(List.of(), codes(answer), "the buffers read their files; the poke writes into loopy's");
        assertTrue(faust(answer).contains("gen.store_rd(4, 1, \\(j).((waveform{1000,-2000,3000,-4000}, j) : rdtable : /(32768.0)), 0"),
                faust(answer));
        assertTrue(faust(answer).contains("gen.store_rd(1, 2, \\(j).((waveform{5,6}, j) : rdtable : /(32768.0)), 1, (p0v, p0f, p0c), c)"),
                faust(answer));
        assertEquals(before, workspaceFiles());
    }

    @Test
    void aFileLinkedFromOutsideTheWorkspaceIsNotReadAndTheReportSaysWhy() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.write(outside.resolve("backbeat.wav"), BACKBEAT);
        Files.createSymbolicLink(workspace.resolve("backbeat.wav"), outside.resolve("backbeat.wav"));
        ImportAnswer answer = importLoop();
        assertEquals(List.of("G020@box-46", "G020@box-5", "G070"), codes(answer));
        assertFalse(faust(answer).contains("waveform"), "nothing of the file outside is in the patch");
    }

    @Test
    void aFileTooLongOrNotAudioIsReportedOnItsBuffer() throws Exception {
        Files.write(workspace.resolve("backbeat.wav"), AudioFileBytes.wav(1, 1, 44100, 2, new byte[2 * 60_000]));
        Files.writeString(workspace.resolve("loopy.wav"), "{\"not\": \"audio\"}");
        ImportAnswer answer = importLoop();
        assertEquals(List.of("G030@box-5", "G031@box-46"), codes(answer));
    }
}
