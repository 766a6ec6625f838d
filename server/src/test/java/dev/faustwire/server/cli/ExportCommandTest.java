package dev.faustwire.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faustwire export}: a file or a folder written, and errors as the other commands print them. */
class ExportCommandTest {
    @TempDir
    Path temp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCppOfAFaustFileIsWrittenIntoAFolder() throws Exception {
        Path dsp = Files.writeString(temp.resolve("bell.dsp"),
                "import(\"stdfaust.lib\");\nprocess = os.osc(hslider(\"pitch\", 440, 20, 2000, 1)) * 0.1;\n");
        int status = run("export", dsp.toString(), "--target", "cpp", "-o", temp.resolve("out") + "/");
        assertEquals(0, status, err.toString());
        String cpp = Files.readString(temp.resolve("out/bell.cpp"));
        assertTrue(cpp.contains("addHorizontalSlider(\"pitch\""));
        assertTrue(cpp.contains("m->declare(\"name\", \"bell\");"));
        assertTrue(out.toString().contains("faust -a minimal.cpp -i"), out.toString());
        assertTrue(out.toString().contains("wrote "), out.toString());
    }

    @Test
    void aProgramThatDoesNotCompileExitsWithItsDiagnostics() throws Exception {
        Path dsp = Files.writeString(temp.resolve("broken.dsp"), "process = os.osc(440);\n");
        int status = run("export", dsp.toString(), "--target", "dsp", "-o", temp.resolve("broken-out.dsp").toString());
        assertEquals(1, status);
        assertTrue(err.toString().contains("error E016"), err.toString());
        assertFalse(Files.exists(temp.resolve("broken-out.dsp")));
    }

    @Test
    void anUnknownTargetIsE053() throws Exception {
        Path dsp = Files.writeString(temp.resolve("thru.dsp"), "process = _;\n");
        assertEquals(1, run("export", dsp.toString(), "--target", "vst", "-o", temp.resolve("x").toString()));
        assertTrue(err.toString().contains("error E053: there is no export target \"vst\""), err.toString());
        assertEquals(2, run("export", dsp.toString(), "-o", temp.resolve("x").toString()), "no --target is misuse");
    }
}
