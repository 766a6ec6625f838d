package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds gen.lib's index from the gen.lib on the classpath, asking the real compiler about every
 * documented function with gen.lib beside the probe, and requires the committed gen-index.json to
 * be exactly that. gen.lib is small, so this takes seconds; after editing gen.lib, run
 * {@code ./faustwire index --gen}.
 */
class GenIndexRegenerationIT {

    @Test
    void committedGenIndexIsWhatGenLibAndTheCompilerSay() {
        long start = System.nanoTime();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StdlibIndex fresh = GenIndexGenerator.generate(GenLibrary.text(), FaustProbe.installed(),
                Runtime.getRuntime().availableProcessors(), new PrintStream(log, true, StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("gen index regenerated in " + millis + " ms: " + fresh.functions().size() + " functions, "
                + fresh.skipped().size() + " left out");
        assertEquals(BundledIndex.genText(), IndexFormat.write(fresh),
                "gen.lib changed but gen-index.json was not regenerated; run ./faustwire index --gen and review the diff\n"
                        + log.toString(StandardCharsets.UTF_8));
    }
}
