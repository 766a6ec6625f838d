package dev.faustwire.server;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Programs generated from corpus patches compile with the real Faust compiler, with the expected channel counts. */
class CorpusCompileIT {
    private static final String FAUST = "/usr/bin/faust";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The exit code and combined output of one faust run. */
    record Compiled(int exit, String output) {
    }

    /** Runs {@code faust -json -o /dev/null NAME.dsp} in {@link #dir}; fails after 60 seconds. */
    private Compiled faust(String name) throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        Process process = new ProcessBuilder(FAUST, "-json", "-o", "/dev/null", name + ".dsp")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("faust " + name + ".dsp did not finish in 60 s");
        }
        return new Compiled(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The program {@code faustwire codegen FILE} prints; asserts exit 0 and an empty stderr. */
    private static String codegen(Path patch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(List.of("codegen", patch.toString()), o, e);
        }
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, errors);
        assertEquals("", errors);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}: {1} in, {2} out")
    @CsvSource({"04-00, 1, 1", "06-00, 0, 5", "07-00, 7, 4"})
    void generatedProgramCompilesWithTheExpectedChannels(String patch, int inputs, int outputs) throws Exception {
        String name = "p" + patch.replace('-', '_');
        String program = codegen(Corpus.ifc(patch + ".dsppat"));
        Files.writeString(dir.resolve(name + ".dsp"), program, StandardCharsets.UTF_8);

        Compiled compiled = faust(name);

        assertEquals(0, compiled.exit(), program + "\n--- faust said:\n" + compiled.output());
        Path description = dir.resolve(name + ".dsp.json");
        assertTrue(Files.isRegularFile(description), "faust wrote " + description);
        JsonNode json = JSON.readTree(description.toFile());
        assertTrue(json.path("inputs").isInt(), json.toString());
        assertEquals(inputs, json.path("inputs").asInt(), "inputs of " + patch);
        assertEquals(outputs, json.path("outputs").asInt(), "outputs of " + patch);
    }

    @ParameterizedTest(name = "{0}: codegen announces {1} in, {2} out")
    @CsvSource({"04-00, 1, 1", "06-00, 0, 5", "07-00, 7, 4"})
    void codegenChannelCountsMatchWhatFaustFinds(String patch, int inputs, int outputs) throws IOException {
        ReadResult read = PatchReader.read(Files.readString(Corpus.ifc(patch + ".dsppat"), StandardCharsets.UTF_8));
        assertFalse(read.hasErrors(), read.diagnostics().toString());
        CodegenResult result = Codegen.generate(read.patch(), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
        assertEquals(inputs, result.inputs());
        assertEquals(outputs, result.outputs());
        assertEquals(codegen(Corpus.ifc(patch + ".dsppat")), result.code(), "the CLI prints Codegen's program as is");
    }

    /** The JSPatcher users' patchers: each compiles through the CLI, which probes code boxes and reads sub-patcher files. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"paw/faust/01.math.basics.dsppat", "paw/faust/02.djembe.dsppat", "paw/faust/03.subpatcher.mean.dsppat",
            "paw/faust/04.meter.dsppat", "paw/faust/05.phasor.dsppat", "paw/faust/06.par.additive.dsppat",
            "paw/faust/07.midi.dsppat", "paw/faust/09.guitar.dsppat", "wac/midi.dsppat", "wac/phasor.dsppat",
            "wac/rms.dsppat"})
    void jspatcherPatcherCompiles(String patch) throws Exception {
        Files.writeString(dir.resolve("patcher.dsp"), codegen(Corpus.jspatcher(patch)), StandardCharsets.UTF_8);
        Compiled compiled = faust("patcher");
        assertEquals(0, compiled.exit(), patch + "\n--- faust said:\n" + compiled.output());
    }

    @Test
    void theMeanOfWacIsE027OnItsDelayBox() {
        Path patch = Corpus.jspatcher("wac/mean.dsppat");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(List.of("codegen", patch.toString()), o, e);
        }
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, errors);
        assertTrue(errors.contains("box-3: error E027: ") && errors.contains("max 0"), errors);
    }

    @Test
    void brokenProgramFailsToCompile() throws Exception {
        Files.writeString(dir.resolve("broken.dsp"), "process = oscc;\n", StandardCharsets.UTF_8);
        Compiled compiled = faust("broken");
        assertNotEquals(0, compiled.exit(), compiled.output());
        assertTrue(compiled.output().contains("oscc"), compiled.output());
    }

    @Test
    void trivialProgramCompilesSoTheHarnessWorks() throws Exception {
        Files.writeString(dir.resolve("wire.dsp"), "process = _, _;\n", StandardCharsets.UTF_8);
        Compiled compiled = faust("wire");
        assertEquals(0, compiled.exit(), compiled.output());
        JsonNode json = JSON.readTree(dir.resolve("wire.dsp.json").toFile());
        assertEquals(2, json.path("inputs").asInt());
        assertEquals(2, json.path("outputs").asInt());
    }
}
