package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line finds sub-patcher files beside the patch file or above it, and probes code boxes. */
class SubpatchCommandTest {
    /** in 1 and in 2 into box-2 (the given text and data), then out 1. */
    static String twoInOne(String text, String data) {
        return """
                {"boxes": {"box-1": {"text": "in 1"}, "box-3": {"text": "in 2"},
                           "box-2": {"text": "%s"%s}, "box-4": {"text": "out 1"}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-3", 0], "dest": ["box-2", 1]},
                           "line-3": {"src": ["box-2", 0], "dest": ["box-4", 0]}}}
                """.formatted(text, data == null ? "" : ", \"data\": " + data);
    }

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void codegenUsesAFileInAFolderAboveThePatch() throws IOException {
        write("lib/maximum.dsppat", twoInOne("max", null));
        Path top = write("songs/a/top.dsppat", twoInOne("p ./lib/maximum.dsppat", null));
        CodegenCommandTest.Run run = CodegenCommandTest.run("codegen", top.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("max("), run.out());
    }

    @Test
    void codegenSaysE020WhenTheFileIsNowhere() throws IOException {
        Path top = write("top.dsppat", twoInOne("p ./lib/maximum.dsppat", null));
        CodegenCommandTest.Run run = CodegenCommandTest.run("codegen", top.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("box-2: error E020"), run.err());
    }

    @Test
    void compileProbesACodeBoxAndPrintsItsArity() throws IOException {
        Path top = write("top.dsppat", twoInOne("code", "{\"value\": \"process = max;\"}"));
        CodegenCommandTest.Run run = CodegenCommandTest.run("compile", top.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode answer = TestServer.parse(run.out());
        assertEquals(2, answer.get("inputs").asInt());
        assertEquals(TestServer.parse("{\"box-2\": {\"inputs\": 2, \"outputs\": 1}}"), answer.get("probes"));
    }

    @Test
    void renderFindsTheFileToo() throws IOException {
        write("maximum.dsppat", twoInOne("max", null));
        Path top = write("a/top.dsppat", twoInOne("p ./maximum.dsppat", null));
        Path wav = dir.resolve("out.wav");
        CodegenCommandTest.Run run = CodegenCommandTest.run("render", top.toString(), "-o", wav.toString(), "--seconds", "0.01");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.size(wav) > 44);
    }
}
