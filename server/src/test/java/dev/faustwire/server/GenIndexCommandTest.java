package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faustwire index --gen}: rebuilds only gen.lib's index, in seconds, from the gen.lib it is given. */
class GenIndexCommandTest {
    @TempDir
    Path dir;

    @Test
    void rebuildsTheCommittedGenIndexFromGenLib() throws Exception {
        Path lib = Files.writeString(dir.resolve("gen.lib"), GenLibrary.text(), StandardCharsets.UTF_8);
        Path target = dir.resolve("gen-index.json");
        CodegenCommandTest.Run run = CodegenCommandTest.run("index", "--gen", "-o", target.toString(), "--gen-lib", lib.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(BundledIndex.genText(), Files.readString(target));
        assertTrue(run.out().contains("wrote " + target), run.out());
    }

    @Test
    void aNewDelayingFunctionOfGenLibGetsItsEntry() throws Exception {
        String added = GenLibrary.text() + """

                //-----------------------------`(gen.)twice`-----------------------------
                // Test: its input two samples later.
                //
                // #### Usage
                //
                // ```
                // _ : twice : _
                // ```
                //
                // #### Delay
                //
                // 2 samples on the first input; in a loop: `twice_fed`
                //--------------------------------------------------------------------------
                twice = mem : twice_fed;
                twice_fed = mem;
                """;
        Path lib = Files.writeString(dir.resolve("gen.lib"), added, StandardCharsets.UTF_8);
        Path target = dir.resolve("gen-index.json");
        CodegenCommandTest.Run run = CodegenCommandTest.run("index", "--gen", "-o", target.toString(), "--gen-lib", lib.toString());
        assertEquals(0, run.exit(), run.err());
        StdlibIndex index = IndexFormat.read(Files.readString(target));
        LibraryFunction twice = index.lookup("gen.twice");
        assertEquals(2, twice.delay());
        assertEquals("gen.twice_fed", twice.fed());
        assertEquals("gen.lib", index.libraries().get("gen"));
    }
}
