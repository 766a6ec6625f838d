package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PatchEtag}: the entity-tag lists of conditional headers, and strong versus weak comparison. */
class PatchEtagTest {
    @Test
    void absentHeaderIsNull() {
        assertNull(PatchEtag.parse(null, "If-Match"));
    }

    @Test
    void starIsAny() {
        assertSame(PatchEtag.ANY, PatchEtag.parse(" * ", "If-Match"));
        assertTrue(PatchEtag.strongMatch(PatchEtag.ANY, "\"x\""));
        assertTrue(PatchEtag.weakMatch(PatchEtag.ANY, "\"x\""));
    }

    @Test
    void parsesAListWithWeakTagsAndSpaces() {
        assertEquals(List.of("\"a\"", "W/\"b\"", "\"c,d\""), PatchEtag.parse("\"a\" , W/\"b\",\t\"c,d\"", "If-Match"));
        assertEquals(List.of("\"a\"", "\"b\""), PatchEtag.parse(",\"a\",,\"b\",", "If-Match"));
        assertEquals(List.of("\"\""), PatchEtag.parse("\"\"", "If-Match"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "\"a", "\"a\" \"b\"", "w/\"a\"", "W/", "\"a\"x", "**", "\"a b\"", ","})
    void malformedListsAre400(String header) {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> PatchEtag.parse(header, "If-Match"));
        assertEquals(Kind.INVALID, e.kind());
        assertTrue(e.getMessage().startsWith("If-Match"), e.getMessage());
    }

    @Test
    void strongComparisonNeverMatchesAWeakTag() {
        assertTrue(PatchEtag.strongMatch(List.of("\"b\"", "\"a\""), "\"a\""));
        assertFalse(PatchEtag.strongMatch(List.of("W/\"a\""), "\"a\""));
        assertFalse(PatchEtag.strongMatch(List.of("\"ab\""), "\"a\""));
    }

    @Test
    void weakComparisonIgnoresTheWeakMark() {
        assertTrue(PatchEtag.weakMatch(List.of("W/\"a\""), "\"a\""));
        assertTrue(PatchEtag.weakMatch(List.of("\"a\""), "\"a\""));
        assertFalse(PatchEtag.weakMatch(List.of("W/\"b\""), "\"a\""));
    }
}
