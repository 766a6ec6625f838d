package dev.faustwire.server.gen;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.cli.GenFolderFiles;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GenImportSmokeTest {
    @Test
    void printsEveryImport() {
        for (Path file : GenCorpus.files()) {
            GenImportResult result = GenImport.run(file.getFileName().toString(), Corpus.read(file), new GenFolderFiles(file, Corpus.root()));
            System.out.println("=== " + GenCorpus.name(file) + " imported=" + result.imported() + " report=" + result.report().size() + " files=" + result.files().keySet());
            for (Diagnostic d : result.report()) {
                System.out.println("  " + d.render(""));
            }
            if (System.getProperty("dump") != null && result.patch() != null) {
                System.out.println(PatchWriter.write(result.patch()));
            }
        }
    }
}
