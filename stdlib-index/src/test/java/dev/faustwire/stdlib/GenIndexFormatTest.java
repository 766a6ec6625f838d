package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the index format gen.lib brings: delays, libraries outside stdfaust.lib, two indexes read together. */
class GenIndexFormatTest {

    private static final LibraryFunction HISTORY = new LibraryFunction("gen.history", "gen.lib",
            "Gen's `history`.", "_ : history(init) : _", List.of("init"), new Arity.Fixed(2, 1), 1, "gen.history_fed");
    private static final LibraryFunction WRAP = new LibraryFunction("gen.wrap", "gen.lib",
            "Gen's `wrap`.", "_,_,_ : wrap : _", List.of(), new Arity.Fixed(3, 1));
    private static final LibraryFunction OSC = new LibraryFunction("os.osc", "oscillators.lib",
            "Sine.", "osc(freq) : _", List.of("freq"), new Arity.Fixed(1, 1));

    private static StdlibIndex gen() {
        return new StdlibIndex("2.54.9", List.of(HISTORY, WRAP), List.of(), Map.of("gen", "gen.lib"));
    }

    @Test
    void delayAndLibrariesSurviveWritingAndReading() {
        String text = IndexFormat.write(gen());
        StdlibIndex read = IndexFormat.read(text);
        assertEquals(HISTORY, read.lookup("gen.history"));
        assertEquals(1, read.lookup("gen.history").delay());
        assertEquals("gen.history_fed", read.lookup("gen.history").fed());
        assertFalse(read.lookup("gen.wrap").delaysFirstInput());
        assertEquals(Map.of("gen", "gen.lib"), read.libraries());
        assertEquals(text, IndexFormat.write(read));
    }

    @Test
    void anIndexWithoutThemIsWrittenAsBefore() {
        String text = IndexFormat.write(new StdlibIndex("2.54.9", List.of(OSC), List.of()));
        assertFalse(text.contains("libraries"), text);
        assertFalse(text.contains("delay"), text);
    }

    @Test
    void aDelayNeedsSamplesAndAFedName() {
        String text = IndexFormat.write(gen());
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text.replace("\"samples\": 1", "\"samples\": 0")));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text.replace("\"fed\": \"gen.history_fed\"", "\"fed\": 3")));
        assertThrows(IllegalArgumentException.class, () -> new LibraryFunction("gen.x", "gen.lib", "", "", List.of(),
                new Arity.Fixed(1, 1), 1, null));
    }

    @Test
    void theImportLineIsForPrefixesOutsideStdfaust() {
        StdlibIndex both = new StdlibIndex("2.54.9", List.of(OSC), List.of()).with(gen());
        assertEquals("gen = library(\"gen.lib\");", both.importFor("gen.history"));
        assertNull(both.importFor("os.osc"));
        assertNull(both.importFor("history"));
        assertEquals(List.of(HISTORY), both.resolve("gen.history"));
        assertEquals(3, both.functions().size());
    }

    @Test
    void theBundledIndexHoldsTheFaustLibrariesAndGenLib() {
        StdlibIndex bundled = BundledIndex.get();
        assertTrue(bundled.lookup("os.osc") != null);
        LibraryFunction history = bundled.lookup("gen.history");
        assertEquals("gen.lib", history.library());
        assertEquals("gen.history_fed", history.fed());
        StdlibIndex served = IndexFormat.read(BundledIndex.text());
        assertEquals(bundled.functions(), served.functions());
        assertEquals(Map.of("gen", "gen.lib"), served.libraries());
        assertFalse(BundledIndex.faustText().contains("gen.lib"));
    }
}
