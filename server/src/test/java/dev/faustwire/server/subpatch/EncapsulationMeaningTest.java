package dev.faustwire.server.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Levels;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.server.subpatch.EncapsulationCases.Case;
import dev.faustwire.server.subpatch.EncapsulationCases.Original;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Encapsulate and De-encapsulate on random connected selections of every corpus patch that
 * generates, at every embedded level: an accepted encapsulation still generates a program (its
 * sound is compared by {@link EncapsulationRenderIT}), and de-encapsulating it gives back exactly
 * the original program text; a refusal names its reason.
 */
class EncapsulationMeaningTest {
    private static final int PER_PATCH = 25;

    @Test
    void encapsulatingGeneratesAProgramAndDeencapsulatingGivesTheSameTextBack() {
        List<Original> originals = EncapsulationCases.originals();
        assertTrue(originals.size() >= 12, "corpus patches that generate: " + originals.size());
        List<Case> cases = EncapsulationCases.cases(originals, PER_PATCH, 17);
        Map<String, Integer> refused = new TreeMap<>();
        int accepted = 0;
        int changedText = 0;
        for (Case c : cases) {
            if (c.edit().refusal() != null) {
                refused.merge(c.edit().refusal().code().id(), 1, Integer::sum);
                continue;
            }
            accepted++;
            CodegenResult encapsulated = Codegen.generate(c.encapsulated(), EncapsulationCases.STDLIB, c.original().resources());
            assertTrue(encapsulated.ok(), c.describe() + " no longer generates: " + errors(encapsulated.diagnostics()));
            if (!encapsulated.code().equals(c.original().code())) {
                changedText++;
            }
            CodegenResult back = Codegen.generate(c.back(), EncapsulationCases.STDLIB, c.original().resources());
            assertTrue(back.ok(), c.describe() + " de-encapsulated does not generate: " + errors(back.diagnostics()));
            assertEquals(c.original().code(), back.code(), c.describe() + ": de-encapsulate(encapsulate(x)) is x's program");
            assertEquals(summary(Levels.at(c.original().patch(), c.level())), summary(Levels.at(c.back(), c.level())),
                    c.describe() + ": every box back with its id, text and place, every line between the same ports");
        }
        System.out.println("EncapsulationMeaningTest: " + originals.size() + " corpus patches, " + cases.size()
                + " selections, " + accepted + " encapsulated (" + changedText + " with a new program text), refused "
                + refused);
        assertTrue(accepted >= cases.size() / 2, "most selections are accepted: " + accepted + " of " + cases.size());
        assertNotEquals(0, changedText, "encapsulating changes the text (a function per sub-patcher), so the render comparison can fail");
    }

    /** The boxes (id, text, place) and the wiring of a level, without line ids, as text. */
    private static String summary(Patch level) {
        StringBuilder text = new StringBuilder();
        for (Box box : level.boxes().values()) {
            text.append(box.id()).append(' ').append(box.text()).append(' ').append(box.rect()).append('\n');
        }
        java.util.TreeSet<String> wiring = new java.util.TreeSet<>();
        for (Line line : level.lines().values()) {
            wiring.add(line.src() + " -> " + line.dest());
        }
        return text + String.join("\n", wiring);
    }

    private static String errors(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                text.append(d.render("patch")).append("; ");
            }
        }
        return text.toString();
    }
}
