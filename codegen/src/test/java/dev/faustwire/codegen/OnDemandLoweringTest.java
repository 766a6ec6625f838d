package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an ondemand box is read and written: its clock inlet, its gated delays, held outputs, and what it refuses. */
class OnDemandLoweringTest {
    private static final Patch COUNTER = TestPatches.of("m = mem", "p = + 1", "o = out 1", "m:0 -> p:0", "p:0 -> m:0",
            "p:0 -> o:0");
    private static final Patch DELAYS = TestPatches.of("a = in 1", "d = @ 3", "m = mem", "s = +", "o = out 1",
            "a:0 -> d:0", "a:0 -> m:0", "d:0 -> s:0", "m:0 -> s:1", "s:0 -> o:0");

    static Patch clocked(Patch content, int inputs) {
        return TestPatches.onDemand(content, inputs);
    }

    private static CodegenResult generate(Patch patch) {
        return Codegen.generate(patch, BundledIndex.get());
    }

    private static List<Diagnostic> problems(CodegenResult result, Code code) {
        return result.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    @Test
    void theBoxHasTheClockInletBeforeTheContentsInputs() {
        Patch outer = clocked(DELAYS, 1);
        assertEquals(new BoxPorts.Count(2, 1, true), BoxPorts.of(outer.box("od"), BundledIndex.get()));
        Patch empty = TestPatches.of("od = ondemand");
        assertEquals(new BoxPorts.Count(1, 0, true), BoxPorts.of(empty.box("od"), BundledIndex.get()),
                "an empty ondemand box has its clock inlet alone");
    }

    @Test
    void aCounterInsideIsALoopWhoseOutputsAreHeldAndWhoseDelayCountsTicks() {
        CodegenResult result = generate(clocked(COUNTER, 0));
        assertTrue(result.ok(), result.diagnostics().toString());
        String code = result.code();
        assertTrue(code.contains("Ondemand_2(Clock_1) = ondemand_hold(Tick_1, Out_1)"), code);
        assertTrue(code.contains("Tick_1 = Clock_1 != 0;"), code);
        assertTrue(code.contains("(ondemand_hold(Tick_1, Add_3_0)"), "the loop's output held: " + code);
        assertTrue(code.contains("Mem_1_0 = Loop_1 : ondemand_mem(Tick_1);"), code);
        assertTrue(code.contains("Ondemand_2_0 = Ondemand_2(In_1_0);"), "inlet 0 is the clock: " + code);
        assertEquals(1, count(code, "ondemand_hold(tick, x) = "), "the helpers once, at the top");
    }

    @Test
    void delaysOutsideLoopsCountTicks() {
        String code = generate(clocked(DELAYS, 1)).code();
        assertTrue(code.contains("Delay_2_0 = ondemand_delay(Tick_1, 3, In_1_0);"), code);
        assertTrue(code.contains("Mem_3_0 = ondemand_mem(Tick_1, In_1_0);"), code);
        assertTrue(code.contains("Ondemand_2(Clock_1, In_1_0) = ondemand_hold(Tick_1, Out_1)"), code);
    }

    @Test
    void aProgramWithoutOndemandHasNoHelpers() {
        String code = generate(DELAYS).code();
        assertFalse(code.contains("ondemand"), code);
        assertTrue(code.contains("Delay_2_0 = In_1_0 @ 3;"), code);
    }

    @Test
    void aNestedOndemandTicksOnBothClocks() {
        Patch inner = clocked(COUNTER, 0);
        String code = generate(clocked(inner, 1)).code();
        assertTrue(code.contains("Tick_1 = Clock_1 != 0;"), code);
        assertTrue(code.contains("Tick_2 = Tick_1 * (Clock_2 != 0);"), code);
        assertTrue(code.contains("Loop_1 : ondemand_mem(Tick_2)"), "the inner counter advances on both clocks: " + code);
    }

    @Test
    void aSubPatcherInsideRunsOnTheSameTicks() {
        Patch sub = TestPatches.of("i = in 1", "p = p", "o = out 1", "i:0 -> p:0", "p:0 -> o:0");
        sub = sub.withBox("p", sub.box("p").withSubpatch(TestPatches.of("a = in 1", "m = mem", "b = out 1",
                "a:0 -> m:0", "m:0 -> b:0")));
        String code = generate(clocked(sub, 1)).code();
        assertTrue(code.contains("Mem_3_0 = ondemand_mem(Tick_1, In_1_0);"), "the sub-patcher's mem: " + code);
    }

    @Test
    void anIterationsBodyInsideRunsOnTheSameTicks() {
        Patch body = TestPatches.of("i = in 1", "par = par 2", "m = mem", "o = out 1", "i:0 -> m:0", "m:0 -> par:0",
                "par:0 -> o:0");
        CodegenResult result = generate(clocked(body, 1));
        assertTrue(result.code().contains("ondemand_mem(Tick_1"), result.code() + result.diagnostics());
    }

    @Test
    void anOndemandInsideAnIterationsBodyTakesItsClockFromTheBody() {
        Patch outer = TestPatches.of("c = in 1", "par = par 3", "od = ondemand", "o = out 1", "c:0 -> od:0",
                "od:0 -> par:0", "par:0 -> o:0");
        outer = outer.withBox("od", outer.box("od").withSubpatch(COUNTER));
        CodegenResult result = generate(outer);
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("Ondemand_3(Clock_1) = ondemand_hold(Tick_1, Out_1)"), result.code());
    }

    @Test
    void anUnconnectedClockIsAWarningOnTheBoxAndTheProgramStillGenerates() {
        Patch outer = TestPatches.of("od = ondemand", "o = out 1", "od:0 -> o:0");
        outer = outer.withBox("od", outer.box("od").withSubpatch(COUNTER));
        CodegenResult result = generate(outer);
        List<Diagnostic> w = problems(result, Code.ONDEMAND_CLOCK_UNCONNECTED);
        assertEquals(1, w.size(), result.diagnostics().toString());
        assertEquals("od", w.get(0).boxId());
        assertTrue(w.get(0).message().contains("never runs"), w.get(0).message());
        assertTrue(result.ok());
        assertTrue(result.code().contains("Ondemand_2(0)"), "the clock is 0: " + result.code());
        assertTrue(problems(generate(clocked(COUNTER, 0)), Code.ONDEMAND_CLOCK_UNCONNECTED).isEmpty());
    }

    @Test
    void aDelayOfVariableLengthInsideIsRefused() {
        Patch content = TestPatches.of("a = in 1", "n = in 2", "d = @", "o = out 1", "a:0 -> d:0", "n:0 -> d:1",
                "d:0 -> o:0");
        CodegenResult inside = generate(clocked(content, 2));
        List<Diagnostic> e = problems(inside, Code.ONDEMAND_NOT_GATED);
        assertEquals(1, e.size(), inside.diagnostics().toString());
        assertEquals("od/d", e.get(0).boxId());
        assertTrue(problems(generate(content), Code.ONDEMAND_NOT_GATED).isEmpty(), "outside, a variable delay is fine");
        assertTrue(problems(generate(clocked(TestPatches.of("a = in 1", "d = @ 0", "o = out 1", "a:0 -> d:0",
                "d:0 -> o:0"), 1)), Code.ONDEMAND_NOT_GATED).isEmpty(), "@ 0 keeps no state");
    }

    @Test
    void aCodeBoxWithStateInsideIsRefusedAndAPureOneIsNot() {
        Patch stateful = code("process = _ : mem;");
        CodegenResult inside = generate(clocked(stateful, 1));
        List<Diagnostic> e = problems(inside, Code.ONDEMAND_NOT_GATED);
        assertEquals(1, e.size(), inside.diagnostics().toString());
        assertEquals("od/k", e.get(0).boxId());
        assertTrue(e.get(0).message().contains("\"mem\""), e.get(0).message());
        assertTrue(problems(generate(stateful), Code.ONDEMAND_NOT_GATED).isEmpty());
        CodegenResult pure = generate(clocked(code("process = _ * 2 + 1; // no mem here"), 1));
        assertTrue(pure.ok(), pure.diagnostics().toString());
        assertTrue(pure.code().contains("Code_2"), pure.code());
    }

    @Test
    void aStatefulLibraryBoxInsideIsRefusedWithWhyAndWhatToDo() {
        Patch lowpass = TestPatches.of("a = in 1", "f = fi.lowpass 1 500", "o = out 1", "a:0 -> f:0", "f:0 -> o:0");
        CodegenResult inside = generate(clocked(lowpass, 1));
        List<Diagnostic> e = problems(inside, Code.ONDEMAND_STATEFUL_LIBRARY);
        assertEquals(1, e.size(), inside.diagnostics().toString());
        assertEquals("od/f", e.get(0).boxId());
        assertTrue(e.get(0).message().startsWith("fi.lowpass keeps state"), e.get(0).message());
        assertTrue(e.get(0).message().contains("Build it from delays (mem, @ N, a loop) in a sub-patcher"), e.get(0).message());
        assertFalse(inside.ok());
        assertTrue(problems(generate(lowpass), Code.ONDEMAND_STATEFUL_LIBRARY).isEmpty(), "outside it is fine");
        Patch nested = TestPatches.of("a = in 1", "p = p", "o = out 1", "a:0 -> p:0", "p:0 -> o:0");
        nested = nested.withBox("p", nested.box("p").withSubpatch(TestPatches.of("a = in 1", "n = no.noise", "b = out 1",
                "n:0 -> b:0")));
        assertEquals(List.of("od/p/n"), problems(generate(clocked(nested, 1)), Code.ONDEMAND_STATEFUL_LIBRARY).stream()
                .map(Diagnostic::boxId).toList(), "in a sub-patcher inside too");
    }

    @Test
    void aStatelessLibraryBoxInsideIsAllowed() {
        Patch tanh = TestPatches.of("a = in 1", "t = ma.tanh", "d = ba.db2linear", "o = out 1", "a:0 -> t:0", "t:0 -> d:0",
                "d:0 -> o:0");
        CodegenResult inside = generate(clocked(tanh, 1));
        assertTrue(inside.ok(), inside.diagnostics().toString());
        assertTrue(inside.code().contains("ma.tanh"), inside.code());
    }

    @Test
    void aFunctionTheIndexDoesNotKnowIsRefusedInside() {
        Patch unknown = TestPatches.of("a = in 1", "u = my.filter @ins 1 @outs 1", "o = out 1", "a:0 -> u:0", "u:0 -> o:0");
        List<Diagnostic> e = problems(generate(clocked(unknown, 1)), Code.ONDEMAND_STATEFUL_LIBRARY);
        assertEquals(1, e.size());
        assertTrue(e.get(0).message().startsWith("my.filter is not in the library index"), e.get(0).message());
    }

    @Test
    void aContentFromAFileIsLoweredOnTicksAndTwoUsesAreNotOneSharedFunction() {
        Patch delay = TestPatches.of("a = in 1", "m = mem", "b = out 1", "a:0 -> m:0", "m:0 -> b:0");
        MemoryFiles files = new MemoryFiles().put("step.json", delay);
        Patch outer = TestPatches.of("c = in 1", "x = in 2", "od = ondemand ./step.json", "od2 = ondemand ./step.json",
                "o = out 1", "o2 = out 2", "c:0 -> od:0", "c:0 -> od2:0", "x:0 -> od:1", "x:0 -> od2:1", "od:0 -> o:0",
                "od2:0 -> o2:0");
        CodegenResult result = Codegen.generate(outer, BundledIndex.get(), files);
        assertTrue(result.ok(), result.diagnostics().toString());
        assertEquals(2, count(result.code(), "ondemand_mem(Tick_1, In_1_0)"), result.code());
        assertFalse(result.code().contains("file_1"), "each use is its own gated function: " + result.code());
    }

    private static Patch code(String faust) {
        Patch p = TestPatches.of("a = in 1", "k = code @ins 1 @outs 1", "o = out 1", "a:0 -> k:0", "k:0 -> o:0");
        return StructureDiagnosticsTest.withData(p, "k", Map.of("value", new JsonValue.JsonString(faust)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
