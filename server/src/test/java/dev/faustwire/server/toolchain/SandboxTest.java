package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Sandbox#command} and {@link SandboxLimits}: what the compiler may see and use. */
class SandboxTest {
    private static final SandboxLimits LIMITS = new SandboxLimits(Duration.ofSeconds(4), 1L << 28, 1L << 20);
    private static final List<String> COMMAND =
            Sandbox.command(Path.of("/tmp/faustwire-job-1/work"), LIMITS, List.of("faust", "-lang", "wasm", "main.dsp"));

    @Test
    void runsBubblewrapThenPrlimitThenTheProgram() {
        assertEquals("/usr/bin/bwrap", COMMAND.get(0));
        int prlimit = COMMAND.indexOf("/usr/bin/prlimit");
        assertEquals("--", COMMAND.get(prlimit - 1));
        assertEquals(List.of("--as=268435456", "--cpu=9", "--fsize=1048576", "--core=0", "--",
                "faust", "-lang", "wasm", "main.dsp"), COMMAND.subList(prlimit + 1, COMMAND.size()));
    }

    @Test
    void bindsOnlyUsrReadOnlyAndTheJobFolderWritable() {
        List<String> sandbox = COMMAND.subList(0, COMMAND.indexOf("/usr/bin/prlimit"));
        assertEquals(1, Collections.frequency(sandbox, "--ro-bind"));
        assertEquals(List.of("--ro-bind", "/usr", "/usr"), window(sandbox, "--ro-bind", 3));
        assertEquals(1, Collections.frequency(sandbox, "--bind"));
        assertEquals(List.of("--bind", "/tmp/faustwire-job-1/work", "/job"), window(sandbox, "--bind", 3));
        assertEquals(List.of("--chdir", "/job"), window(sandbox, "--chdir", 2));
        for (String hidden : List.of("/etc", "/proc", "/home", "/tmp", "/root", "/var")) {
            assertFalse(sandbox.contains(hidden), hidden + " must not be in the sandbox");
        }
    }

    @Test
    void sharesNothingWithTheServer() {
        for (String option : List.of("--unshare-all", "--die-with-parent", "--new-session", "--clearenv")) {
            assertTrue(COMMAND.contains(option), option);
        }
        assertFalse(COMMAND.contains("--share-net"));
        assertEquals(List.of("--setenv", "HOME", "/job"), window(COMMAND, "HOME", 3, -1));
    }

    @Test
    void theCpuLimitIsFiveSecondsAboveTheWallClockLimit() {
        assertEquals(4, LIMITS.timeoutSeconds());
        assertEquals(9, LIMITS.cpuSeconds());
    }

    @Test
    void theDefaultLimits() {
        assertEquals(Duration.ofSeconds(10), SandboxLimits.DEFAULT.timeout());
        assertEquals(1073741824L, SandboxLimits.DEFAULT.memoryBytes());
        assertEquals(67108864L, SandboxLimits.DEFAULT.fileBytes());
        assertEquals(15, SandboxLimits.DEFAULT.cpuSeconds());
    }

    @Test
    void aCompileNeedsAtLeastOneSecond() {
        assertThrows(IllegalArgumentException.class,
                () -> new SandboxLimits(Duration.ofMillis(999), 1L << 30, 1L << 20));
        assertThrows(IllegalArgumentException.class, () -> new SandboxLimits(Duration.ZERO, 1L << 30, 1L << 20));
        assertEquals(1, new SandboxLimits(Duration.ofMillis(1500), 1L << 30, 1L << 20).timeoutSeconds());
    }

    @Test
    void isInstalledOnThisMachine() {
        assertTrue(Sandbox.installed(), "the tests of the compiler need bubblewrap and prlimit");
    }

    private static List<String> window(List<String> list, String first, int length) {
        return window(list, first, length, 0);
    }

    private static List<String> window(List<String> list, String anchor, int length, int shift) {
        int start = list.indexOf(anchor) + shift;
        return list.subList(start, start + length);
    }
}
