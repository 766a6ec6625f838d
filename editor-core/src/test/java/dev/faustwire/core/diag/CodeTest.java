package dev.faustwire.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tests of {@link Code}, {@link Severity} and {@link Diagnostic}: stable ids and the rendered CLI form. */
class CodeTest {

    private static final Pattern ID = Pattern.compile("^[EWG]\\d{3}$");

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Code code : Code.values()) {
            assertTrue(seen.add(code.id()), "duplicate id " + code.id() + " at " + code);
        }
    }

    @Test
    void idsHaveTheStableShape() {
        for (Code code : Code.values()) {
            assertTrue(ID.matcher(code.id()).matches(), code + " has id " + code.id());
        }
    }

    @Test
    void severityMatchesPrefix() {
        for (Code code : Code.values()) {
            if (code.id().startsWith("G")) {
                continue; // Gen import codes: errors and warnings share the G range (gen-contract.md)
            }
            Severity expected = code.id().startsWith("E") ? Severity.ERROR : Severity.WARNING;
            assertEquals(expected, code.severity(), code.toString());
        }
    }

    @Test
    void everyCodeHasASummary() {
        for (Code code : Code.values()) {
            assertFalse(code.summary().isBlank(), code.toString());
        }
    }

    @Test
    void publishedIdsStayPut() {
        assertEquals("E001", Code.MALFORMED_JSON.id());
        assertEquals("E002", Code.NOT_A_PATCH.id());
        assertEquals("E003", Code.DUPLICATE_ID.id());
        assertEquals("E004", Code.BOX_WITHOUT_TEXT.id());
        assertEquals("E005", Code.LINE_TO_MISSING_BOX.id());
        assertEquals("E006", Code.PORT_OUT_OF_RANGE.id());
        assertEquals("E007", Code.MALFORMED_LINE.id());
        assertEquals("E009", Code.UNSUPPORTED_VERSION.id());
        assertEquals("E012", Code.DUPLICATE_OUTPUT.id());
        assertEquals("W001", Code.IGNORED_FIELD.id());
    }

    @Test
    void severityLabels() {
        assertEquals("error", Severity.ERROR.label());
        assertEquals("warning", Severity.WARNING.label());
    }

    @Test
    void renderAtBox() {
        Diagnostic d = Diagnostic.atBox(Code.DUPLICATE_OUTPUT, "box-7", "msg");
        assertEquals("f.json: box-7: error E012: msg", d.render("f.json"));
        assertEquals("box-7", d.target());
        assertEquals(-1, d.port());
    }

    @Test
    void renderAtLine() {
        Diagnostic d = Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, "line-3", "line line-3 ends at box x");
        assertEquals("f.json: line-3: error E005: line line-3 ends at box x", d.render("f.json"));
        assertEquals("line-3", d.target());
    }

    @Test
    void renderAtDocument() {
        Diagnostic d = Diagnostic.atDocument(Code.MALFORMED_JSON, "line 1, column 2: bad");
        assertEquals("f.json: error E001: line 1, column 2: bad", d.render("f.json"));
        assertNull(d.target());
    }

    @Test
    void renderWarning() {
        Diagnostic d = Diagnostic.atBox(Code.IGNORED_FIELD, "box-1", "rect dropped");
        assertEquals("patches/a.json: box-1: warning W001: rect dropped", d.render("patches/a.json"));
        assertFalse(d.isError());
    }

    @Test
    void renderPrefersBoxOverLine() {
        Diagnostic d = new Diagnostic(Severity.ERROR, Code.PORT_OUT_OF_RANGE, "box-2", "line-9", -1, "m");
        assertEquals("f.json: box-2: error E006: m", d.render("f.json"));
    }

    @Test
    void factoriesTakeSeverityFromCode() {
        Diagnostic port = Diagnostic.atPort(Code.WRONG_ARGUMENT, "box-4", 2, "m");
        assertEquals(Severity.ERROR, port.severity());
        assertEquals(2, port.port());
        assertEquals("box-4", port.boxId());
        assertNull(port.lineId());
        assertTrue(port.isError());
        assertEquals(Severity.WARNING, Diagnostic.atDocument(Code.IGNORED_FIELD, "m").severity());
    }
}
