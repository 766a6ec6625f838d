package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared, read-only corpus of real patches (system property {@code faustwire.corpus}); never written. */
final class Corpus {
    private Corpus() {
    }

    /** A JSPatcher file of {@code jspatcher/ifc/}, such as {@code 04-00.dsppat}; fails when it is missing. */
    static Path ifc(String name) {
        return jspatcher("ifc/" + name);
    }

    /** A JSPatcher file by its path under {@code jspatcher/}, such as {@code wac/mean.dsppat}; fails when it is missing. */
    static Path jspatcher(String path) {
        String corpus = System.getProperty("faustwire.corpus");
        assertNotNull(corpus, "the build sets the system property faustwire.corpus");
        Path file = Path.of(corpus, "jspatcher").resolve(path);
        assertTrue(Files.isRegularFile(file), "corpus file " + file + " exists");
        return file;
    }
}
