package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.workspace.WorkspaceResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sub-patcher boxes that name files, generated through {@link Programs} with {@link WorkspaceResources}. */
class SubpatchFilesTest {
    /** in 1 -> (* GAIN) -> out 1. */
    static String gain(String factor) {
        return """
                {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "* %s"}, "box-3": {"text": "out 1"}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
                """.formatted(factor);
    }

    /** in 1 -> (box-2: the given text, with an embedded copy when not null) -> out 1. */
    static String around(String text, String embedded) {
        String data = embedded == null ? "" : ", \"data\": " + embedded;
        return """
                {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "%s"%s}, "box-3": {"text": "out 1"}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
                """.formatted(text, data);
    }

    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void workspace() throws IOException {
        temp = temp.toRealPath();
        root = Files.createDirectories(temp.resolve("ws"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Program generate(String folder, String patch) throws IOException {
        Path start = Files.createDirectories(root.resolve(folder));
        return Programs.ofPatch(patch, null, new WorkspaceResources(root, start, null));
    }

    private static List<String> errors(Program program) {
        return program.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code().id() + " " + d.boxId()).toList();
    }

    @Test
    void usesTheFileNextToThePatch() throws IOException {
        write("ws/songs/gain.dsppat", gain("0.5"));
        write("ws/gain.dsppat", gain("0.75"));
        Program program = generate("songs", around("p ./gain.dsppat", gain("0.25")));
        assertTrue(program.compilable(), program.diagnostics().toString());
        assertTrue(program.code().contains("0.5"), program.code());
        assertFalse(program.code().contains("0.25") || program.code().contains("0.75"), program.code());
        assertEquals(1, program.inputs());
    }

    @Test
    void usesAFileInAParentFolder() throws IOException {
        write("ws/gain.dsppat", gain("0.75"));
        Program program = generate("songs/old", around("p ./gain.dsppat", gain("0.25")));
        assertTrue(program.compilable(), program.diagnostics().toString());
        assertTrue(program.code().contains("0.75"), program.code());
    }

    @Test
    void aChildFileLooksFromItsOwnFolder() throws IOException {
        write("ws/lib/outer.dsppat", around("p ./inner.dsppat", null));
        write("ws/lib/inner.dsppat", gain("0.125"));
        write("ws/inner.dsppat", gain("0.75"));
        Program program = generate("", around("p ./lib/outer.dsppat", null));
        assertTrue(program.compilable(), program.diagnostics().toString());
        assertTrue(program.code().contains("0.125"), program.code());
    }

    @Test
    void usesTheEmbeddedCopyWhenThereIsNoFile() throws IOException {
        Program program = generate("songs", around("p ./gain.dsppat", gain("0.25")));
        assertTrue(program.compilable(), program.diagnostics().toString());
        assertTrue(program.code().contains("0.25"), program.code());
    }

    @Test
    void noFileAndNoCopyIsE020OnTheBox() throws IOException {
        Program program = generate("songs", around("p ./gain.dsppat", null));
        assertFalse(program.compilable());
        assertEquals(List.of("E020 box-2"), errors(program));
    }

    @Test
    void aFileThatIncludesItselfIsE021() throws IOException {
        write("ws/loop.dsppat", around("p ./loop.dsppat", null));
        Program program = generate("", around("p ./loop.dsppat", null));
        assertFalse(program.compilable());
        assertTrue(errors(program).stream().anyMatch(e -> e.startsWith("E021 box-2")), errors(program).toString());
    }

    @Test
    void twoFilesThatIncludeEachOtherAreE021() throws IOException {
        write("ws/a.dsppat", around("p ./b.dsppat", null));
        write("ws/b.dsppat", around("p ./a.dsppat", null));
        Program program = generate("", around("p ./a.dsppat", null));
        assertTrue(errors(program).stream().anyMatch(e -> e.startsWith("E021")), errors(program).toString());
    }

    @Test
    void aFileOutsideTheRootIsNeverRead() throws IOException {
        write("gain.dsppat", gain("0.75"));
        Program program = generate("songs", around("p ../../gain.dsppat", null));
        assertEquals(List.of("E020 box-2"), errors(program));
        Program embedded = generate("songs", around("p ../../gain.dsppat", gain("0.25")));
        assertTrue(embedded.code().contains("0.25"), embedded.code());
    }

    @Test
    void aFileThatIsNotAPatchIsE020() throws IOException {
        write("ws/gain.dsppat", "not json");
        Program program = generate("", around("p ./gain.dsppat", gain("0.25")));
        assertEquals(List.of("E020 box-2"), errors(program));
    }
}
