package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading state from C code shaped like Faust's: what instanceClear clears and what compute writes. */
class CompiledStateTest {

    private static String program(String clear, String compute) {
        return "static void instanceInitmydspSIG0(mydspSIG0* dsp, int sample_rate) {\n\tdsp->iRec1[0] = 0;\n}\n"
                + "void instanceResetUserInterfacemydsp(mydsp* dsp) {\n\tdsp->fHslider0 = (FAUSTFLOAT)0.5f;\n}\n"
                + "void instanceClearmydsp(mydsp* dsp) {\n" + clear + "}\n"
                + "void instanceConstantsmydsp(mydsp* dsp, int sample_rate) {\n\tdsp->fConst0 = 1.0f;\n}\n"
                + "void computemydsp(mydsp* dsp, int count, FAUSTFLOAT** RESTRICT inputs, FAUSTFLOAT** RESTRICT outputs) {\n"
                + "\t/* C99 loop */\n\t{\n\t\tint i0;\n\t\tfor (i0 = 0; i0 < count; i0 = i0 + 1) {\n" + compute
                + "\t\t}\n\t}\n}\n";
    }

    @Test
    void anEmptyClearAndNoWrittenArrayIsStateless() {
        assertEquals(CompiledState.STATELESS, CompiledState.of(program("", "output0[i0] = tanhf(input0[i0]);\n")));
        assertEquals(CompiledState.STATELESS, CompiledState.of(program("\t/* nothing */\n\n",
                "output0[i0] = ftbl0mydspSIG0[max(0, min((int)(input0[i0]), 2))];\n")));
    }

    @Test
    void aClearedRecursionIsState() {
        String clear = "\t/* C99 loop */\n\t{\n\t\tint l0;\n\t\tfor (l0 = 0; l0 < 2; l0 = l0 + 1) {\n"
                + "\t\t\tdsp->fRec0[l0] = 0.0f;\n\t\t}\n\t}\n";
        assertEquals(CompiledState.STATEFUL, CompiledState.of(program(clear,
                "dsp->fRec0[0] = input0[i0] + dsp->fRec0[1];\n")));
        assertEquals(CompiledState.STATEFUL, CompiledState.of(program("\tdsp->IOTA0 = 0;\n", "")));
    }

    @Test
    void aTableWrittenWhileRunningIsState() {
        String write = "dsp->ftbl0[max(0, min((int)((float)(input0[i0])), 7))] = (float)(input1[i0]);\n";
        assertEquals(CompiledState.STATEFUL, CompiledState.of(program("", write)));
        String compare = "output0[i0] = (dsp->ftbl0[max(0, min((int)(input0[i0]), 7))] == 1.0f);\n";
        assertEquals(CompiledState.STATELESS, CompiledState.of(program("", compare)));
    }

    @Test
    void codeWithoutTheFunctionsIsUnknown() {
        assertEquals(CompiledState.UNKNOWN, CompiledState.of(""));
        assertEquals(CompiledState.UNKNOWN, CompiledState.of("void instanceClearmydsp(mydsp* dsp) {\n}\n"));
        assertEquals(CompiledState.UNKNOWN, CompiledState.of("void instanceClearmydsp(mydsp* dsp) {\n"));
    }

    @Test
    void aFunctionIsStatefulWhenAnyCompiledCallIs() {
        FaustProbe.Answer stateless = new FaustProbe.Answer(true, 1, 1, "", CompiledState.STATELESS);
        FaustProbe.Answer stateful = new FaustProbe.Answer(true, 1, 1, "", CompiledState.STATEFUL);
        FaustProbe.Answer unread = new FaustProbe.Answer(true, 1, 1, "", CompiledState.UNKNOWN);
        FaustProbe.Answer failed = new FaustProbe.Answer(false, -1, -1, "some error");
        assertEquals(CompiledState.STATELESS, CompiledState.of(List.of(failed, stateless, stateless)));
        assertEquals(CompiledState.STATEFUL, CompiledState.of(List.of(stateless, unread, stateful)));
        assertEquals(CompiledState.UNKNOWN, CompiledState.of(List.of(stateless, unread)));
        assertEquals(CompiledState.UNKNOWN, CompiledState.of(List.of(failed)));
        assertEquals(CompiledState.UNKNOWN, CompiledState.of(List.of()));
    }
}
