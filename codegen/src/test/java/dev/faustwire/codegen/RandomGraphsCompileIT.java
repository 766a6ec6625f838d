package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs generated from random graphs all compile with the real Faust. */
class RandomGraphsCompileIT {
    static final int SAMPLES = 100;

    @TempDir
    Path work;

    @Test
    void sampledProgramsCompile() throws Exception {
        Random random = new Random(7);
        int compiled = 0;
        int withLoops = 0;
        while (compiled < SAMPLES) {
            Patch patch = RandomPatches.generate(random, 12);
            CodegenResult result = Codegen.generate(patch, BundledIndex.get());
            if (!result.ok()) {
                continue;
            }
            Path file = work.resolve("random" + compiled + ".dsp");
            Files.writeString(file, result.code(), StandardCharsets.UTF_8);
            Process faust = new ProcessBuilder("faust", "-o", "/dev/null", file.getFileName().toString())
                    .directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String errors = new String(faust.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(faust.waitFor(60, TimeUnit.SECONDS), "faust finishes");
            assertEquals(0, faust.exitValue(), errors + "\n" + result.code());
            withLoops += result.code().contains("Loop_") ? 1 : 0;
            compiled++;
        }
        System.out.println("RandomGraphsCompileIT: " + compiled + " random programs compiled, " + withLoops + " with loops");
        assertTrue(withLoops > 0, "some sampled programs have loops");
    }
}
