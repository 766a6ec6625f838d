package dev.faustwire.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link Ids}: the next free box-N / line-N id is one past the largest N in use; box paths. */
class IdsTest {

    @Test
    void aBoxPathIsSplitAtEachSlashOutermostFirst() {
        assertEquals(List.of("box-3"), Ids.path("box-3"));
        assertEquals(List.of("box-9", "box-7"), Ids.path("box-9/box-7"));
        assertEquals(List.of("box-9", "box-2", "box-4"), Ids.path("box-9/box-2/box-4"));
        assertEquals(List.of("box-9", ""), Ids.path("box-9/"), "an empty id names no box, but is kept");
    }

    @Test
    void nextIsOnePastTheLargestNumberNotTheLastInStringOrder() {
        assertEquals("box-11", Ids.next("box", List.of("box-1", "box-9", "box-10")));
    }

    @Test
    void nextOnEmptyCollectionIsOne() {
        assertEquals("box-1", Ids.next("box", List.of()));
        assertEquals("line-1", Ids.next("line", Set.of()));
    }

    @Test
    void nextIgnoresOtherPrefixesAndNonNumericSuffixes() {
        List<String> used = List.of("box-x", "box-", "boxes-3", "line-40", "Box-50", "box-2a", "box--7", "box-+8");
        assertEquals("box-1", Ids.next("box", used));
        assertEquals("line-41", Ids.next("line", used));
    }

    @Test
    void nextSkipsGapsAndDoesNotReuseThem() {
        assertEquals("line-8", Ids.next("line", List.of("line-1", "line-7")));
    }

    @Test
    void nextAfterBoxZeroIsBoxOne() {
        assertEquals("box-1", Ids.next("box", List.of("box-0")));
    }

    @Test
    void largestIsZeroWhenNothingMatches() {
        assertEquals(0, Ids.largest("box", List.of("line-3", "box-y")));
        assertEquals(12, Ids.largest("box", List.of("box-3", "box-12", "box-5")));
    }

    @Test
    void numberAfterReadsPlainNumbers() {
        assertEquals(12, Ids.numberAfter("box-", "box-12"));
        assertEquals(0, Ids.numberAfter("box-", "box-0"));
        assertEquals(7, Ids.numberAfter("box-", "box-007"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"box-", "box", "box-x", "box-1x", "box-x1", "box- 1", "box-1 ", "box--1", "box-+1",
            "box-1.5", "box-1e3", "boxes-3", "Box-3", "line-3", "", "box-\u0661"})
    void numberAfterIsMinusOneForAnythingElse(String id) {
        assertEquals(-1, Ids.numberAfter("box-", id));
    }

    @Test
    void numberAfterAcceptsFifteenDigitsAndRejectsSixteen() {
        assertEquals(999_999_999_999_999L, Ids.numberAfter("box-", "box-999999999999999"));
        assertEquals(-1, Ids.numberAfter("box-", "box-1000000000000000"));
    }

    @Test
    void numberAfterWithEmptyHeadReadsTheWholeId() {
        assertEquals(42, Ids.numberAfter("", "42"));
        assertEquals(-1, Ids.numberAfter("", ""));
    }

    @Test
    void nextNeverReturnsAnIdInUseEvenAtTheFifteenDigitLimit() {
        // A patch (e.g. read from a file) with box-999999999999999: allocate twice, as AddBox/Paste do.
        List<String> used = new ArrayList<>(List.of("box-999999999999999"));
        String first = Ids.next("box", used);
        assertFalse(used.contains(first), first + " is in use");
        used.add(first);
        String second = Ids.next("box", used);
        assertFalse(used.contains(second), second + " is already in use: " + used);
    }
}
