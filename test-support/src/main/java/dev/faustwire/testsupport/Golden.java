package dev.faustwire.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: expected output kept as exact text beside its input, one folder per case. A run
 * with {@code -Dfaustwire.bless=true} ({@code ./faustwire bless}) writes the output as the new
 * expected text before comparing, after an intended change; review it with {@code git diff}.
 */
public final class Golden {
    private Golden() {
    }

    /** True when this run rewrites the expected files. */
    public static boolean blessing() {
        return Boolean.getBoolean("faustwire.bless");
    }

    /** The case folders under a root, sorted by name. */
    public static List<Path> cases(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code actual} is exactly the text of {@code expected} (written first when blessing). */
    public static void check(Path expected, String actual) {
        try {
            if (blessing()) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expected), "missing " + expected + "; run ./faustwire bless");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden " + expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
