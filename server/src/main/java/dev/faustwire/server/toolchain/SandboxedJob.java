package dev.faustwire.server.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private folder for one job beyond a wasm compile (a host build, a block diagram): files are
 * written in, programs run inside the {@link Sandbox} with it as their only writable place
 * ({@code /job} inside), results are read out, and {@link #close()} deletes it all. Programs are
 * named by their full path under {@code /usr}; nothing else of the machine is visible to them.
 */
public final class SandboxedJob implements AutoCloseable {
    private static final int OUTPUT_KEPT = 64 * 1024;
    /** Time past the limit before the process is killed; prlimit's CPU limit usually ends it first. */
    private static final long GRACE_MILLIS = 3000;

    private final Path job;
    private final Path work;

    private SandboxedJob(Path job) throws IOException {
        this.job = job;
        this.work = Files.createDirectory(job.resolve("work"));
    }

    /** A new, empty job; fails when bubblewrap or prlimit is missing. */
    public static SandboxedJob open() throws IOException {
        if (!Sandbox.installed()) {
            throw new IOException("bubblewrap and prlimit are needed to run builds safely (apt-get install bubblewrap util-linux)");
        }
        return new SandboxedJob(JobFolders.newJob());
    }

    /** The job's folder, which programs see as {@code /job} and their working directory. */
    public Path folder() {
        return work;
    }

    /** Writes a text file at a relative path inside the job (folders made as needed). */
    public Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file at a relative path inside the job (folders made as needed); a path leaving the job is refused. */
    public Path write(String relative, byte[] bytes) throws IOException {
        Path file = inside(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** A path inside the job; {@code IllegalArgumentException} for an absolute path or one with {@code ..}. */
    public Path inside(String relative) {
        Path path = work.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !path.startsWith(work) || path.equals(work)) {
            throw new IllegalArgumentException("not a file inside the job: " + relative);
        }
        return path;
    }

    /**
     * Runs {@code program} (its first element a full path, such as {@code /usr/bin/g++}) in the
     * sandbox with these limits, in the job folder; waits for it, killing it past its time.
     */
    public ToolRun run(List<String> program, SandboxLimits limits) throws IOException {
        Path stdout = Files.createTempFile(job, "stdout", ".txt");
        Path stderr = Files.createTempFile(job, "stderr", ".txt");
        Process process = new ProcessBuilder(Sandbox.command(work, limits, program))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        boolean killed = false;
        try {
            if (!process.waitFor(limits.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                killed = true;
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + program.get(0), e);
        }
        return new ToolRun(killed ? -1 : process.exitValue(), head(stdout), head(stderr), killed);
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(OUTPUT_KEPT), StandardCharsets.UTF_8);
        }
    }

    /** Deletes the job and everything in it. */
    @Override
    public void close() {
        JobFolders.deleteQuietly(job);
    }
}
