package dev.faustwire.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared, read-only corpus of real patches that nobody here wrote: the folder the build names
 * in the system property {@code faustwire.corpus}, else {@code ../../shared/corpus} from a module.
 * Tests read it; nothing ever writes to it.
 */
public final class Corpus {
    private Corpus() {
    }

    /** The corpus folder. */
    public static Path root() {
        Path root = Path.of(System.getProperty("faustwire.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(root), "the corpus is at " + root + " (system property faustwire.corpus)");
        return root;
    }

    /** The JSPatcher folder, {@code jspatcher/}. */
    public static Path jspatcher() {
        return root().resolve("jspatcher");
    }

    /** The IFC demo folder, {@code jspatcher/ifc/}. */
    public static Path ifc() {
        return jspatcher().resolve("ifc");
    }

    /** A JSPatcher file by its path under {@code jspatcher/}, such as {@code wac/mean.dsppat}; fails when it is missing. */
    public static Path jspatcher(String path) {
        Path file = jspatcher().resolve(path);
        assertTrue(Files.isRegularFile(file), "corpus file " + file + " exists");
        return file;
    }

    /** A file of {@code jspatcher/ifc/}, such as {@code 04-00.dsppat}; fails when it is missing. */
    public static Path ifc(String name) {
        return jspatcher("ifc/" + name);
    }

    /** Every file of a folder, and of the folders inside it, whose name ends so, sorted by path. */
    public static List<Path> files(Path folder, String ending) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a corpus file. */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
