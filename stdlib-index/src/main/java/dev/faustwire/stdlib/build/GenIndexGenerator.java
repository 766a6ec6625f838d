package dev.faustwire.stdlib.build;

import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Skipped;
import dev.faustwire.stdlib.StdlibIndex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the index of our gen.lib, kept apart from the Faust libraries' (it changes often and is
 * quick to rebuild): its documented functions under the prefix {@code gen}, each probed by the
 * real compiler with gen.lib beside the probe program, and the delay its doc declares.
 */
public final class GenIndexGenerator {
    /** Where the Gen index lives in the repository, relative to its root. */
    public static final String RESOURCE = "stdlib-index/src/main/resources/dev/faustwire/stdlib/gen-index.json";
    /** Where gen.lib lives in the repository, relative to its root. */
    public static final String LIBRARY = "stdlib-index/src/main/resources/dev/faustwire/stdlib/gen.lib";
    /** The prefix programs reach gen.lib by. */
    public static final String PREFIX = "gen";
    /** The file programs import. */
    public static final String FILE = "gen.lib";

    private GenIndexGenerator() {
    }

    /** The index of {@code genLib}, the text of gen.lib, probed with {@code probe}. */
    public static StdlibIndex generate(String genLib, FaustProbe probe, int threads, PrintStream progress) {
        LibraryDocs.Result docs = LibraryDocs.read(PREFIX, FILE, genLib);
        List<Skipped> skipped = new ArrayList<>();
        for (LibraryDocs.Unmatched u : docs.unmatched()) {
            skipped.add(new Skipped(PREFIX + "." + u.pattern(), FILE, "the doc header names a family, but gen.lib defines no member of it"));
        }
        progress.println("faustwire index: gen.lib documents " + docs.documented().size() + " names");
        List<LibraryFunction> functions = IndexGenerator.fit(docs.documented(), skipped,
                probe.with(new FaustProbe.Library(PREFIX, FILE, genLib)), threads, progress);
        Map<String, String> libraries = new TreeMap<>();
        libraries.put(PREFIX, FILE);
        progress.println("faustwire index: gen.lib: " + functions.size() + " functions, " + skipped.size() + " left out");
        return new StdlibIndex(probe.version(), functions, skipped, libraries);
    }
}
