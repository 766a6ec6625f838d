package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds the index from the installed Faust libraries by asking the real compiler about every
 * documented function, and requires the committed index to be exactly that: every recorded arity
 * is what the compiler reports today. After a Faust upgrade, {@code ./faustwire index} rewrites it.
 */
class IndexRegenerationIT {

    @Test
    void committedIndexIsWhatTheInstalledFaustSays() {
        FaustProbe probe = FaustProbe.installed();
        StdlibIndex committed = BundledIndex.get();
        assertEquals(committed.faustVersion(), probe.version(),
                "the index was made with another Faust; run ./faustwire index");
        long start = System.nanoTime();
        PrintStream progress = System.out;
        StdlibIndex fresh = IndexGenerator.generate(Path.of("/usr/share/faust"), probe,
                Runtime.getRuntime().availableProcessors(), progress);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int fixed = 0;
        int rules = 0;
        int onDemand = 0;
        for (LibraryFunction f : fresh.functions()) {
            if (f.arity() instanceof Arity.Fixed) {
                fixed++;
            } else if (f.arity() instanceof Arity.Rule) {
                rules++;
            } else {
                onDemand++;
            }
        }
        System.out.println("stdlib index regenerated in " + seconds + " s: " + fresh.functions().size()
                + " functions (" + fixed + " fixed, " + rules + " by rule, " + onDemand + " on demand), "
                + fresh.skipped().size() + " left out with a reason");
        assertEquals(BundledIndex.faustText(), IndexFormat.write(fresh),
                "the committed stdlib index differs from what the installed Faust says; run ./faustwire index"
                        + " and review the diff");
        assertTrue(fresh.functions().size() >= 790, "only " + fresh.functions().size() + " functions");
    }
}
