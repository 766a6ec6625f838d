package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxedJobTest {
    @Test
    void gccBuildsAndTheProgramRunsInsideTheJob() throws Exception {
        Path folder;
        try (SandboxedJob job = SandboxedJob.open()) {
            folder = job.folder();
            job.write("src/hello.c", "#include <stdio.h>\nint main(void){FILE*f=fopen(\"out/said.txt\",\"w\");"
                    + "fputs(\"hi\",f);fclose(f);puts(\"done\");return 0;}\n");
            Files.createDirectories(job.inside("out/x").getParent());
            ToolRun build = job.run(List.of("/usr/bin/gcc", "-O2", "-o", "hello", "src/hello.c"), SandboxLimits.BUILD);
            assertTrue(build.ok(), build.stderr());
            ToolRun ran = job.run(List.of("/job/hello"), SandboxLimits.DEFAULT);
            assertTrue(ran.ok(), ran.ending() + ran.stderr());
            assertEquals("done\n", ran.stdout());
            assertEquals("hi", Files.readString(job.inside("out/said.txt")));
        }
        assertFalse(Files.exists(folder), "the job is deleted when closed");
    }

    @Test
    void nothingOutsideTheJobIsWritable() throws Exception {
        try (SandboxedJob job = SandboxedJob.open()) {
            ToolRun touch = job.run(List.of("/usr/bin/touch", "/usr/faustwire-was-here"), SandboxLimits.DEFAULT);
            assertFalse(touch.ok());
            assertFalse(Files.exists(Path.of("/usr/faustwire-was-here")));
            ToolRun tmp = job.run(List.of("/usr/bin/touch", "/tmp/x"), SandboxLimits.DEFAULT);
            assertFalse(tmp.ok(), "no /tmp inside: TMPDIR is the job");
        }
    }

    @Test
    void aPathLeavingTheJobIsRefused() throws Exception {
        try (SandboxedJob job = SandboxedJob.open()) {
            assertThrows(IllegalArgumentException.class, () -> job.write("../escape.txt", "x"));
            assertThrows(IllegalArgumentException.class, () -> job.write("/etc/escape.txt", "x"));
            assertThrows(IllegalArgumentException.class, () -> job.write("a/../../escape.txt", "x"));
        }
    }

    @Test
    void aProgramPastItsTimeIsKilled() throws Exception {
        try (SandboxedJob job = SandboxedJob.open()) {
            ToolRun run = job.run(List.of("/usr/bin/sleep", "30"),
                    new SandboxLimits(Duration.ofSeconds(1), 1L << 30, 1L << 20));
            assertTrue(run.timedOut(), run.ending());
        }
    }
}
