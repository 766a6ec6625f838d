package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DspDescriptionTest {
    private static final String JSON = """
            {"name": "main", "size": 262220, "inputs": 1, "outputs": 2,
             "include_pathnames": ["/secret/dir"], "library_list": ["/usr/share/faust/stdfaust.lib"],
             "ui": [{"type": "vgroup", "label": "main", "items": [
               {"type": "hslider", "label": "freq", "address": "/main/freq", "index": 262144,
                "init": 440, "min": 20, "max": 2000, "step": 1},
               {"type": "hgroup", "label": "env", "items": [
                 {"type": "button", "label": "gate", "address": "/main/env/gate", "index": 262148},
                 {"type": "vgroup", "label": "deep", "items": [
                   {"type": "nentry", "label": "n", "address": "/main/env/deep/n", "index": 8,
                    "init": 1, "min": 0, "max": 4, "step": 1}]}]},
               {"type": "hbargraph", "label": "level", "address": "/main/level", "index": 12, "min": -60, "max": 0}
             ]}]}
            """;

    @Test
    void readsSizeChannelsAndNestedControls() {
        DspDescription d = DspDescription.parse(JSON);
        assertEquals(262220, d.size());
        assertEquals(1, d.inputs());
        assertEquals(2, d.outputs());
        assertEquals(List.of("/main/freq", "/main/env/gate", "/main/env/deep/n", "/main/level"),
                d.controls().stream().map(DspControl::address).toList());
        assertEquals(new DspControl("hslider", "freq", "/main/freq", 262144, 440, 20, 2000, 1), d.controls().get(0));
        assertEquals(new DspControl("button", "gate", "/main/env/gate", 262148, 0, 0, 1, 1), d.controls().get(1));
        assertEquals(8, d.control("/main/env/deep/n").orElseThrow().index());
        DspControl level = d.controls().get(3);
        assertFalse(level.isInput());
        assertEquals(-60, level.min());
        assertTrue(d.control("/main/nothing").isEmpty());
    }

    @Test
    void publicJsonDropsServerPathsButKeepsTheRest() {
        DspDescription d = DspDescription.parse(JSON);
        assertTrue(d.json().has("include_pathnames"));
        assertFalse(d.publicJson().has("include_pathnames"));
        assertFalse(d.publicJson().has("library_list"));
        assertEquals(262220, d.publicJson().get("size").intValue());
        d.publicJson().put("size", 1);
        d.json().withObject("/extra");
        assertEquals(262220, d.json().get("size").intValue(), "the description's tree cannot be changed");
        assertFalse(d.json().has("extra"));
    }

    @Test
    void fromJsUnescapesTheLiteral() {
        String js = "/* faust */\nfunction getJSONmydsp() {\n\treturn '{\"size\": 4, \"inputs\": 0, \"outputs\": 1,"
                + " \"ui\": [{\"type\": \"vgroup\", \"label\": \"it\\'s\", \"items\": [{\"type\": \"hslider\","
                + " \"label\": \"ab\", \"address\": \"/it\\'s/a\\\\\\\\b\\q\", \"index\": 0}]}]}';\n}\n"
                + "function getBase64Codemydsp() { return 'AAAA'; }\n";
        DspDescription d = DspDescription.fromJs(js);
        // JS: \' is ', \\ is \, \q is q; then JSON: \\ is \
        assertEquals("/it's/a\\bq", d.controls().get(0).address());
        assertEquals("it's", d.json().get("ui").get(0).get("label").textValue());
    }

    @Test
    void jsLiteralEscapes() {
        assertEquals("it's", JsLiteral.unescape("it\\'s'", 0, '\''));
        assertEquals("a\\b", JsLiteral.unescape("a\\\\b'", 0, '\''));
        assertEquals("qz", JsLiteral.unescape("\\q\\z'", 0, '\''));
        assertEquals("\n\t\r\b\f\u000B\0", JsLiteral.unescape("\\n\\t\\r\\b\\f\\v\\0'", 0, '\''));
        assertEquals("A\u00e9\uD83C\uDFB5", JsLiteral.unescape("\\x41\\u00e9\\u{1F3B5}'", 0, '\''));
        assertEquals("ab", JsLiteral.unescape("a\\\nb'", 0, '\''), "line continuation");
        assertEquals("a\"b", JsLiteral.unescape("a\\\"b\"", 0, '"'));
        assertEquals("rest", JsLiteral.unescape("xx'rest' + more", 3, '\''));
    }

    @Test
    void brokenLiteralsAreBadDescriptions() {
        for (String text : new String[] {"'abc", "'ab\\", "'\\x4'", "'\\xZZ'", "'\\u12'", "'\\u{}'", "'\\u{110000}'",
            "'a\nb'", "'\\x٣٣'"}) {
            assertThrows(DescriptionException.class, () -> JsLiteral.unescape(text, 1, '\''), text);
        }
    }

    @Test
    void badInputIsABadDescription() {
        String[] bad = {
            "", "[]", "{", "null", "42",
            "{\"inputs\": 0, \"outputs\": 1}",
            "{\"inputs\": 0, \"outputs\": 1}",
            "{\"size\": 4, \"inputs\": -1, \"outputs\": 1}",
            "{\"size\": 4.5, \"inputs\": 0, \"outputs\": 1}",
            "{\"size\": \"4\", \"inputs\": 0, \"outputs\": 1}",
            "{\"size\": 99999999999, \"inputs\": 0, \"outputs\": 1}",
            "{\"size\": 4, \"inputs\": 0, \"outputs\": 1, \"ui\": {}}",
            "{\"size\": 4, \"inputs\": 0, \"outputs\": 1, \"ui\": [{\"type\": \"vgroup\", \"items\": 3}]}",
            "{\"size\": 4, \"inputs\": 0, \"outputs\": 1, \"ui\": [{\"type\": \"hslider\", \"index\": 0}]}",
            "{\"size\": 4, \"inputs\": 0, \"outputs\": 1, \"ui\": [{\"type\": \"hslider\", \"address\": \"/a\"}]}",
            "{\"size\": 4, \"inputs\": 0, \"outputs\": 1, \"ui\": [{\"type\": \"hslider\", \"address\": \"/a\","
                + " \"index\": 0, \"init\": \"x\"}]}",
        };
        for (String json : bad) {
            assertThrows(DescriptionException.class, () -> DspDescription.parse(json), json);
        }
        for (String js : new String[] {"", "function getJSONmydsp() { return 42; }", "return '{}';",
            "function getJSONmydsp() { return '{\"size\": 1"}) {
            assertThrows(DescriptionException.class, () -> DspDescription.fromJs(js), js);
        }
    }

    @Test
    void realFaustOutputParses() {
        CompileOutcome outcome = new FaustCompiler(SandboxLimits.DEFAULT).compile("import(\"stdfaust.lib\");"
                + "process = vgroup(\"it's\", hslider(\"f\", 440, 20, 2000, 1) : os.osc) : hbargraph(\"lvl\", -1, 1);",
                null);
        DspDescription d = ((CompileOutcome.Compiled) outcome).description();
        assertEquals(0, d.inputs());
        assertEquals(1, d.outputs());
        assertTrue(d.size() > 0);
        List<String> addresses = d.controls().stream().map(DspControl::address).toList();
        assertEquals(2, addresses.size(), addresses.toString());
        assertTrue(addresses.get(0).contains("it's"), addresses.toString());
        DspControl f = d.controls().stream().filter(c -> c.label().equals("f")).findFirst().orElseThrow();
        assertEquals(440, f.init());
        assertEquals(2000, f.max());
    }

    // Issue 14: @(1<<28) makes Faust's size wrap to a negative int; that was "an unreadable description",
    // reported as a compiler crash (E019). The size is read as it is, and DspMemory says what it means.
    @Test
    void aNegativeSizeIsReadAsFaustWroteIt() {
        assertEquals(-2147483640, DspDescription.parse("{\"size\": -2147483640, \"inputs\": 1, \"outputs\": 1}").size());
    }
}
