package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.Skipped;
import dev.faustwire.stdlib.SkippedUse;
import dev.faustwire.stdlib.StdlibIndex;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index builder keeps the doc of a documented function the real compiler cannot give an arity
 * (it takes a function), so that the editor and the command line can still explain it.
 */
class SkippedDocsTest {
    private static final String LIBRARY = """
            //-----------------------------`(gen.)twice`-----------------------------
            // Applies a function twice, as in `twice(sin)`.
            //
            // #### Usage
            //
            // ```
            // _ : twice(f) : _
            // ```
            //----------------------------------------------------------------------------
            twice(f) = f : f;
            """;

    @Test
    void aFunctionTakingAFunctionIsSkippedWithItsDoc() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        StdlibIndex index = GenIndexGenerator.generate(LIBRARY, FaustProbe.installed(), 1, quiet);
        assertEquals(List.of(), index.functions());
        Skipped twice = index.skipped().get(0);
        assertEquals("gen.twice", twice.name());
        assertTrue(twice.reason().startsWith("takes arguments that are not numbers"), twice.reason());
        assertEquals("Applies a function twice, as in `twice(sin)`.", twice.summary());
        assertEquals("_ : twice(f) : _", twice.usage());
        assertEquals(List.of("f"), twice.params());
        assertEquals("process = gen.twice(sin);", SkippedUse.codeExample(twice));
        assertEquals(twice, IndexFormat.read(IndexFormat.write(index)).skipped().get(0));
    }
}
