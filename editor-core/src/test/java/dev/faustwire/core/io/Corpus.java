package dev.faustwire.core.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The read-only shared test corpus (system property {@code faustwire.corpus}); never written to. */
final class Corpus {
    private Corpus() {
    }

    /** The folder of the JSPatcher IFC demo patches. */
    static Path ifc() {
        String root = System.getProperty("faustwire.corpus");
        assertNotNull(root, "system property faustwire.corpus is not set");
        Path folder = Path.of(root, "jspatcher", "ifc");
        assertTrue(Files.isDirectory(folder), "no corpus folder " + folder);
        return folder;
    }

    /** Every {@code .dsppat} file of the IFC folder, sorted by name. */
    static List<Path> dsppatFiles() {
        try (Stream<Path> files = Files.list(ifc())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".dsppat")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String fileName) {
        return read(ifc().resolve(fileName));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
