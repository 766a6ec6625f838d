package dev.faustwire.codegen;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every JSPatcher patch of the IFC paper generates a program with the channels the paper shows. */
class CorpusIoTest {
    static final Path IFC = Corpus.root().resolve("jspatcher/ifc");

    /** The program of a corpus file, with the sub-patcher files of the corpus and code arities given. */
    static CodegenResult generate(String file, Resources resources) {
        ReadResult read = PatchReader.read(GoldenCases.read(IFC.resolve(file)));
        assertNotNull(read.patch(), file);
        return Codegen.generate(read.patch(), BundledIndex.get(), resources);
    }

    @ParameterizedTest(name = "{0}: {1} in, {2} out")
    @CsvSource({"04-00.dsppat,1,1", "06-00.dsppat,0,5", "07-00.dsppat,7,4", "09-00.dsppat,2,1", "10-00.dsppat,2,1",
            "11-00.dsppat,0,3", "12-00.dsppat,0,1", "13-00.dsppat,0,1"})
    void channels(String file, int inputs, int outputs) {
        CodegenResult result = generate(file, new CorpusResources(IFC));
        assertTrue(result.ok(), file + ": " + result.diagnostics());
        assertEquals(inputs, result.inputs(), file + " inputs");
        assertEquals(outputs, result.outputs(), file + " outputs");
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(!d.isError(), d.toString());
        }
    }
}
