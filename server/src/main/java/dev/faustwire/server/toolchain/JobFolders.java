package dev.faustwire.server.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where compile jobs live: {@code <temp>/faustwire-jobs/<pid>/job-*}, one folder per server process.
 * A job folder holds the user's program only while it compiles; one that a killed process left
 * behind (its pid no longer runs) is swept the first time a later process compiles.
 */
final class JobFolders {
    static final String ROOT = "faustwire-jobs";
    private static Path mine;

    private JobFolders() {
    }

    /** A new, empty job folder of this process. */
    static Path newJob() throws IOException {
        return Files.createTempDirectory(processFolder(), "job-");
    }

    /** This process's folder of jobs; made, after the folders of dead processes are swept, at first use. */
    static synchronized Path processFolder() throws IOException {
        if (mine == null || !Files.isDirectory(mine)) {
            Path all = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")).resolve(ROOT));
            sweep(all);
            mine = Files.createDirectories(all.resolve(Long.toString(ProcessHandle.current().pid())));
        }
        return mine;
    }

    /** Deletes the folders under {@code all} named for processes that no longer run; returns how many. */
    static int sweep(Path all) throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(all)) {
            folders = children.filter(JobFolders::ofDeadProcess).toList();
        }
        for (Path folder : folders) {
            deleteQuietly(folder);
        }
        return folders.size();
    }

    private static boolean ofDeadProcess(Path folder) {
        long pid;
        try {
            pid = Long.parseLong(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false;
    }

    /** Deletes a folder and what it holds, as far as it can; what stays is swept at the next start. */
    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left for the sweep of the next start.
        }
    }
}
