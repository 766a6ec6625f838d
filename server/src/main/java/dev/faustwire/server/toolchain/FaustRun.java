package dev.faustwire.server.toolchain;

/** How one run of the compiler ended: its exit status (or -1 when we had to kill it) and what it said. */
record FaustRun(int exitCode, String stderr, boolean killed) {
    /** Faust's own {@code -t} limit ends a compile with this status and no message. */
    static final int FAUST_TIMEOUT_EXIT = 142;
    /** 128 + SIGXCPU: the CPU limit of prlimit. */
    static final int CPU_LIMIT_EXIT = 152;

    /** The failure this run shows, or null when it succeeded. */
    CompileFailure failure() {
        if (exitCode == 0 && !killed) {
            return null;
        }
        if (killed || exitCode == FAUST_TIMEOUT_EXIT || exitCode == CPU_LIMIT_EXIT) {
            return CompileFailure.TIMEOUT;
        }
        if (exitCode == 1 && stderr.contains("ERROR")) {
            return CompileFailure.REJECTED; // checked first: the message may quote a label saying "out of memory"
        }
        if (saysOutOfMemory()) {
            return CompileFailure.OUT_OF_MEMORY;
        }
        return CompileFailure.CRASHED;
    }

    private boolean saysOutOfMemory() {
        return stderr.contains("std::bad_alloc") || stderr.contains("Cannot allocate memory")
                || stderr.contains("out of memory") || stderr.contains("Resource temporarily unavailable");
    }
}
