package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a host program for a test, in a folder, with extra environment, output captured in a log. */
final class HostProcess {
    private HostProcess() {
    }

    /** Skips the test, saying why, when a host program is not installed here. */
    static void assumeInstalled(String program, String packageName) {
        boolean here = Files.isExecutable(Path.of(program));
        if (!here) {
            System.out.println("NOT VERIFIED HERE: " + program + " is missing (Debian package " + packageName + ")");
        }
        assumeTrue(here, program + " is not installed (Debian package " + packageName + "), so the export is built but not run");
    }

    /** Starts a program; its stdout and stderr go to {@code log}. */
    static Process start(Path folder, Map<String, String> environment, Path log, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a program to its end; fails with its output when it exits non-zero or runs past the time. */
    static String run(Path folder, Map<String, String> environment, int seconds, List<String> command) {
        return run(folder, environment, seconds, command, true);
    }

    /** Runs a program to its end, whatever its exit status (lv2file's listing exits 1); its output. */
    static String output(Path folder, Map<String, String> environment, int seconds, List<String> command) {
        return run(folder, environment, seconds, command, false);
    }

    private static String run(Path folder, Map<String, String> environment, int seconds, List<String> command,
            boolean mustSucceed) {
        try {
            Path log = Files.createTempFile(folder, "host", ".log");
            Process process = start(folder, environment, log, command);
            boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!ended) {
                stop(process);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!ended || (mustSucceed && process.exitValue() != 0)) {
                throw new AssertionError(String.join(" ", command) + (ended ? " exited " + process.exitValue()
                        : " ran past " + seconds + " s") + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Ends a process this test started (and its children), waiting for it. */
    static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
