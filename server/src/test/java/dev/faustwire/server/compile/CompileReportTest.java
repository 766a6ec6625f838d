package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CompileReport}: a patch through codegen and the real compiler, errors pinned to boxes, as JSON. */
class CompileReportTest {
    private static CompileService service;

    @BeforeAll
    static void start() {
        service = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 2, 8, 16L << 20);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** The program of the oscillator patch with its generated text edited, as if codegen had got it wrong. */
    private static Program edited(String from, String to) {
        Program program = Programs.ofPatch(PatchJson.OSC_GAIN, null);
        assertTrue(program.code().contains(from), program.code());
        return new Program(program.name(), program.code().replace(from, to), program.sourceMap(),
                program.diagnostics(), program.inputs(), program.outputs());
    }

    @Test
    void aGoodPatchCompiles() {
        CompileReport report = CompileReport.of(Programs.ofPatch(PatchJson.OSC_GAIN, "synth"), service);

        assertTrue(report.ok());
        assertEquals(List.of(), report.diagnostics());
        Map<String, Object> json = report.toJson();
        assertEquals(List.of("ok", "dsp", "inputs", "outputs", "ui", "json", "wasm", "diagnostics", "probes"),
                List.copyOf(json.keySet()));
        assertEquals(Map.of(), json.get("probes"));
        assertEquals(true, json.get("ok"));
        assertEquals(1, json.get("inputs"));
        assertEquals(2, json.get("outputs"));
        byte[] wasm = Base64.getDecoder().decode((String) json.get("wasm"));
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, Arrays.copyOf(wasm, 4));
        JsonNode description = (JsonNode) json.get("json");
        assertEquals("synth", description.path("name").asText());
        assertFalse(description.has("include_pathnames"));
        assertFalse(description.has("library_list"));
        assertEquals(List.of(), json.get("diagnostics"));
    }

    @Test
    void aPatchWithCodegenErrorsIsNotCompiled() {
        int before = service.compileCount();

        CompileReport report = CompileReport.of(Programs.ofPatch(PatchJson.UNKNOWN_BOX, null), service);

        assertFalse(report.ok());
        assertNull(report.outcome());
        assertEquals(before, service.compileCount());
        Map<String, Object> json = report.toJson();
        assertEquals(false, json.get("ok"));
        assertNull(json.get("dsp"));
        assertNull(json.get("wasm"));
        assertEquals(0, json.get("inputs"));
        assertEquals(1, json.get("outputs"));
        assertNull(json.get("ui"));
        List<Map<String, Object>> diagnostics = CompileReport.diagnosticsJson(report.diagnostics());
        assertEquals(1, diagnostics.size());
        assertEquals("E010", diagnostics.get(0).get("code"));
        assertEquals("box-1", diagnostics.get(0).get("boxId"));
        assertEquals("error", diagnostics.get(0).get("severity"));
    }

    @Test
    void anUndefinedSymbolIsPinnedToTheBoxOfItsLine() {
        CompileReport report = CompileReport.of(edited("os.osc(440)", "os.oscc(440)"), service);

        assertFalse(report.ok());
        Diagnostic d = report.diagnostics().get(0);
        assertEquals(1, report.diagnostics().size());
        assertEquals("E016", d.code().id());
        assertEquals("box-1", d.boxId());
        assertTrue(d.message().matches("main\\.dsp:\\d+: undefined symbol : oscc"), d.message());
    }

    @Test
    void anArityErrorInsideOneDefinitionIsPinnedToItsBox() {
        CompileReport report = CompileReport.of(edited("os.osc(440);", "os.osc(440) : (_,_);"), service);

        Diagnostic d = report.diagnostics().get(0);
        assertEquals(1, report.diagnostics().size());
        assertEquals("E016", d.code().id());
        assertEquals("box-1", d.boxId());
        assertTrue(d.message().contains("sequential composition osc(440):B"), d.message());
    }

    @Test
    void aDspWithAnErrorHasNoBox() {
        CompileReport report = CompileReport.of(Programs.ofDsp("process = oscc;", null), service);

        Map<String, Object> item = CompileReport.diagnosticsJson(report.diagnostics()).get(0);
        assertEquals("E016", item.get("code"));
        assertNull(item.get("boxId"));
        assertTrue(item.containsKey("boxId"));
        assertFalse(item.containsKey("port"));
        assertEquals("main.dsp:1: undefined symbol : oscc", item.get("message"));
        assertNull(report.toJson().get("inputs"));
    }

    @Test
    void aDivisionByZeroFaustGivesNoLineForIsPinnedByBisection() {
        String patch = """
                {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "os.osc 440"}, "box-3": {"text": "/ 1 _"},
                           "box-4": {"text": "+"}, "box-5": {"text": "out 1"}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-4", 0]},
                           "line-2": {"src": ["box-3", 0], "dest": ["box-4", 1]},
                           "line-3": {"src": ["box-2", 0], "dest": ["box-5", 0]},
                           "line-4": {"src": ["box-4", 0], "dest": ["box-5", 0]}}}
                """;
        CompileReport report = CompileReport.of(Programs.ofPatch(patch, "divide"), service);

        Diagnostic d = report.diagnostics().get(0);
        assertEquals(1, report.diagnostics().size());
        assertEquals("E016", d.code().id());
        assertEquals("box-3", d.boxId(), "the divisor inlet of / 1 _ is unconnected, so it divides 1 by 0");
        assertTrue(d.message().startsWith("division by 0 in 1 / 0\n(Faust gives no line for this error. It goes away"
                + " when Div_3_0, the signal of this box, is replaced by the constant 1"), d.message());
    }

    @Test
    void aCrashOfTheCompilerIsPinnedByBisectionOnceAndRemembered() {
        String patch = """
                {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "hbargraph level 0 1"},
                           "box-3": {"text": "abs"}, "box-4": {"text": "hbargraph level 0 1"},
                           "box-5": {"text": "out 1"}, "box-6": {"text": "out 2"}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-1", 0], "dest": ["box-3", 0]},
                           "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]},
                           "line-4": {"src": ["box-2", 0], "dest": ["box-5", 0]},
                           "line-5": {"src": ["box-4", 0], "dest": ["box-6", 0]}}}
                """;
        Program program = Programs.ofPatch(patch, "meters");
        CompileReport report = CompileReport.of(program, service);

        Diagnostic d = report.diagnostics().get(0);
        assertEquals(1, report.diagnostics().size());
        assertEquals("E019", d.code().id());
        assertEquals("box-2", d.boxId(), "two bargraphs called level make Faust 2.54.9 assert; the first is cut first");
        assertTrue(d.message().contains("wasm_code_container.hh, line: 60"), d.message());
        assertTrue(d.message().contains("The crash goes away when Hbargraph_2_0, the signal of this box, is replaced"),
                d.message());

        // Issue 14: a crash was compiled again at every repeat (10 s for a 10,000-box chain); it is cached.
        int compiles = service.compileCount();
        long start = System.nanoTime();
        CompileReport again = CompileReport.of(program, service);
        System.out.printf("a crashing patch asked again: %.2f ms%n", (System.nanoTime() - start) / 1e6);
        assertEquals(report.diagnostics(), again.diagnostics());
        assertEquals(compiles, service.compileCount(), "a crash is neither compiled again nor bisected again");
    }
}
