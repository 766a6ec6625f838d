package dev.faustwire.core.io;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Tests of {@link PatchWriter}: exact canonical text, idempotent round trips, sub-patchers, rect numbers. */
class PatchWriterTest {

    private static Patch patch(List<Box> boxes, List<Line> lines, JsonObject props) {
        Map<String, Box> boxMap = new TreeMap<>();
        boxes.forEach(b -> boxMap.put(b.id(), b));
        Map<String, Line> lineMap = new TreeMap<>();
        lines.forEach(l -> lineMap.put(l.id(), l));
        return new Patch(boxMap, lineMap, props, JsonObject.EMPTY);
    }

    private static Patch small() {
        return patch(List.of(
                        new Box("box-2", "* 0.5", new Rect(15, 60.5, 45, 23.25), null, null, "half", JsonObject.EMPTY),
                        new Box("box-1", "in 1", new Rect(15, 15, 45, 23))),
                List.of(new Line("line-1", new Port("box-1", 0), new Port("box-2", 0))),
                new JsonObject(Map.of("mode", new JsonString("faust"))));
    }

    @Test
    void writesExactCanonicalText() {
        String expected = """
                {
                  "boxes": {
                    "box-1": {
                      "rect": [15, 15, 45, 23],
                      "text": "in 1"
                    },
                    "box-2": {
                      "comment": "half",
                      "rect": [15, 60.5, 45, 23.25],
                      "text": "* 0.5"
                    }
                  },
                  "format": "faustwire-patch",
                  "lines": {
                    "line-1": {
                      "dest": ["box-2", 0],
                      "src": ["box-1", 0]
                    }
                  },
                  "props": {
                    "mode": "faust"
                  },
                  "version": 1
                }
                """;
        assertEquals(expected, PatchWriter.write(small()));
    }

    @Test
    void writesEmptyPatch() {
        String expected = """
                {
                  "boxes": {},
                  "format": "faustwire-patch",
                  "lines": {},
                  "props": {},
                  "version": 1
                }
                """;
        assertEquals(expected, PatchWriter.write(Patch.EMPTY));
    }

    @Test
    void writesDataAndExtraFields() {
        Box box = new Box("b", "code", null, new JsonObject(Map.of("value", new JsonString("process = _;"))), null,
                null, new JsonObject(Map.of("zz", new JsonNumber("1"))));
        Line line = new Line("l", new Port("b", 1), new Port("b", 0),
                new JsonObject(Map.of("disabled", new JsonBool(false))));
        Patch p = new Patch(Map.of("b", box), Map.of("l", line), JsonObject.EMPTY,
                new JsonObject(Map.of("instancId", new JsonNumber("1.5"))));
        String expected = """
                {
                  "boxes": {
                    "b": {
                      "data": {
                        "value": "process = _;"
                      },
                      "text": "code",
                      "zz": 1
                    }
                  },
                  "format": "faustwire-patch",
                  "instancId": 1.5,
                  "lines": {
                    "l": {
                      "dest": ["b", 0],
                      "disabled": false,
                      "src": ["b", 1]
                    }
                  },
                  "props": {},
                  "version": 1
                }
                """;
        assertEquals(expected, PatchWriter.write(p));
    }

    @Test
    void subpatcherIsWrittenUnderDataWithoutFormatAndVersion() {
        Patch child = patch(List.of(new Box("q", "+", null)), List.of(), JsonObject.EMPTY);
        Box p = new Box("p", "p", null, null, child, null, JsonObject.EMPTY);
        String expected = """
                {
                  "boxes": {
                    "p": {
                      "data": {
                        "boxes": {
                          "q": {
                            "text": "+"
                          }
                        },
                        "lines": {},
                        "props": {}
                      },
                      "text": "p"
                    }
                  },
                  "format": "faustwire-patch",
                  "lines": {},
                  "props": {},
                  "version": 1
                }
                """;
        assertEquals(expected, PatchWriter.write(patch(List.of(p), List.of(), JsonObject.EMPTY)));
        JsonObject body = PatchWriter.body(child);
        assertNull(body.get("format"));
        assertNull(body.get("version"));
    }

    @Test
    void writtenSubpatcherReadsBackAsSubpatch() {
        Patch child = patch(List.of(new Box("q", "+", new Rect(1, 2, 3, 4))), List.of(), JsonObject.EMPTY);
        Patch parent = patch(List.of(new Box("p", "p", null, null, child, null, JsonObject.EMPTY)), List.of(),
                JsonObject.EMPTY);
        ReadResult result = PatchReader.read(PatchWriter.write(parent));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(parent, result.patch());
    }

    @Test
    void rectNumbersAreFormattedWithNumbersFormat() {
        Patch p = patch(List.of(new Box("b", "+", new Rect(15, 22.666667938232422, 1.0 / 3, -1e-7))), List.of(),
                JsonObject.EMPTY);
        assertTrue(PatchWriter.write(p).contains("\n      \"rect\": [15, 22.666668, 0.333333, 0],\n"),
                PatchWriter.write(p));
    }

    @Test
    void toJsonAddsFormatAndVersion() {
        JsonObject json = PatchWriter.toJson(Patch.EMPTY);
        assertEquals(new JsonString("faustwire-patch"), json.get("format"));
        assertEquals(new JsonNumber("1"), json.get("version"));
    }

    @Test
    void writeOfReadIsIdenticalForWrittenText() {
        String canonical = PatchWriter.write(small());
        ReadResult result = PatchReader.read(canonical);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(small(), result.patch());
        assertEquals(canonical, PatchWriter.write(result.patch()));
    }

    @Test
    void corpusRoundTripIsByteIdentical() {
        List<Path> files = Corpus.files(Corpus.ifc(), ".dsppat");
        assertTrue(files.size() >= 8, "only " + files.size() + " .dsppat files");
        assertAll(files.stream().map(file -> (Executable) () -> {
            ReadResult first = PatchReader.read(Corpus.read(file));
            assertNotNull(first.patch(), file.toString());
            String canonical = PatchWriter.write(first.patch());
            ReadResult second = PatchReader.read(canonical);
            assertFalse(second.hasErrors(), file + ": " + second.diagnostics());
            assertEquals(canonical, PatchWriter.write(second.patch()), file.toString());
        }));
    }

    @Test
    void corpusSubpatcherSurvivesRoundTrip() {
        Patch first = PatchReader.read(Corpus.read(Corpus.ifc("10-00.dsppat"))).patch();
        Patch second = PatchReader.read(PatchWriter.write(first)).patch();
        assertEquals(first, second);
        assertNotNull(second.box("box-9").subpatch());
        assertEquals("process = max;", ((JsonString) ((JsonObject) second.box("box-9").subpatch().box("box-7").data())
                .get("value")).value());
    }
}
