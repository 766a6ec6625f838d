package dev.faustwire.server;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faustwire codegen} through {@link Main#run}: program on stdout, one diagnostic a line on stderr, exit codes. */
class CodegenCommandTest {
    @TempDir
    Path dir;

    /** What one run of the command line printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(List.of(args), o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A patch "in 1" (box-1) -> "+" (box-2) -> "out 1" (box-3) plus the given extra lines. */
    private static String patchWithLines(String lines) {
        return """
                {"boxes": {
                   "box-1": {"id": "box-1", "text": "in 1", "rect": [0, 0, 40, 20]},
                   "box-2": {"id": "box-2", "text": "+", "rect": [0, 40, 40, 20]},
                   "box-3": {"id": "box-3", "text": "out 1", "rect": [0, 80, 40, 20]}},
                 "lines": {%s}}
                """.formatted(lines);
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("at dev."), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Caused by"), err);
    }

    @Test
    void corpusPatchPrintsAProgram() {
        Run r = run("codegen", Corpus.ifc("04-00.dsppat").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("process(In_1_0)"), r.out());
        assertTrue(r.out().contains("import(\"stdfaust.lib\");"), r.out());
    }

    @Test
    void outputOptionWritesTheFileAndPrintsNothing() throws IOException {
        Path patch = Corpus.ifc("04-00.dsppat");
        String expected = run("codegen", patch.toString()).out();
        Path target = dir.resolve("out.dsp");

        Run r = run("codegen", patch.toString(), "-o", target.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertEquals(expected, Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void outputOptionMayComeFirst() throws IOException {
        Path target = dir.resolve("first.dsp");
        Run r = run("codegen", "-o", target.toString(), Corpus.ifc("04-00.dsppat").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(target).contains("process(In_1_0)"));
    }

    @Test
    void unwritableOutputIsAnErrorOnOneLine() {
        Path target = dir.resolve("no-such-folder").resolve("out.dsp");
        Run r = run("codegen", Corpus.ifc("04-00.dsppat").toString(), "-o", target.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith(target + ": error: cannot write"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void truncatedJsonIsOneE001LineWithoutStackTrace() throws IOException {
        String text = Files.readString(Corpus.ifc("04-00.dsppat"), StandardCharsets.UTF_8).substring(0, 100);
        Path patch = write("truncated.dsppat", text);

        Run r = run("codegen", patch.toString());

        assertEquals(1, r.exit());
        assertEquals("", r.out());
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(patch + ": error E001: "), lines.get(0));
        assertTrue(lines.get(0).contains("line 1, column"), lines.get(0));
        assertFalse(r.err().contains("Exception"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void emptyFileIsMalformedJson() throws IOException {
        Path patch = write("empty.json", "");
        Run r = run("codegen", patch.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("error E001"), r.err());
    }

    @Test
    void lineToMissingBoxIsE005OnTheLine() throws IOException {
        Path patch = write("missing.json", patchWithLines("""
                "line-1": {"id": "line-1", "src": ["box-1", 0], "dest": ["box-9", 0]}"""));

        Run r = run("codegen", patch.toString());

        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains(patch + ": line-1: error E005: "), r.err());
        assertTrue(r.err().contains("box-9"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void inletOutOfRangeIsE006OnTheBox() throws IOException {
        Path patch = write("inlet.json", patchWithLines("""
                "line-1": {"id": "line-1", "src": ["box-1", 0], "dest": ["box-2", 5]},
                "line-2": {"id": "line-2", "src": ["box-2", 0], "dest": ["box-3", 0]}"""));

        Run r = run("codegen", patch.toString());

        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains(patch + ": box-2: error E006: "), r.err());
        assertTrue(r.err().contains("inlet 5"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void outletOutOfRangeIsE006OnTheSourceBox() throws IOException {
        Path patch = write("outlet.json", patchWithLines("""
                "line-1": {"id": "line-1", "src": ["box-1", 3], "dest": ["box-2", 0]}"""));

        Run r = run("codegen", patch.toString());

        assertEquals(1, r.exit());
        assertTrue(r.err().contains(patch + ": box-1: error E006: "), r.err());
    }

    @Test
    void validHandWrittenPatchGeneratesAProgram() throws IOException {
        Path patch = write("ok.json", patchWithLines("""
                "line-1": {"id": "line-1", "src": ["box-1", 0], "dest": ["box-2", 0]},
                "line-2": {"id": "line-2", "src": ["box-2", 0], "dest": ["box-3", 0]}"""));

        Run r = run("codegen", patch.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("process(In_1_0)"), r.out());
    }

    @Test
    void everyDiagnosticGetsItsOwnLine() throws IOException {
        Path patch = write("two.json", patchWithLines("""
                "line-1": {"id": "line-1", "src": ["box-1", 0], "dest": ["box-8", 0]},
                "line-2": {"id": "line-2", "src": ["box-1", 0], "dest": ["box-2", 5]}"""));

        Run r = run("codegen", patch.toString());

        assertEquals(1, r.exit());
        List<String> lines = r.errLines();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("line-1: error E005")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("box-2: error E006")), r.err());
    }

    @Test
    void escapeSequencesInABoxTextAreNotSentToTheTerminal() throws IOException {
        // An unknown box named with a clear-screen sequence and a carriage return: the diagnostic quotes its text.
        Path patch = write("escapes.json", """
                {"boxes": {
                   "box-1": {"id": "box-1", "text": "zz\\u001b[2J\\u001b[31mboom\\rfake\\u009b", "rect": [0, 0, 40, 20]},
                   "box-2": {"id": "box-2", "text": "out 1", "rect": [0, 40, 40, 20]}},
                 "lines": {"line-1": {"id": "line-1", "src": ["box-1", 0], "dest": ["box-2", 0]}}}
                """);

        Run r = run("codegen", patch.toString());

        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("box-1: error"), r.err());
        assertTrue(r.err().contains("\\x1b[2J"), r.err());
        for (char c : (r.out() + r.err()).toCharArray()) {
            assertFalse(c == '\u001b' || c == '\r' || c == '\u009b', "a raw control character reached the terminal: " + r.err());
        }
    }

    @Test
    void aFileNameWithEscapesIsPrintedEscaped() throws IOException {
        Path patch = write("x\u001b]0;title\u0007.json", "{");

        Run r = run("codegen", patch.toString());

        assertEquals(1, r.exit());
        assertTrue(r.err().contains("x\\x1b]0;title\\x07.json"), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    @Test
    void missingFileIsExit1WithOneLine() {
        Path missing = dir.resolve("nope.json");
        Run r = run("codegen", missing.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith(missing + ": error: cannot read"), r.err());
    }

    @Test
    void unknownCommandIsExit2WithUsage() {
        Run r = run("import-pd", "x.pd");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown command \"import-pd\""), r.err());
        assertTrue(r.err().contains(Main.USAGE), r.err());
    }

    @Test
    void noArgumentsIsExit2WithUsage() {
        Run r = run();
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(Main.USAGE + System.lineSeparator(), r.err());
    }

    @Test
    void codegenWithoutPatchIsExit2() {
        Run r = run("codegen");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("codegen takes one patch file"), r.err());
        assertTrue(r.err().contains(Main.USAGE), r.err());
    }

    @Test
    void codegenWithTwoPatchesIsExit2() {
        Run r = run("codegen", "a.json", "b.json");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void codegenUnknownOptionIsExit2() {
        Run r = run("codegen", Corpus.ifc("04-00.dsppat").toString(), "--port", "1");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown option --port"), r.err());
    }

    @Test
    void dashOWithoutValueIsExit2() {
        Run r = run("codegen", Corpus.ifc("04-00.dsppat").toString(), "-o");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("-o needs a value"), r.err());
    }

    @Test
    void helpPrintsUsageOnStdout() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertEquals(Main.USAGE + System.lineSeparator(), r.out());
        assertEquals("", r.err());
    }

    @Test
    void serveMisuseIsExit2BeforeStarting() {
        assertEquals(2, run("serve", "extra").exit());
        assertEquals(2, run("serve", "--port", "eighty").exit());
        Run r = run("serve", "--colour", "red");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown option --colour"), r.err());
    }
}
