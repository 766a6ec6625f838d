package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds the index from the installed Faust libraries by asking the real compiler about every
 * documented function, and requires the committed index to be exactly that: every recorded arity
 * and state is what the compiler reports today. After a Faust upgrade, {@code ./faustwire index}
 * rewrites it (or this test with {@code -Dfaustwire.bless=true}, which writes the fresh index into the
 * module's resources).
 */
class IndexRegenerationIT {

    @Test
    void committedIndexIsWhatTheInstalledFaustSays() throws Exception {
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
        long stateful = fresh.functions().stream().filter(LibraryFunction::stateful).count();
        System.out.println("stdlib index regenerated in " + seconds + " s: " + fresh.functions().size()
                + " functions (" + fixed + " fixed, " + rules + " by rule, " + onDemand + " on demand; "
                + stateful + " stateful, " + (fresh.functions().size() - stateful) + " stateless), "
                + fresh.skipped().size() + " left out with a reason");
        if (Boolean.getBoolean("faustwire.bless")) {
            Files.writeString(Path.of("src/main/resources/dev/faustwire/stdlib/stdlib-index.json"), IndexFormat.write(fresh));
            System.out.println("stdlib index written; review it with git diff");
            return;
        }
        assertEquals(BundledIndex.faustText(), IndexFormat.write(fresh),
                "the committed stdlib index differs from what the installed Faust says; run ./faustwire index"
                        + " and review the diff");
        assertTrue(fresh.functions().size() >= 790, "only " + fresh.functions().size() + " functions");
    }
}
