package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, hygiene of what the compiler gives back: no server path in the wasm, job folders that a
 * restart sweeps, memory too large for a render reported at compile time (not as a crash), and text
 * UTF-8 cannot write refused without an exception.
 */
class CompileHygieneTest {
    private static FaustCompiler compiler;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        compiler = new FaustCompiler(SandboxLimits.DEFAULT);
    }

    private static final String OSC = "import(\"stdfaust.lib\");\nprocess = os.osc(440) * hslider(\"gain\", 0.5, 0, 1, 0.01);";

    // ---- no server path in the wasm ----

    @Test
    void theWasmNamesNoServerPathAndItsJsonStaysValid() throws Exception {
        CompileOutcome.Compiled out = assertInstanceOf(CompileOutcome.Compiled.class, compiler.compile(OSC, "osc"));
        String bytes = new String(out.wasm(), StandardCharsets.ISO_8859_1);

        for (String path : new String[] {"/usr/share/faust", "/usr/local/share/faust", "/job", "stdfaust.lib",
                "faustwire-jobs", System.getProperty("java.io.tmpdir") + "/"}) {
            assertFalse(bytes.contains(path), "the wasm names " + path);
        }
        String json = bytes.substring(bytes.indexOf("{\"name\""), bytes.lastIndexOf('}') + 1);
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertEquals(0, parsed.path("library_list").size());
        assertEquals(0, parsed.path("include_pathnames").size());
        assertEquals(out.description().size(), parsed.path("size").asInt(), "the rest of the JSON is as faust wrote it");
        float[][] audio = Renderer.render(WasmProgram.compile(out.wasm()), out.description(), RenderSpec.of(0.01, 48000));
        assertTrue(Math.abs(audio[0][100]) > 0, "the scrubbed module still plays");
    }

    @Test
    void blankingKeepsTheLengthAndTouchesOnlyTheArrays() {
        String text = "xx{\"name\": \"a]\",\"library_list\": [\"/usr/share/faust/a.lib\",\"/b]c\\\"d\"],"
                + "\"include_pathnames\": [\"/job\"],\"size\": 8}\0";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        String blanked = new String(WasmData.withoutServerPaths(bytes), StandardCharsets.ISO_8859_1);

        assertEquals(text.length(), blanked.length());
        assertEquals("xx{\"name\": \"a]\",\"library_list\": [" + " ".repeat(34) + "],"
                + "\"include_pathnames\": [      ],\"size\": 8}\0", blanked);
    }

    // ---- job folders ----

    @Test
    void jobFoldersLiveInAFolderOfThisProcessUnderTheTempFolder() throws IOException {
        Path mine = JobFolders.processFolder();
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")).resolve(JobFolders.ROOT)
                .resolve(Long.toString(ProcessHandle.current().pid())), mine);
        compiler.compile("process = _;", null);
        try (var left = Files.list(mine)) {
            assertEquals(0, left.count(), "a finished compile leaves no job folder");
        }
    }

    @Test
    void aFolderOfAProcessThatNoLongerRunsIsSwept() throws IOException {
        Path dead = Files.createDirectories(temp.resolve("99999999/job-1/work"));
        Files.writeString(dead.resolve("main.dsp"), "process = secret;");
        Path alive = Files.createDirectories(temp.resolve(Long.toString(ProcessHandle.current().pid())).resolve("job-2"));
        Path other = Files.createDirectories(temp.resolve("not-a-pid"));

        assertEquals(1, JobFolders.sweep(temp));

        assertFalse(Files.exists(temp.resolve("99999999")), "the program of a killed server stays in the temp folder");
        assertTrue(Files.exists(alive));
        assertTrue(Files.exists(other));
    }

    // ---- memory a render cannot give ----

    @Test
    void aDelayWhoseSizeGoesNegativeIsTooLargeNotACrash() {
        CompileOutcome.Failed out = assertInstanceOf(CompileOutcome.Failed.class, compiler.compile("process = @(1<<28);", null));

        assertEquals(CompileFailure.TOO_LARGE, out.kind(), out.message());
        assertEquals("E031", out.kind().code().id());
        assertTrue(out.message().contains("wrapped"), out.message());
    }

    @Test
    void aDelayWhoseSizeWrapsToAFewBytesIsTooLarge() {
        CompileOutcome.Failed out = assertInstanceOf(CompileOutcome.Failed.class, compiler.compile("process = @(1000000000);", null));

        assertEquals(CompileFailure.TOO_LARGE, out.kind(), out.message());
        assertTrue(out.message().contains("1073741824 samples"), out.message());
    }

    @Test
    void aDelayOverTheRenderLimitIsTooLarge() {
        CompileOutcome.Failed out = assertInstanceOf(CompileOutcome.Failed.class, compiler.compile("process = @(1<<26);", null));

        assertEquals(CompileFailure.TOO_LARGE, out.kind(), out.message());
    }

    @Test
    void aLongDelayThatFitsStillCompiles() {
        CompileOutcome.Compiled out = assertInstanceOf(CompileOutcome.Compiled.class,
                compiler.compile("process = @(1<<22) : @(48000);", null));

        assertTrue(WasmData.largestRingBuffer(out.wasm()) >= 1 << 22);
        assertTrue(out.description().size() >= 4 << 22);
    }

    @Test
    void aBitMaskOfTheUsersCodeIsNoDelayLine() {
        CompileOutcome.Compiled out = assertInstanceOf(CompileOutcome.Compiled.class,
                compiler.compile("process = _ : int : &(2147483647);", null));

        assertEquals(0, WasmData.largestRingBuffer(out.wasm()));
    }

    // ---- text UTF-8 cannot write ----

    @Test
    void aLoneSurrogateIsRefusedNotThrown() {
        CompileOutcome.Failed out = assertInstanceOf(CompileOutcome.Failed.class,
                compiler.compile("process = _; // \ud800", null));

        assertEquals(CompileFailure.REJECTED, out.kind());
        assertTrue(out.message().contains("surrogate"), out.message());
    }
}
