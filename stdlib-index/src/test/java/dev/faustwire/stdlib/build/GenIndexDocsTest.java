package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Skipped;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The quick half of {@link GenIndexRegenerationIT}, run with the unit tests: without compiling,
 * every function gen.lib documents is in the committed gen index (or left out with a reason) with
 * the summary, usage, parameters and delay its doc gives today, and the index has nothing else.
 * Fails as soon as gen.lib's docs change without {@code ./faustwire index --gen}.
 */
class GenIndexDocsTest {

    @Test
    void theCommittedGenIndexHasWhatGenLibDocumentsToday() {
        StdlibIndex committed = IndexFormat.read(BundledIndex.genText());
        TreeSet<String> indexed = new TreeSet<>();
        for (LibraryFunction f : committed.functions()) {
            indexed.add(f.name());
        }
        for (Skipped s : committed.skipped()) {
            indexed.add(s.name());
        }
        TreeSet<String> documented = new TreeSet<>();
        List<String> stale = new ArrayList<>();
        for (LibraryDocs.Documented d : LibraryDocs.read(GenIndexGenerator.PREFIX, GenIndexGenerator.FILE, GenLibrary.text())
                .documented()) {
            documented.add(d.name());
            LibraryFunction f = committed.lookup(d.name());
            if (f == null) {
                continue;
            }
            DelaySection.Parsed delay = d.delay() == null ? null : DelaySection.parse(d.name(), d.delay());
            boolean same = f.summary().equals(d.summary()) && f.usage().equals(d.usage())
                    && f.delay() == (delay == null ? 0 : delay.samples())
                    && (delay == null ? f.fed() == null : delay.fed().equals(f.fed()));
            if (!same) {
                stale.add(d.name());
            }
        }
        String hint = "; run ./faustwire index --gen (or GenIndexRegenerationIT with -Dfaustwire.bless=true)";
        assertEquals(documented, indexed, "gen.lib documents other names than the gen index has" + hint);
        assertTrue(stale.isEmpty(), "the gen index has an older doc or delay for " + stale + hint);
    }
}
