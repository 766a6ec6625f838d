package dev.faustwire.server.toolchain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs a program inside bubblewrap: the system read-only, no {@code /etc},
 * {@code /proc}, home or temp folders, no network, a private job folder as the only writable place,
 * and {@code prlimit} on memory, CPU time and file size.
 */
final class Sandbox {
    /** Where the job folder appears inside the sandbox; file names given to the compiler are relative to it. */
    static final String JOB = "/job";

    private static final String BWRAP = "/usr/bin/bwrap";
    private static final String PRLIMIT = "/usr/bin/prlimit";

    private Sandbox() {
    }

    /** True when bubblewrap and prlimit are installed; without them nothing is compiled. */
    static boolean installed() {
        return Files.isExecutable(Path.of(BWRAP)) && Files.isExecutable(Path.of(PRLIMIT));
    }

    static List<String> command(Path jobFolder, SandboxLimits limits, List<String> program) {
        List<String> command = new ArrayList<>(List.of(BWRAP,
                "--ro-bind", "/usr", "/usr",
                "--symlink", "usr/lib", "/lib",
                "--symlink", "usr/lib64", "/lib64",
                "--symlink", "usr/bin", "/bin",
                "--dev", "/dev",
                "--bind", jobFolder.toString(), JOB,
                "--chdir", JOB,
                "--unshare-all",
                "--die-with-parent",
                "--new-session",
                "--clearenv",
                "--setenv", "PATH", "/usr/bin",
                "--setenv", "HOME", JOB,
                "--setenv", "TMPDIR", JOB,
                "--",
                PRLIMIT,
                "--as=" + limits.memoryBytes(),
                "--cpu=" + limits.cpuSeconds(),
                "--fsize=" + limits.fileBytes(),
                "--core=0",
                "--"));
        command.addAll(program);
        return command;
    }
}
