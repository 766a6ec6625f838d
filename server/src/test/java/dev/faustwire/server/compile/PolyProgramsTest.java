package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PolyPrograms} through the real compiler: every pairing of a mono or stereo voice with a
 * mono or stereo effect gives a voice whose outputs are the effect's inputs and an effect of two
 * outputs, as faustwasm's own wrapping does, and the voice's sound reaches the effect's outputs.
 */
class PolyProgramsTest {
    private static CompileService service;

    @BeforeAll
    static void start() {
        service = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 2, 8, 16L << 20);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String voice(int outputs) {
        String one = "os.osc(hslider(\"freq\", 440, 20, 2000, 1)) * hslider(\"gain\", 0.5, 0, 1, 0.01) * button(\"gate\")";
        return outputs == 1 ? one : one + " <: _, _";
    }

    private static String effect(int inputs, int outputs) {
        String in = inputs == 1 ? "_" : "(_, _ :> _)";
        String out = outputs == 1 ? "" : " <: _, _";
        return "effect = " + in + " : *(hslider(\"wet\", 0.5, 0, 1, 0.01))" + out + ";\n";
    }

    private static int[] channels(CompileOutcome outcome) {
        assertTrue(outcome instanceof CompileOutcome.Compiled, outcome.toString());
        var d = ((CompileOutcome.Compiled) outcome).description();
        return new int[] {d.inputs(), d.outputs()};
    }

    @ParameterizedTest(name = "voice {0} out, effect {1} in {2} out: voice -> {3}, effect {4} -> {5}")
    @CsvSource({
        "1, 1, 1, 1, 1, 2",
        "1, 1, 2, 2, 2, 2",
        "1, 2, 1, 2, 2, 2",
        "1, 2, 2, 2, 2, 2",
        "2, 1, 1, 2, 2, 2",
        "2, 1, 2, 2, 2, 2",
        "2, 2, 1, 2, 2, 2",
        "2, 2, 2, 2, 2, 2"})
    void channelsAgreeAsFaustwasmMakesThem(int voiceOuts, int effectIns, int effectOuts, int wrappedVoiceOuts,
            int wrappedEffectIns, int wrappedEffectOuts) {
        Program program = Programs.ofDsp("import(\"stdfaust.lib\");\nprocess = " + voice(voiceOuts) + ";\n"
                + effect(effectIns, effectOuts), null);
        int[] v = channels(service.compile(PolyPrograms.voice(program), FaustCompiler.POLY_VOICE));
        int[] e = channels(service.compile(PolyPrograms.effect(program), FaustCompiler.POLY_EFFECT));
        assertEquals(0, v[0]);
        assertEquals(wrappedVoiceOuts, v[1], "the voice's outputs");
        assertEquals(wrappedEffectIns, e[0], "the effect's inputs");
        assertEquals(wrappedEffectOuts, e[1], "the effect's outputs");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "effect(a, b) = a, b;",
        "effect = _;",
        "effect=_;"})
    void theWrappedProgramsKeepTheNameAndTheDefinitions(String effectLine) {
        Program program = Programs.ofDsp("process = 1;\n" + effectLine + "\n", "synth");
        Program voice = PolyPrograms.voice(program);
        Program effect = PolyPrograms.effect(program);
        assertEquals("synth", voice.name());
        assertEquals("synth", effect.name());
        assertTrue(voice.code().contains("fw_dsp = environment {\nprocess = 1;\n" + effectLine), voice.code());
        assertTrue(voice.code().contains("process = fw_dsp.process : fwAdaptOut("), voice.code());
        assertTrue(effect.code().contains(" : fw_dsp.effect : "), effect.code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "process = _;",
        "process = effect;",
        "// effect = _;\nprocess = 1;"})
    void aProgramWithoutEffectIsItsOwnVoice(String code) {
        Program program = Programs.ofDsp(code.replace("\\n", "\n"), null);
        assertSame(program, PolyPrograms.voice(program));
    }
}
