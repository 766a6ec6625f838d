package dev.faustwire.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The shared helpers do what every module's tests rely on. */
class TestSupportTest {
    @Test
    void theCorpusIsFoundWithItsFolders() {
        List<Path> ifc = Corpus.files(Corpus.ifc(), ".dsppat");
        assertTrue(ifc.size() >= 8, ifc.toString());
        assertEquals(Corpus.ifc("04-00.dsppat"), ifc.get(0));
        List<Path> all = Corpus.files(Corpus.jspatcher(), ".dsppat");
        assertTrue(all.containsAll(ifc) && all.contains(Corpus.jspatcher("wac/mean.dsppat")), "sub-folders too");
        assertTrue(Corpus.read(Corpus.ifc("09-00.dsppat")).contains("\"code\""));
        assertThrows(AssertionFailedError.class, () -> Corpus.ifc("no-such.dsppat"));
    }

    @Test
    void faustRunsAndReportsChannelsOrErrors(@TempDir Path work) throws Exception {
        FaustRun ok = FaustRun.compile(work, "gain.dsp", "process = _, _ : + : *(0.5);\n");
        assertTrue(ok.ok(), ok.errors());
        assertEquals(2, ok.inputs());
        assertEquals(1, ok.outputs());
        FaustRun bad = FaustRun.compile(work, "bad.dsp", "process = oscc;\n");
        assertFalse(bad.ok());
        assertTrue(bad.errors().contains("oscc"), bad.errors());
        assertTrue(Files.exists(work.resolve("bad.dsp")));
    }
}
