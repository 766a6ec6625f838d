package dev.faustwire.session.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Documented functions that cannot be a box (rm.reduce, wd.builddown) are still offered, as a code box. */
class CompletionsSkippedTest {

    @Test
    void rmReduceIsOfferedAsACodeBoxWithItsReasonAndExample() {
        List<Suggestion> list = CompletionsTest.suggest("rm.reduce");
        Suggestion reduce = CompletionsTest.find(list, "rm.reduce");
        assertEquals(0, list.indexOf(reduce), "the exact name comes first: " + CompletionsTest.names(list));
        assertEquals("rm.reduce", reduce.insert(), "the box then says the same as its problem");
        assertEquals(-1, reduce.inlets());
        assertEquals(-1, reduce.outlets());
        assertTrue(reduce.doc().startsWith("not a box; in a code box: process = rm.reduce(max,128);"), reduce.doc());
        assertTrue(reduce.doc().contains("(it takes arguments that are not numbers"), reduce.doc());
        assertTrue(reduce.doc().length() <= 100, reduce.doc());
    }

    @Test
    void itsAliasAndAPrefixFindItToo() {
        assertEquals(-1, CompletionsTest.find(CompletionsTest.suggest("reduce"), "rm.reduce").inlets());
        assertEquals(-1, CompletionsTest.find(CompletionsTest.suggest("wd.buildd"), "wd.builddown").inlets());
    }

    @Test
    void aNameThatIsABoxIsNotShadowed() {
        List<Suggestion> list = CompletionsTest.suggest("os.osc");
        assertEquals("os.osc", list.get(0).name());
        assertFalse(CompletionsTest.names(CompletionsTest.suggest("hslider")).contains("rm.reduce"));
    }

    @Test
    void skippedRowsRespectTheLimitAndComeAfterTheFunctions() {
        List<Suggestion> three = CompletionsTest.COMPLETIONS_FOR_TESTS.suggest("rm.", 3);
        assertEquals(3, three.size());
        List<Suggestion> all = CompletionsTest.COMPLETIONS_FOR_TESTS.suggest("rm.", 50);
        int firstSkipped = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).doc().startsWith("not a box")) {
                firstSkipped = firstSkipped < 0 ? i : firstSkipped;
            } else {
                assertTrue(firstSkipped < 0, "a function after a skipped row: " + CompletionsTest.names(all));
            }
        }
        assertTrue(firstSkipped >= 0, CompletionsTest.names(all).toString());
    }

    @Test
    void whatWasTypedAfterTheNameStaysInTheInsert() {
        assertEquals("rm.reduce max 128", CompletionsTest.find(CompletionsTest.suggest("rm.reduce max 128"), "rm.reduce").insert());
    }
}
