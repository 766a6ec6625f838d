package dev.faustwire.session.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.core.model.Box;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boxes named {@code gen.NAME} get completion, docs and ports from gen.lib's index, as {@code os.osc} does. */
class GenBoxesTest {
    private static final Completions COMPLETIONS = new Completions(BundledIndex.get());

    @Test
    void typingGenDotSuggestsGenLibsFunctionsWithTheirDoc() {
        List<Suggestion> suggestions = COMPLETIONS.suggest("gen.hist", 10);
        Suggestion history = CompletionsTest.find(suggestions, "gen.history");
        assertTrue(history.doc().startsWith("Gen's history: its input one sample later"), history.doc());
        assertEquals("gen.history", CompletionsTest.first("gen.history").name());
    }

    @Test
    void genLibsNamesAreNoAliasesSoPhasorAndDelayStayTheFaustOnes() {
        assertEquals(List.of(), BundledIndex.get().resolve("history"));
        assertEquals("os.phasor", BundledIndex.get().resolve("phasor").get(0).name());
        assertEquals(1, BundledIndex.get().resolve("delay").size());
    }

    @Test
    void aGenBoxHasThePortsOfItsFunction() {
        BoxPorts.Count withInit = BoxPorts.of(new Box("box-1", "gen.history 0.5", null), BundledIndex.get());
        assertEquals(new BoxPorts.Count(1, 1, true), withInit);
        BoxPorts.Count withoutInit = BoxPorts.of(new Box("box-1", "gen.history", null), BundledIndex.get());
        assertEquals(new BoxPorts.Count(2, 1, true), withoutInit);
    }
}
