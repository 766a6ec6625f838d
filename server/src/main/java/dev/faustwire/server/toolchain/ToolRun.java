package dev.faustwire.server.toolchain;

/**
 * How one sandboxed program of a {@link SandboxedJob} ended: its exit status (-1 when it was killed
 * after its time), the start of what it wrote on stdout and stderr.
 */
public record ToolRun(int exitCode, String stdout, String stderr, boolean killed) {
    /** True when it exited with status 0 in time. */
    public boolean ok() {
        return exitCode == 0 && !killed;
    }

    /** True when it ran out of wall-clock or CPU time. */
    public boolean timedOut() {
        return killed || exitCode == FaustRun.CPU_LIMIT_EXIT || exitCode == FaustRun.FAUST_TIMEOUT_EXIT;
    }

    /** "exit status N" or "killed after the time limit", for messages. */
    public String ending() {
        return killed ? "killed after the time limit" : "exit status " + exitCode;
    }
}
