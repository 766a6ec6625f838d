package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every wire of every golden patch, tapped: the program is the golden one with one more result of
 * {@code process} and not a character else, and a tap that cannot be placed leaves it unchanged.
 */
class TapGoldenTest {
    @Test
    void aTapChangesOnlyTheResultsOfProcess() {
        int placed = 0;
        int refused = 0;
        for (GoldenCases.Case golden : GoldenCases.all()) {
            CodegenResult plain = golden.generate();
            if (!plain.ok()) {
                continue;
            }
            for (Line line : golden.patch().lines().values()) {
                Tap tap = new Tap(line.src().boxId(), line.src().index());
                TappedResult tapped = Codegen.generate(golden.patch(), golden.index(), golden.resources(), tap);
                String where = golden.name() + " " + line.id();
                if (!tapped.tapped()) {
                    assertEquals(plain.code(), tapped.result().code(), where + ": not placed, not changed");
                    refused++;
                    continue;
                }
                placed++;
                assertEquals(plain.outputs(), tapped.tapChannel(), where + ": after the patch's own outputs");
                assertEquals(plain.outputs(), tapped.result().outputs(), where);
                assertOneMoreResult(plain.code(), tapped.result().code(), where);
            }
        }
        System.out.println("[tap] golden wires: " + placed + " tapped, " + refused + " not placeable");
        assertTrue(placed > 100, "most wires of the goldens can be tapped: " + placed);
    }

    /** The texts differ in one line only, the head of process, which gains {@code ", Name"} at the end. */
    static void assertOneMoreResult(String plain, String tapped, String where) {
        List<String> a = plain.lines().toList();
        List<String> b = tapped.lines().toList();
        assertEquals(a.size(), b.size(), where);
        int differing = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing++;
                assertTrue(a.get(i).startsWith("process") && b.get(i).startsWith(a.get(i) + ", "),
                        where + ": " + a.get(i) + " -> " + b.get(i));
            }
        }
        assertEquals(1, differing, where);
    }
}
