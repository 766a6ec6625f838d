package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelaySectionTest {

    private static final String LIB = """
            //-----------------------------`(gen.)history`-----------------------------
            // Gen's `history`: its input one sample later.
            //
            // #### Usage
            //
            // ```
            // _ : history(init) : _
            // ```
            //
            // #### Delay
            //
            // 1 sample on the first input; in a loop: `history_fed`
            //--------------------------------------------------------------------------
            history(init) = mem : history_fed(init);
            history_fed(init) = _ + init * (1 - 1');

            //-----------------------------`(gen.)wrap`-----------------------------
            // Gen's `wrap`.
            //--------------------------------------------------------------------------
            wrap = _;
            """;

    @Test
    void theDocOfADelayingFunctionCarriesItsDelayLine() {
        List<LibraryDocs.Documented> documented = LibraryDocs.read("gen", "gen.lib", LIB).documented();
        assertEquals("1 sample on the first input; in a loop: `history_fed`", documented.get(0).delay());
        assertEquals("_ : history(init) : _", documented.get(0).usage());
        assertNull(documented.get(1).delay());
    }

    @Test
    void readsSamplesAndTheQualifiedFedName() {
        DelaySection.Parsed one = DelaySection.parse("gen.history", "1 sample on the first input; in a loop: `history_fed`");
        assertTrue(one.ok());
        assertEquals(1, one.samples());
        assertEquals("gen.history_fed", one.fed());
        DelaySection.Parsed two = DelaySection.parse("gen.delay2", "2 samples on the first input; in a loop: `delay2_fed`");
        assertEquals(2, two.samples());
    }

    @Test
    void refusesWhatDoesNotReadExactly() {
        for (String line : List.of("", "one sample on the first input; in a loop: `history_fed`",
                "1 samples on the first input; in a loop: `history_fed`",
                "2 sample on the first input; in a loop: `history_fed`",
                "0 samples on the first input; in a loop: `history_fed`",
                "1 sample on the second input; in a loop: `history_fed`",
                "1 sample on the first input; in a loop: history_fed")) {
            assertFalse(DelaySection.parse("gen.history", line).ok(), line);
        }
        DelaySection.Parsed wrongName = DelaySection.parse("gen.history", "1 sample on the first input; in a loop: `mem_fed`");
        assertFalse(wrongName.ok());
        assertTrue(wrongName.problem().contains("history_fed"), wrongName.problem());
    }
}
