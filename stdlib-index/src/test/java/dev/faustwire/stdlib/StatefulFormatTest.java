package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a function keeps state: written on every function, read back, and conservative when unknown. */
class StatefulFormatTest {
    private static final LibraryFunction TANH = new LibraryFunction("ma.tanh", "maths.lib", "Hyperbolic tangent.",
            "_ : tanh : _", List.of(), new Arity.Fixed(1, 1), false);
    private static final LibraryFunction SMOO = new LibraryFunction("si.smoo", "signals.lib", "Smoothing.",
            "_ : smoo : _", List.of(), new Arity.Fixed(1, 1), true);
    private static final LibraryFunction HISTORY = new LibraryFunction("gen.history", "gen.lib", "Gen's `history`.",
            "_ : history(init) : _", List.of("init"), new Arity.Fixed(2, 1), 1, "gen.history_fed");

    private static String written() {
        return IndexFormat.write(new StdlibIndex("2.54.9", List.of(TANH, SMOO, HISTORY), List.of()));
    }

    @Test
    void everyFunctionSaysWhetherItKeepsStateAndReadsBackTheSame() {
        String text = written();
        assertTrue(text.contains("\"stateful\": false"), text);
        assertEquals(3, text.split("\"stateful\": ").length - 1, text);
        StdlibIndex read = IndexFormat.read(text);
        assertFalse(read.lookup("ma.tanh").stateful());
        assertTrue(read.lookup("si.smoo").stateful());
        assertTrue(read.lookup("gen.history").stateful());
        assertEquals(List.of(HISTORY, TANH, SMOO), read.functions());
        assertEquals(text, IndexFormat.write(read));
    }

    @Test
    void aFunctionWithoutTheFieldIsTakenAsStateful() {
        String text = written().replace("\"stateful\": false", "\"x\": 0");
        assertTrue(IndexFormat.read(text).lookup("ma.tanh").stateful());
    }

    @Test
    void theFieldIsTrueOrFalse() {
        String text = written().replace("\"stateful\": false", "\"stateful\": \"no\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
        assertTrue(e.getMessage().contains("stateful"), e.getMessage());
    }

    @Test
    void constructorsWithoutTheFlagAreConservative() {
        assertTrue(new LibraryFunction("x.f", "x.lib", "", "", List.of(), new Arity.Fixed(1, 1)).stateful());
        assertTrue(HISTORY.stateful());
        assertThrows(IllegalArgumentException.class, () -> new LibraryFunction("gen.h", "gen.lib", "", "", List.of(),
                new Arity.Fixed(2, 1), 1, "gen.h_fed", false), "a delay is state");
    }
}
