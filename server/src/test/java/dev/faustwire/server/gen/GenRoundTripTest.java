package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Patch;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.cli.GenFolderFiles;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round trip: every imported corpus patch (and abstraction file), saved with the patch writer and
 * read back, is the same patch and generates the same program, diagnostics included.
 */
class GenRoundTripTest {

    @Test
    void everyImportedPatchSavedAndReopenedGeneratesTheSameProgram() {
        int checked = 0;
        int generated = 0;
        for (Path file : GenCorpus.files()) {
            GenImportResult result = GenImport.run(file.getFileName().toString(), Corpus.read(file),
                    new GenFolderFiles(file, Corpus.root()));
            if (!result.imported()) {
                continue;
            }
            String name = GenCorpus.name(file);
            generated += sameAfterSaving(name, result.patch()) ? 1 : 0;
            for (Map.Entry<String, Patch> abstraction : result.files().entrySet()) {
                sameAfterSaving(name + " " + abstraction.getKey(), abstraction.getValue());
            }
            checked++;
        }
        System.out.println("Gen round trip: " + checked + " imported patches saved and reopened, " + generated
                + " of them generate a program without errors, all the same program after reopening");
        assertEquals(GenCorpus.files().size(), checked, "every corpus file imports");
    }

    /** Asserts the reopened patch equals the imported one and generates the same; true when it generates without errors. */
    private static boolean sameAfterSaving(String name, Patch patch) {
        String saved = PatchWriter.write(patch);
        ReadResult reopened = PatchReader.read(saved);
        assertFalse(reopened.hasErrors(), name + ": " + reopened.diagnostics());
        assertNotNull(reopened.patch(), name);
        assertEquals(saved, PatchWriter.write(reopened.patch()), name + ": saving the reopened patch changes nothing");
        CodegenResult before = Codegen.generate(patch, BundledIndex.get());
        CodegenResult after = Codegen.generate(reopened.patch(), BundledIndex.get());
        assertEquals(before.code(), after.code(), name + ": the same program");
        assertEquals(before.diagnostics(), after.diagnostics(), name + ": the same diagnostics");
        return before.ok();
    }
}
