package dev.faustwire.session.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of the problems list, of a box's hover text and of the page's title. */
class ProblemTextTest {
    private static final Patch PATCH = PatchReader.read("{\"boxes\": {"
            + "\"box-1\": {\"text\": \"nosuchbox 1 2\"},"
            + "\"box-9\": {\"text\": \"p\", \"data\": {\"boxes\": {\"box-2\": {\"text\": \"foo.bar\"}}, \"lines\": {}}},"
            + "\"box-5\": {\"text\": \"code @ins 1 @outs 1\\nprocess = _ : + ~ _ : ma.tanh : *(0.5) : fi.lowpass(2, 1000);\"}"
            + "}, \"lines\": {}}").patch();

    private static final Diagnostic UNKNOWN_INSIDE = Diagnostic.atBox(Code.UNKNOWN_BOX, "box-9/box-2", "unknown box `foo.bar`");

    @Test
    void anItemSaysItsSeverityCodeBoxPathBoxTextAndMessage() {
        assertEquals("error E010 · box-9/box-2 `foo.bar` · unknown box `foo.bar`", ProblemText.item(UNKNOWN_INSIDE, PATCH));
        assertEquals("error E010 · box-1 `nosuchbox 1 2` · no such box",
                ProblemText.item(Diagnostic.atBox(Code.UNKNOWN_BOX, "box-1", "no such box"), PATCH));
    }

    @Test
    void aBoxTheListCannotFindOrALineOrTheDocumentIsNamedWithoutText() {
        assertEquals("error E010 · box-7 · gone", ProblemText.item(Diagnostic.atBox(Code.UNKNOWN_BOX, "box-7", "gone"), PATCH));
        assertEquals("error E005 · line-3 · dangling",
                ProblemText.item(Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, "line-3", "dangling"), PATCH));
        assertEquals("error E001 · line 1, column 2: bad", ProblemText.item(Diagnostic.atDocument(Code.MALFORMED_JSON,
                "line 1, column 2: bad"), PATCH));
        assertEquals("error E010 · box-1 · x", ProblemText.item(Diagnostic.atBox(Code.UNKNOWN_BOX, "box-1", "x"), null),
                "no patch open");
    }

    @Test
    void aLongOrMultiLineTextIsCut() {
        String item = ProblemText.item(Diagnostic.atBox(Code.UNKNOWN_BOX, "box-5", "m"), PATCH);
        assertEquals("error E010 · box-5 `code @ins 1 @outs 1 …` · m", item);
        assertEquals("abcdefghijklmnopqrstuvwxyz01234…", ProblemText.shortText("abcdefghijklmnopqrstuvwxyz0123456789"));
        assertEquals(ProblemText.TEXT_LIMIT, ProblemText.shortText("abcdefghijklmnopqrstuvwxyz0123456789").length());
    }

    @Test
    void boxesAreFoundByTheirPathInsideSubPatchers() {
        assertEquals("foo.bar", dev.faustwire.core.edit.Levels.boxAt(PATCH, "box-9/box-2").text());
        assertNull(dev.faustwire.core.edit.Levels.boxAt(PATCH, "box-1/box-2"), "box-1 holds no sub-patcher");
        assertNull(dev.faustwire.core.edit.Levels.boxAt(PATCH, "box-9/box-3"));
    }

    @Test
    void eachBoxGetsItsProblemsAsHoverTextOnceEach() {
        Diagnostic warning = Diagnostic.atBox(Code.RECEIVE_WITHOUT_SEND, "box-1", "no send");
        Diagnostic error = Diagnostic.atBox(Code.UNKNOWN_BOX, "box-1", "unknown");
        Map<String, String> byBox = ProblemText.byBox(List.of(UNKNOWN_INSIDE, error, warning, error,
                Diagnostic.atDocument(Code.MALFORMED_JSON, "doc"), Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, "line-1", "l")));
        assertEquals(List.of("box-9/box-2", "box-9", "box-1"), List.copyOf(byBox.keySet()),
                "the document and lines: not on a box");
        assertEquals("error E010: unknown\nwarning W002: no send", byBox.get("box-1"), "a compile repeating one is listed once");
        assertEquals("error E010: unknown box `foo.bar`", byBox.get("box-9/box-2"));
        assertEquals("inside box-2: error E010: unknown box `foo.bar`", byBox.get("box-9"), "the sub-patcher box tells");
    }

    @Test
    void everySubPatcherOnTheWayDownTellsWhichBoxInsideIsAtFault() {
        Map<String, String> byBox = ProblemText.byBox(List.of(
                Diagnostic.atBox(Code.UNKNOWN_BOX, "box-1/box-4/box-7", "unknown")));
        assertEquals("error E010: unknown", byBox.get("box-1/box-4/box-7"));
        assertEquals("inside box-7: error E010: unknown", byBox.get("box-1/box-4"));
        assertEquals("inside box-4/box-7: error E010: unknown", byBox.get("box-1"));
        assertEquals(3, byBox.size());
    }

    @Test
    void theCountSaysErrorsAndWarningsAndTheTitleCarriesIt() {
        Diagnostic e = UNKNOWN_INSIDE;
        Diagnostic w = Diagnostic.atBox(Code.RECEIVE_WITHOUT_SEND, "box-1", "no send");
        assertEquals("", ProblemText.count(List.of()));
        assertEquals("1 error", ProblemText.count(List.of(e)));
        assertEquals("2 errors, 1 warning", ProblemText.count(List.of(e, w, e)));
        assertEquals("2 warnings", ProblemText.count(List.of(w, w)));
        assertEquals("synth • — 2 errors, 1 warning — Faustwire", ProblemText.title("synth", true, List.of(e, w, e)));
        assertEquals("synth — Faustwire", ProblemText.title("synth", false, List.of()));
    }
}
