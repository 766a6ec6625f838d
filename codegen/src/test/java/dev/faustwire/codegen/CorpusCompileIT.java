package dev.faustwire.codegen;

import dev.faustwire.testsupport.Corpus;

import dev.faustwire.testsupport.FaustRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programs of the IFC paper's patches compile with the installed Faust, to the channels the paper
 * shows; so does every other JSPatcher patcher of the corpus (paw/, wac/), but for wac/mean.dsppat,
 * whose {@code @} takes its length from an input, which Faust rejects: that one is E027 on the box.
 */
class CorpusCompileIT {
    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}: {1} in, {2} out")
    @CsvSource({"04-00.dsppat,1,1", "06-00.dsppat,0,5", "07-00.dsppat,7,4", "09-00.dsppat,2,1", "10-00.dsppat,2,1",
            "11-00.dsppat,0,3", "12-00.dsppat,0,1", "13-00.dsppat,0,1"})
    void compiles(String file, int inputs, int outputs) throws Exception {
        CodegenResult result = CorpusIoTest.generate(file, new CorpusResources(CorpusIoTest.IFC));
        assertTrue(result.ok(), file + ": " + result.diagnostics());
        FaustRun run = FaustRun.compile(work, "patch.dsp", result.code());
        assertTrue(run.ok(), file + ": " + run.errors() + "\n" + result.code());
        assertEquals(inputs, run.inputs(), file + " inputs");
        assertEquals(outputs, run.outputs(), file + " outputs");
    }

    @Test
    void thePolyphonicPatchHasAVoiceAndAnEffectTheCompilerAccepts() throws Exception {
        CodegenResult result = CorpusIoTest.generate("12-00.dsppat", Resources.NONE);
        assertTrue(result.code().contains("\nprocess = ") && result.code().contains("\neffect("), result.code());
        FaustRun voice = FaustRun.compile(work, "voice.dsp", result.code());
        assertTrue(voice.ok(), voice.errors());
        assertEquals(1, voice.outputs());
        FaustRun effect = FaustRun.compile(work, "effect.dsp", "process = library(\"voice.dsp\").effect;\n");
        assertTrue(effect.ok(), effect.errors());
        assertEquals(2, effect.inputs());
        assertEquals(2, effect.outputs());
    }

    /** Every {@code .dsppat} under jspatcher/paw and jspatcher/wac, sub-folders included, as paths from jspatcher/. */
    static Stream<String> jspatcherPatchers() throws IOException {
        Path root = Corpus.root().resolve("jspatcher");
        List<String> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(root.resolve("paw")), Files.walk(root.resolve("wac")))) {
            files = walk.filter(f -> f.toString().endsWith(".dsppat")).map(f -> root.relativize(f).toString())
                    .sorted().toList();
        }
        assertTrue(files.size() >= 12, "the corpus has its paw and wac patchers: " + files);
        return files.stream().filter(f -> !f.equals(MEAN));
    }

    private static final String MEAN = "wac/mean.dsppat";

    @ParameterizedTest(name = "{0}")
    @MethodSource("jspatcherPatchers")
    void everyJSPatcherPatcherCompiles(String file) throws Exception {
        CodegenResult result = generateJSPatcher(file);
        assertTrue(result.ok(), file + ": " + result.diagnostics());
        FaustRun run = FaustRun.compile(work, "patch.dsp", result.code());
        assertTrue(run.ok(), file + ": " + run.errors() + "\n" + result.code());
        assertEquals(result.inputs(), run.inputs(), file + " inputs");
        assertEquals(result.outputs(), run.outputs(), file + " outputs");
    }

    @Test
    void theMeanOfWacTakesItsDelayFromAnInputAndIsTold() throws Exception {
        CodegenResult result = generateJSPatcher(MEAN);
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), result.diagnostics().toString());
        Diagnostic d = errors.get(0);
        assertEquals(Code.DELAY_LENGTH_UNBOUNDED, d.code());
        assertEquals("box-3", d.boxId(), "the @ box");
        assertEquals(1, d.port(), "its length inlet");
        assertTrue(d.message().contains("max 0") && d.message().contains("min N"), d.message());
    }

    /** A patcher of jspatcher/ with its sub-patcher files, and code boxes probed by the installed Faust. */
    private CodegenResult generateJSPatcher(String file) {
        Path path = Corpus.root().resolve("jspatcher").resolve(file);
        ReadResult read = PatchReader.read(GoldenCases.read(path));
        assertTrue(read.patch() != null, file + ": " + read.diagnostics());
        CorpusResources files = new CorpusResources(path.getParent());
        Resources probing = new Resources() {
            @Override
            public PatchFile findPatch(String reference, String from) {
                return files.findPatch(reference, from);
            }

            @Override
            public Arity codeArity(String faust) {
                try {
                    FaustRun run = FaustRun.compile(work, "code.dsp", "import(\"stdfaust.lib\");\n" + faust);
                    return run.ok() ? Arity.of(run.inputs(), run.outputs()) : Arity.failed(run.errors());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        };
        return Codegen.generate(read.patch(), BundledIndex.get(), probing);
    }
}
