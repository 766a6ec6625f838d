package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotCompileTest {
    @Test
    void faustTextIsSentAsDspEscaped() {
        String body = SlotCompile.requestBody(new SlotSource(SlotSource.DSP, "x.dsp",
                "import(\"stdfaust.lib\");\nprocess = os.osc(440);"));
        JsonObject o = (JsonObject) JsonParser.parse(body).value();
        assertEquals("import(\"stdfaust.lib\");\nprocess = os.osc(440);", ((JsonString) o.get("dsp")).value());
        assertEquals(1, o.fields().size(), "a .dsp's path is not a patch's: it is not sent");
    }

    @Test
    void aPatchIsSentAsItIsWithItsWorkspacePath() {
        String patch = "{\"boxes\": {}, \"lines\": {}}";
        JsonObject o = (JsonObject) JsonParser.parse(SlotCompile.requestBody(
                new SlotSource(SlotSource.PATCH, "dir/a.json", patch))).value();
        assertEquals("dir/a.json", ((JsonString) o.get("path")).value(), "its sub-patchers are found beside it");
        assertEquals(JsonParser.parse(patch).value(), o.get("patch"));
        JsonObject noPath = (JsonObject) JsonParser.parse(SlotCompile.requestBody(
                new SlotSource(SlotSource.PATCH, null, patch))).value();
        assertNull(noPath.get("path"));
    }

    @Test
    void channelsAreReadFromFaustsJsonOrACompileAnswer() {
        assertArrayEquals(new int[] {2, 1}, SlotCompile.channels("{\"name\": \"x\", \"inputs\": 2, \"outputs\": 1}"));
        assertEquals(2, SlotCompile.inputsOf("{\"inputs\": 2, \"outputs\": 1, \"ui\": []}"));
        assertEquals(0, SlotCompile.inputsOf("{\"outputs\": 1}"), "no inputs field: none");
        assertEquals(0, SlotCompile.inputsOf("not json"));
        assertEquals(0, SlotCompile.inputsOf(null));
        assertNull(SlotCompile.channels("{\"inputs\": \"two\", \"outputs\": 1}"));
        assertNull(SlotCompile.channels("[1, 2]"));
    }

    @Test
    void valuesAndSourcesAreWrittenInOrder() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("/main/freq", 660.0);
        values.put("/main/gain", 0.25);
        assertEquals("{\"/main/freq\":660,\"/main/gain\":0.25}", SlotCompile.valuesJson(values).replaceAll("\\s", ""));
        assertEquals("{}", SlotCompile.valuesJson(Map.of()).replaceAll("\\s", ""));
        assertEquals("[\"inputs\",\"slot-2\"]", SlotCompile.sourcesJson(List.of("inputs", "slot-2")).replaceAll("\\s", ""));
        assertEquals("[]", SlotCompile.sourcesJson(List.of()).replaceAll("\\s", ""));
    }

    @Test
    void aFailedCompileSaysE043AndWhetherTheOldSoundStays() {
        assertEquals("E043: a.dsp did not compile; it plays what it played: syntax error",
                SlotCompile.failed("a.dsp", true, "syntax error"));
        assertEquals("E043: a.dsp did not compile: syntax error", SlotCompile.failed("a.dsp", false, "syntax error"));
        assertEquals("E043", dev.faustwire.core.diag.Code.SLOT_COMPILE_FAILED.id());
    }
}
