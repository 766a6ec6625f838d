package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.server.cli.CommandLine;
import dev.faustwire.testsupport.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faustwire import-gen}: the report on stderr, the patch and its abstractions written, exit 1 when nothing imports. */
class ImportGenCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = CommandLine.run(List.of(args), o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMaxpatWithAnAbstractionWritesThePatchAndTheAbstractionBesideIt() throws Exception {
        Path maxpat = Corpus.root().resolve("gen/oopsy/examples/scatter.maxpat");
        Path target = dir.resolve("scatter.json");
        Run run = run("import-gen", maxpat.toString(), "-o", target.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(maxpat + ": warning G013: "), run.err());
        assertTrue(run.out().startsWith("wrote " + target + " and oopsy.ctrl.smooth3.json: "), run.out());
        ReadResult patch = PatchReader.read(Files.readString(target));
        assertTrue(!patch.hasErrors() && patch.patch() != null, patch.diagnostics().toString());
        ReadResult abstraction = PatchReader.read(Files.readString(dir.resolve("oopsy.ctrl.smooth3.json")));
        assertTrue(!abstraction.hasErrors(), abstraction.diagnostics().toString());
        assertTrue(patch.patch().boxes().values().stream().anyMatch(b -> b.text().equals("p ./oopsy.ctrl.smooth3.json")));
    }

    @Test
    void withoutOutputThePatchGoesToStdout() {
        Run run = run("import-gen", Corpus.jspatcher("ifc/05-00.gendsp").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"format\": \"faustwire-patch\""), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFileWithNothingToImportIsExitOneWithItsReason() throws Exception {
        Path empty = dir.resolve("empty.maxpat");
        Files.writeString(empty, "{\"patcher\": {\"boxes\": [], \"lines\": []}}");
        Run run = run("import-gen", empty.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(empty + ": error G002: "), run.err());
        Path broken = dir.resolve("broken.gendsp");
        Files.writeString(broken, "{");
        assertTrue(run("import-gen", broken.toString()).err().contains("error G001: "));
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(2, run("import-gen").exit());
    }

    @Test
    void codegenOfAGenFileIsNotAPatchButCompileTakesIt() {
        Run run = run("compile", Corpus.jspatcher("paw/gen/phasor.gendsp").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"ok\" : true"), run.out());
    }
}
