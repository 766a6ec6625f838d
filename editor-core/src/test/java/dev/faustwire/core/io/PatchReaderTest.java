package dev.faustwire.core.io;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Tests of {@link PatchReader}: format v1, the JSPatcher corpus, and one diagnostic per malformed input. */
class PatchReaderTest {

    private static final String V1 = """
            {
              "format": "faustwire-patch",
              "version": 1,
              "boxes": {
                "box-2": {"text": "* 0.5", "rect": [15, 60, 45.5, 23], "comment": "half"},
                "box-1": {"text": "in 1", "rect": [15, 15, 45, 23]},
                "box-3": {"text": "out 1", "data": {"value": 3}}
              },
              "lines": {
                "line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}
              },
              "props": {"mode": "faust"}
            }
            """;

    /** Asserts that the result has exactly one diagnostic, of that code and its severity, and returns it. */
    private static Diagnostic single(ReadResult result, Code code) {
        assertEquals(1, result.diagnostics().size(), () -> "diagnostics: " + result.diagnostics());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(code, d.code(), d::toString);
        assertEquals(code.severity(), d.severity());
        return d;
    }

    @Test
    void readsFormatV1() {
        ReadResult result = PatchReader.read(V1);
        assertEquals(List.of(), result.diagnostics());
        assertFalse(result.hasErrors());
        Patch patch = result.patch();
        assertEquals(List.of("box-1", "box-2", "box-3"), List.copyOf(patch.boxes().keySet()));
        assertEquals(new Box("box-1", "in 1", new Rect(15, 15, 45, 23)), patch.box("box-1"));
        Box two = patch.box("box-2");
        assertEquals("* 0.5", two.text());
        assertEquals(new Rect(15, 60, 45.5, 23), two.rect());
        assertEquals("half", two.comment());
        assertNull(two.data());
        assertNull(two.subpatch());
        assertTrue(two.extra().isEmpty());
        Box three = patch.box("box-3");
        assertNull(three.rect());
        assertNull(three.comment());
        assertEquals(new JsonObject(Map.of("value", new JsonNumber("3"))), three.data());
        assertEquals(new Line("line-1", new Port("box-1", 0), new Port("box-2", 0)), patch.line("line-1"));
        assertEquals(new Line("line-2", new Port("box-2", 0), new Port("box-3", 0)), patch.line("line-2"));
        assertEquals(new JsonObject(Map.of("mode", new JsonString("faust"))), patch.props());
        assertTrue(patch.extra().isEmpty());
    }

    @Test
    void readsEmptyPatch() {
        ReadResult result = PatchReader.read("{\"format\": \"faustwire-patch\", \"version\": 1}");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(Patch.EMPTY, result.patch());
    }

    @Test
    void everyCorpusDsppatLoadsWithoutErrors() {
        List<Path> files = Corpus.files(Corpus.ifc(), ".dsppat");
        assertTrue(files.size() >= 8, "only " + files.size() + " .dsppat files in " + Corpus.ifc());
        assertAll(files.stream().map(file -> (Executable) () -> {
            ReadResult result = PatchReader.read(Corpus.read(file));
            assertNotNull(result.patch(), file + ": no patch; " + result.diagnostics());
            assertFalse(result.hasErrors(), file + ": " + result.diagnostics());
            assertFalse(result.patch().boxes().isEmpty(), file + ": no boxes");
        }));
    }

    @Test
    void jspatcherCacheFieldsAreDroppedAndOtherFieldsKept() {
        Patch patch = PatchReader.read(Corpus.read(Corpus.ifc("04-00.dsppat"))).patch();
        Box box = patch.box("box-1");
        assertEquals("in 1", box.text());
        assertEquals(new Rect(15, 15, 45, 23), box.rect());
        assertEquals(JsonObject.EMPTY, box.data());
        assertEquals(Set.of("background", "presentation", "presentationRect", "props"), box.extra().fields().keySet());
        assertEquals(new JsonBool(false), box.extra().get("background"));
        assertEquals(new JsonArray(List.of(new JsonNumber("45"), new JsonNumber("75"), new JsonNumber("0"),
                new JsonNumber("0"))), box.extra().get("presentationRect"));
        assertEquals("* 0.5", patch.box("box-4").text());
    }

    @Test
    void jspatcherPatchAndLineExtrasAreKept() {
        Patch patch = PatchReader.read(Corpus.read(Corpus.ifc("04-00.dsppat"))).patch();
        assertEquals(Set.of("instancId", "data"), patch.extra().fields().keySet());
        assertEquals(new JsonNumber("7650213.339999988"), patch.extra().get("instancId"));
        assertEquals(new JsonString("faust"), patch.props().get("mode"));
        assertEquals(List.of("line-1", "line-2", "line-3", "line-4", "line-5"), List.copyOf(patch.lines().keySet()));
        Line line = patch.line("line-5");
        assertEquals(new Port("box-4", 0), line.src());
        assertEquals(new Port("box-2", 1), line.dest());
        assertEquals(new JsonObject(Map.of("disabled", new JsonBool(false))), line.extra());
    }

    @Test
    void subpatcherBoxDataIsReadAsPatch() {
        Patch patch = PatchReader.read(Corpus.read(Corpus.ifc("10-00.dsppat"))).patch();
        Box p = patch.box("box-9");
        assertEquals("p ./ifc/09-00.dsppat", p.text());
        assertNull(p.data());
        assertNotNull(p.subpatch());
        assertFalse(p.extra().fields().containsKey("data"));
        Patch child = p.subpatch();
        assertEquals(List.of("box-1", "box-5", "box-7", "box-8"), List.copyOf(child.boxes().keySet()));
        assertEquals(List.of("line-12", "line-13", "line-14"), List.copyOf(child.lines().keySet()));
        assertEquals(new JsonObject(Map.of("value", new JsonString("process = max;"))), child.box("box-7").data());
        assertNull(child.box("box-7").subpatch());
        assertEquals(new Line("line-12", new Port("box-8", 0), new Port("box-7", 1),
                new JsonObject(Map.of("disabled", new JsonBool(false)))), child.line("line-12"));
        assertEquals(new JsonNumber("187869.05000000843"), child.extra().get("instancId"));
        assertEquals(new JsonString("faust"), child.props().get("mode"));
    }

    @Test
    void subpatcherInFormatV1() {
        ReadResult result = PatchReader.read("""
                {"boxes": {"p": {"text": "p", "data": {"boxes": {"q": {"text": "+"}}, "lines": {}}}}}""");
        assertEquals(List.of(), result.diagnostics());
        Box p = result.patch().box("p");
        assertNull(p.data());
        assertEquals(new Box("q", "+", null), p.subpatch().box("q"));
    }

    @Test
    void gendspIsNotAPatch() {
        ReadResult result = PatchReader.read(Corpus.read(Corpus.ifc("05-00.gendsp")));
        assertNull(result.patch());
        Diagnostic d = single(result, Code.NOT_A_PATCH);
        assertNull(d.target());
    }

    @Test
    void truncatedJsonIsMalformed() {
        ReadResult result = PatchReader.read("{\"boxes\": {");
        assertNull(result.patch());
        Diagnostic d = single(result, Code.MALFORMED_JSON);
        assertEquals("line 1, column 12: unexpected end of input", d.message());
        assertNull(d.target());
    }

    @Test
    void truncatedJsonOnLaterLine() {
        ReadResult result = PatchReader.read("{\n  \"boxes\": {\n    \"a\": {\"text\": \"x\"");
        assertNull(result.patch());
        assertTrue(single(result, Code.MALFORMED_JSON).message().startsWith("line 3, column 22: "),
                result.diagnostics().toString());
    }

    @Test
    void emptyTextIsMalformed() {
        ReadResult result = PatchReader.read("");
        assertNull(result.patch());
        assertEquals("line 1, column 1: empty document", single(result, Code.MALFORMED_JSON).message());
    }

    @Test
    void topLevelArrayIsNotAPatch() {
        ReadResult result = PatchReader.read("[]");
        assertNull(result.patch());
        single(result, Code.NOT_A_PATCH);
    }

    @Test
    void maxPatcherIsNotAPatch() {
        ReadResult result = PatchReader.read("{\"patcher\": {\"boxes\": [], \"lines\": []}}");
        assertNull(result.patch());
        assertTrue(single(result, Code.NOT_A_PATCH).message().contains("Max patcher"));
    }

    @Test
    void otherFormatIsNotAPatch() {
        ReadResult result = PatchReader.read("{\"format\": \"other\", \"version\": 1, \"boxes\": {}}");
        assertNull(result.patch());
        single(result, Code.NOT_A_PATCH);
    }

    @Test
    void newerVersionIsUnsupported() {
        ReadResult result = PatchReader.read("{\"format\": \"faustwire-patch\", \"version\": 2, \"boxes\": {}}");
        assertNull(result.patch());
        assertEquals("format version 2 is newer than 1; update Faustwire",
                single(result, Code.UNSUPPORTED_VERSION).message());
    }

    @Test
    void duplicateBoxIdKeepsFirstBox() {
        ReadResult result = PatchReader.read("{\"boxes\": {\"box-1\": {\"text\": \"a\"}, \"box-1\": {\"text\": \"b\"}}}");
        Diagnostic d = single(result, Code.DUPLICATE_ID);
        assertEquals("box-1", d.boxId());
        assertNull(d.lineId());
        assertEquals("a", result.patch().box("box-1").text());
        assertEquals(1, result.patch().boxes().size());
    }

    @Test
    void duplicateLineIdKeepsFirstLine() {
        ReadResult result = PatchReader.read("""
                {"boxes": {"a": {"text": "x"}},
                 "lines": {"l": {"src": ["a", 0], "dest": ["a", 0]},
                           "l": {"src": ["a", 0], "dest": ["a", 1]}}}""");
        Diagnostic d = single(result, Code.DUPLICATE_ID);
        assertEquals("l", d.lineId());
        assertNull(d.boxId());
        assertTrue(d.message().startsWith("line 3, column 12: "), d.message());
        assertEquals(new Port("a", 0), result.patch().line("l").dest());
    }

    @Test
    void lineWithBadSrcIsMalformed() {
        for (String src : List.of("[1, 0]", "[\"a\", 0.5]", "[\"a\"]", "[\"a\", 0, 1]", "\"a\"", "[\"a\", \"0\"]")) {
            ReadResult result = PatchReader.read("{\"boxes\": {\"a\": {\"text\": \"x\"}}, "
                    + "\"lines\": {\"l-1\": {\"src\": " + src + ", \"dest\": [\"a\", 0]}}}");
            Diagnostic d = single(result, Code.MALFORMED_LINE);
            assertEquals("l-1", d.lineId(), src);
            assertNull(d.boxId(), src);
            assertTrue(result.patch().lines().isEmpty(), src);
            assertEquals(1, result.patch().boxes().size(), src);
        }
    }

    @Test
    void lineWithoutDestIsMalformed() {
        ReadResult result = PatchReader.read("{\"lines\": {\"l-2\": {\"src\": [\"a\", 0]}}}");
        assertEquals("l-2", single(result, Code.MALFORMED_LINE).lineId());
    }

    @Test
    void badRectIsDroppedWithWarning() {
        for (String rect : List.of("[1, 2, 3]", "[1, 2, \"3\", 4]", "[1, 2, 3, 4, 5]", "{}", "null")) {
            ReadResult result = PatchReader.read("{\"boxes\": {\"b\": {\"text\": \"+\", \"rect\": " + rect + "}}}");
            Diagnostic d = single(result, Code.IGNORED_FIELD);
            assertEquals(Severity.WARNING, d.severity(), rect);
            assertEquals("b", d.boxId(), rect);
            assertFalse(result.hasErrors(), rect);
            Box box = result.patch().box("b");
            assertNull(box.rect(), rect);
            assertEquals("+", box.text(), rect);
        }
    }

    @Test
    void propsThatIsNotAnObjectIsIgnoredWithWarning() {
        ReadResult result = PatchReader.read("{\"boxes\": {}, \"props\": 3}");
        assertEquals(Severity.WARNING, single(result, Code.IGNORED_FIELD).severity());
        assertEquals(JsonObject.EMPTY, result.patch().props());
    }
}
