package dev.faustwire.server.toolchain;

import java.time.Duration;

/** What one compile may use: wall-clock time (faust's own {@code -t}), address space, and file size. */
public record SandboxLimits(Duration timeout, long memoryBytes, long fileBytes) {
    /** 10 s, 1 GiB, 64 MiB: a reverb compiles in 130 ms and 300 MB, and runaway programs stop in time. */
    public static final SandboxLimits DEFAULT = new SandboxLimits(Duration.ofSeconds(10), 1L << 30, 64L << 20);

    /**
     * 180 s, 4 GiB, 512 MiB: a host build (faust with an architecture, then gcc with the host's SDK);
     * Debian's builds took 2 to 25 s here, an LV2 plugin with boost the longest.
     */
    public static final SandboxLimits BUILD = new SandboxLimits(Duration.ofSeconds(180), 4L << 30, 512L << 20);

    public SandboxLimits {
        if (timeout.toSeconds() < 1) {
            throw new IllegalArgumentException("a compile needs at least 1 s");
        }
    }

    /** The wall-clock limit faust enforces itself; it exits 142 when it runs out. */
    int timeoutSeconds() {
        return (int) timeout.toSeconds();
    }

    /** CPU seconds: a little above the wall-clock limit, so the kernel stops a compiler that ignores {@code -t}. */
    long cpuSeconds() {
        return timeout.toSeconds() + 5;
    }
}
