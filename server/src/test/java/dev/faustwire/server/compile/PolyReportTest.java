package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.testsupport.Corpus;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PolyReport} and {@link PolyPrograms}: voice and effect through the real compiler, channels made to agree. */
class PolyReportTest {
    private static final String VOICE = """
            import("stdfaust.lib");
            process = os.osc(hslider("freq", 440, 20, 2000, 1)) * hslider("gain", 0.5, 0, 1, 0.01) * button("gate");
            """;
    private static CompileService service;

    @BeforeAll
    static void start() {
        service = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 2, 8, 16L << 20);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> module(Map<String, Object> json, String which) {
        return (Map<String, Object>) json.get(which);
    }

    private static List<String> addresses(Map<String, Object> module) {
        List<String> found = new ArrayList<>();
        ((JsonNode) module.get("json")).findValues("address").forEach(a -> found.add(a.asText()));
        return found;
    }

    @Test
    void theCorpusVoiceAndEffectCompileWithChannelsThatAgree() {
        Program program = Programs.ofFile("12-00.dsppat", Corpus.read(Corpus.ifc("12-00.dsppat")));
        PolyReport report = PolyReport.of(program, service);

        assertTrue(report.ok(), report.diagnostics().toString());
        Map<String, Object> json = report.toJson(program);
        Map<String, Object> voice = module(json, "voice");
        Map<String, Object> effect = module(json, "effect");
        assertEquals(0, voice.get("inputs"));
        assertEquals(2, voice.get("outputs"), "the mono voice is widened to the effect's two inputs");
        assertEquals(2, effect.get("inputs"));
        assertEquals(2, effect.get("outputs"));
        assertEquals(2, json.get("outputs"));
        assertEquals(List.of("/main/freq", "/main/gain", "/main/gate"), addresses(voice));
        assertTrue(addresses(effect).contains("/Freeverb/Wet"), addresses(effect).toString());
        for (Map<String, Object> m : List.of(voice, effect)) {
            byte[] wasm = Base64.getDecoder().decode((String) m.get("wasm"));
            assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, Arrays.copyOf(wasm, 4));
            String options = ((JsonNode) m.get("json")).path("compile_options").asText();
            assertTrue(options.contains("-lang wasm-e") && options.contains("-ftz 2"), options);
        }
        assertTrue(((JsonNode) effect.get("json")).path("compile_options").asText().contains("-inpl"));
    }

    @Test
    void aVoiceWithoutEffectIsItsOwnProgram() {
        Program program = Programs.ofDsp(VOICE, null);
        PolyReport report = PolyReport.of(program, service);

        assertTrue(report.ok(), report.diagnostics().toString());
        Map<String, Object> json = report.toJson(program);
        assertNull(json.get("effect"));
        assertEquals(1, json.get("outputs"));
        assertEquals(List.of("/main/freq", "/main/gain", "/main/gate"), addresses(module(json, "voice")));
    }

    @Test
    void polyAndMonoCompilesAreCachedApart() {
        Program program = Programs.ofDsp(VOICE.replace("440", "441"), null);
        int before = service.compileCount();
        assertTrue(CompileReport.of(program, service).ok());
        assertTrue(PolyReport.of(program, service).ok());
        assertEquals(before + 2, service.compileCount(), "a poly compile is not the mono module from the cache");
        assertTrue(PolyReport.of(program, service).ok());
        assertEquals(before + 2, service.compileCount(), "the same poly compile again comes from the cache");
    }

    @Test
    void aBrokenProgramIsAnsweredAsAMonoCompileAnswersIt() {
        Program program = Programs.ofPatch(PatchJson.UNKNOWN_BOX, null);
        PolyReport report = PolyReport.of(program, service);
        CompileReport mono = CompileReport.of(program, service);

        assertFalse(report.ok());
        assertEquals(mono.diagnostics(), report.diagnostics());
        Map<String, Object> json = report.toJson(program);
        assertEquals(false, json.get("ok"));
        assertNull(json.get("voice"));
    }

    @Test
    void aVoiceOfThreeChannelsWithAnEffectIsAFailureOfTheWholeProgram() {
        Program program = Programs.ofDsp("process = 1, 2, 3;\neffect = _, _;\n", null);
        PolyReport report = PolyReport.of(program, service);

        assertFalse(report.ok());
        assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
        assertNull(report.diagnostics().get(0).boxId());
    }

    @Test
    void anEffectIsADefinitionAtTheStartOfALine() {
        assertTrue(PolyPrograms.hasEffect("process = _;\neffect(a, b) = a, b;\n"));
        assertTrue(PolyPrograms.hasEffect("effect = _;"));
        assertTrue(PolyPrograms.hasEffect("process = _;\neffect =_;"));
        assertFalse(PolyPrograms.hasEffect("process = _;\n// effect = _;\n"));
        assertFalse(PolyPrograms.hasEffect("process = effect;\neffects = _;\n"));
        assertFalse(PolyPrograms.hasEffect(""));
    }
}
