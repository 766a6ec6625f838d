package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A host build that fails says which tool failed and what it said, names no server folder, and leaves no files. */
class HostBuildFailureIT {
    private static final Path JOBS = Path.of(System.getProperty("java.io.tmpdir"), "faustwire-jobs",
            Long.toString(ProcessHandle.current().pid()));

    @ParameterizedTest
    @ValueSource(strings = {"lv2", "pd", "sc", "jack"})
    void faustsMessageComesBackWhenTheProgramDoesNotCompileWithTheArchitecture(String target) throws Exception {
        Set<Path> before = jobs();
        ExportException failure = assertThrows(ExportException.class, () -> ExportTargets.named(target).orElseThrow()
                .export(new ExportRequest("process = nosuch;\n", "Broken"), ExportProgress.NONE));
        assertEquals(ExportException.Kind.BUILD_FAILED, failure.kind());
        assertTrue(failure.getMessage().startsWith("faust -a "), failure.getMessage());
        assertTrue(failure.toolMessage().contains("nosuch"), failure.toolMessage());
        assertClean(failure.toolMessage());
        assertEquals(before, jobs(), "the failed build's job folder is gone");
    }

    @Test
    void theCompilersMessageComesBackWhenGppFails() throws Exception {
        Set<Path> before = jobs();
        String program = "missing = ffunction(float faustwire_missing(float), <math.h>, \"\");\n"
                + "process = missing(0.5);\n";
        ExportException failure = assertThrows(ExportException.class, () -> ExportTargets.named("pd").orElseThrow()
                .export(new ExportRequest(program, "Missing"), ExportProgress.NONE));
        System.out.println("g++ failure: " + failure.getMessage() + "\n" + failure.toolMessage());
        assertEquals(ExportException.Kind.BUILD_FAILED, failure.kind());
        assertTrue(failure.getMessage().startsWith("g++"), failure.getMessage());
        assertTrue(failure.toolMessage().contains("faustwire_missing"), failure.toolMessage());
        assertClean(failure.toolMessage());
        assertEquals(before, jobs(), "the failed build's job folder is gone");
    }

    private static void assertClean(String message) {
        assertFalse(message.contains("/job/"), message);
        assertFalse(message.contains(System.getProperty("java.io.tmpdir") + "/"), message);
        assertFalse(message.contains("faustwire-jobs"), message);
    }

    private static Set<Path> jobs() throws IOException {
        if (!Files.isDirectory(JOBS)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(JOBS)) {
            return new HashSet<>(files.toList());
        }
    }
}
