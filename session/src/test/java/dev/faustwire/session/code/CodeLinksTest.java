package dev.faustwire.session.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lines of boxes, the box of a line, and the selection of the open level as box paths, on a hand-made source map. */
class CodeLinksTest {
    /** Line n is OWNERS.get(n - 1): a sub-patcher box-9 with box-2 and a nested box-3 inside, and a box-90 beside it. */
    private static final List<String> OWNERS = Arrays.asList(
            null,                 // 1 import
            "box-1",              // 2
            "box-2",              // 3
            "box-9",              // 4 the sub-patcher's own definition
            "box-9/box-2",        // 5
            "box-9/box-2",        // 6
            "box-90",             // 7 a name that begins like box-9
            null,                 // 8 process = ...
            "box-9/box-3/box-1",  // 9 a box two levels down
            "box-9/box-3");       // 10

    @Test
    void aBoxOwnsExactlyTheLinesTheSourceMapGivesIt() {
        assertEquals(List.of(2), CodeLinks.linesOf(OWNERS, Set.of("box-1")));
        assertEquals(List.of(3), CodeLinks.linesOf(OWNERS, Set.of("box-2")), "box-2 of the top, not box-9/box-2");
        assertEquals(List.of(5, 6), CodeLinks.linesOf(OWNERS, Set.of("box-9/box-2")));
        assertEquals(List.of(7), CodeLinks.linesOf(OWNERS, Set.of("box-90")));
    }

    @Test
    void aSubpatcherBoxAlsoOwnsTheLinesOfEveryBoxInsideItHoweverDeep() {
        assertEquals(List.of(4, 5, 6, 9, 10), CodeLinks.linesOf(OWNERS, Set.of("box-9")), "not box-90's line 7");
        assertEquals(List.of(9, 10), CodeLinks.linesOf(OWNERS, Set.of("box-9/box-3")));
    }

    @Test
    void severalBoxesOwnTheUnionOfTheirLinesInProgramOrder() {
        assertEquals(List.of(2, 5, 6, 7), CodeLinks.linesOf(OWNERS, Set.of("box-90", "box-9/box-2", "box-1")));
        assertEquals(List.of(4, 5, 6, 9, 10), CodeLinks.linesOf(OWNERS, Set.of("box-9", "box-9/box-2")), "no line twice");
    }

    @Test
    void noSelectionOrABoxOfNoLineHighlightsNothing() {
        assertTrue(CodeLinks.linesOf(OWNERS, Set.of()).isEmpty());
        assertTrue(CodeLinks.linesOf(OWNERS, Set.of("box-5")).isEmpty(), "a comment, say, becomes no line");
        assertTrue(CodeLinks.linesOf(List.of(), Set.of("box-1")).isEmpty(), "no program, no line");
    }

    @Test
    void aLineGivesItsBoxOrNoneWhenItBelongsToNoBox() {
        assertEquals("box-1", CodeLinks.ownerAt(OWNERS, 2));
        assertEquals("box-9/box-2", CodeLinks.ownerAt(OWNERS, 6));
        assertEquals("box-9/box-3/box-1", CodeLinks.ownerAt(OWNERS, 9));
        assertNull(CodeLinks.ownerAt(OWNERS, 1), "the import line");
        assertNull(CodeLinks.ownerAt(OWNERS, 8), "the process line");
        assertNull(CodeLinks.ownerAt(OWNERS, 0));
        assertNull(CodeLinks.ownerAt(OWNERS, 11), "past the end");
    }

    @Test
    void everyOwnedLineIsAmongTheLinesOfItsOwner() {
        for (int line = 1; line <= OWNERS.size(); line++) {
            String owner = CodeLinks.ownerAt(OWNERS, line);
            if (owner != null) {
                assertTrue(CodeLinks.linesOf(OWNERS, Set.of(owner)).contains(line), "line " + line);
            }
        }
    }

    @Test
    void theSelectionOfTheOpenLevelIsNamedByPathsFromTheTop() {
        assertEquals(Set.of("box-1", "box-2"), CodeLinks.pathsOf(List.of(), List.of("box-2", "box-1")));
        assertEquals(Set.of("box-9/box-2"), CodeLinks.pathsOf(List.of("box-9"), List.of("box-2")));
        assertEquals(Set.of("box-9/box-3/box-1"), CodeLinks.pathsOf(List.of("box-9", "box-3"), List.of("box-1")));
        assertTrue(CodeLinks.pathsOf(List.of("box-9"), List.of()).isEmpty());
        assertFalse(CodeLinks.pathsOf(List.of("box-9"), List.of("box-2")).contains("box-2"), "not the top's box-2");
    }
}
