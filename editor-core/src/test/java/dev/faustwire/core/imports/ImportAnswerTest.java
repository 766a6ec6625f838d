package dev.faustwire.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Patch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportAnswerTest {
    static final Patch COMB = PatchReader.read("""
            {"boxes": {"obj-1": {"text": "in 1", "rect": [10, 10, 30, 22]},
                       "obj-2": {"text": "gen.delay 44100 1 0 1", "rect": [10, 60, 120, 22]},
                       "obj-3": {"text": "out 1", "rect": [10, 110, 30, 22]}},
             "lines": {"line-1": {"src": ["obj-1", 0], "dest": ["obj-2", 0]},
                       "line-2": {"src": ["obj-2", 0], "dest": ["obj-3", 0]}},
             "props": {"gen": {"source": "comb.gendsp", "precision": "double"}}}""").patch();
    static final Patch ABSTRACTION = PatchReader.read("""
            {"boxes": {"obj-1": {"text": "in 1"}, "obj-2": {"text": "out 1"}},
             "lines": {"line-1": {"src": ["obj-1", 0], "dest": ["obj-2", 0]}}}""").patch();

    @Test
    void anAnswerReadsBackAsItWasWritten() {
        List<Diagnostic> report = List.of(
                Diagnostic.atBox(Code.RECEIVE_WITHOUT_SEND, "obj-2", "an approximation, \"quoted\"\n"),
                Diagnostic.atPort(Code.UNKNOWN_BOX, "obj-3", 1, "left out"),
                Diagnostic.atLine(Code.RECEIVE_WITHOUT_SEND, "line-2", "at a line"),
                Diagnostic.atDocument(Code.UNKNOWN_BOX, "the whole file"));
        ImportAnswer answer = ImportAnswer.of("comb.gendsp", COMB, Map.of("adcurve.json", ABSTRACTION), report);
        ImportAnswer read = ImportAnswer.read(answer.write());
        assertEquals(answer, read);
        assertEquals("comb.json", read.name());
        assertEquals(2, read.count(Severity.WARNING));
        assertEquals(2, read.count(Severity.ERROR));
    }

    @Test
    void theCountsAreWrittenForAPersonReadingTheJson() {
        ImportAnswer answer = ImportAnswer.of("comb.gendsp", COMB, Map.of(),
                List.of(Diagnostic.atBox(Code.UNKNOWN_BOX, "obj-2", "left out")));
        JsonObject json = (JsonObject) JsonParser.parse(answer.write()).value();
        JsonObject counts = (JsonObject) json.get("counts");
        assertEquals("3 1 0", number(counts, "boxes") + " " + number(counts, "errors") + " " + number(counts, "warnings"));
        assertEquals(new JsonBool(true), json.get("imported"));
    }

    private static String number(JsonObject object, String key) {
        return ((JsonNumber) object.get(key)).text();
    }

    @Test
    void anAnswerWithoutAPatchSaysNothingWasImported() {
        ImportAnswer answer = ImportAnswer.of("notgen.gendsp", null, Map.of(),
                List.of(Diagnostic.atDocument(Code.UNKNOWN_BOX, "not a gen~ patcher")));
        ImportAnswer read = ImportAnswer.read(answer.write());
        assertFalse(read.imported());
        assertNull(read.patch());
        assertEquals(answer.report(), read.report());
    }

    @Test
    void aSeverityOtherThanTheCodesIsKept() {
        Diagnostic demoted = new Diagnostic(Severity.WARNING, Code.UNKNOWN_BOX, "obj-1", null, -1, "demoted");
        ImportAnswer read = ImportAnswer.read(ImportAnswer.of("a.gendsp", COMB, Map.of(), List.of(demoted)).write());
        assertEquals(List.of(demoted), read.report());
    }

    @Test
    void aBrokenAnswerSaysWhatIsWrongWithIt() {
        assertThrows(IllegalArgumentException.class, () -> ImportAnswer.read("<html>502</html>"));
        assertThrows(IllegalArgumentException.class, () -> ImportAnswer.read("[]"));
        assertThrows(IllegalArgumentException.class, () -> ImportAnswer.read(
                "{\"source\": \"a.gendsp\", \"name\": \"a.json\", \"patch\": null, \"files\": {}}"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ImportAnswer.read(
                "{\"source\": \"a.gendsp\", \"name\": \"a.json\", \"patch\": null, \"files\": {},"
                        + " \"report\": [{\"code\": \"X999\", \"message\": \"?\"}]}"));
        assertTrue(unknown.getMessage().contains("X999"), unknown.getMessage());
        IllegalArgumentException patch = assertThrows(IllegalArgumentException.class, () -> ImportAnswer.read(
                "{\"source\": \"a.gendsp\", \"name\": \"a.json\", \"patch\": {\"format\": \"max\"}, \"files\": {}, \"report\": []}"));
        assertTrue(patch.getMessage().startsWith("the patch cannot be read"), patch.getMessage());
    }
}
