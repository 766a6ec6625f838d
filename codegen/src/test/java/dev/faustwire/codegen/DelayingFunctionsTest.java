package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Delay-ness as data: a library box whose index entry says it delays its first input
 * ({@code gen.history}, the test-only {@code taps.tap2}) cuts a feedback loop on the lines into
 * that inlet only, and the libraries outside stdfaust.lib are imported once, when used.
 */
class DelayingFunctionsTest {

    private static CodegenResult generate(String... specs) {
        return Codegen.generate(TestPatches.of(specs), TestLibraries.INDEX);
    }

    private static List<Code> codes(CodegenResult result) {
        List<Code> codes = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            codes.add(d.code());
        }
        return codes;
    }

    @Test
    void aHistoryInAFeedbackLoopCutsIt() {
        CodegenResult result = generate("box-1 = in 1", "box-2 = +", "box-3 = gen.history 0", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0");
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("gen_history_3_0 = gen_history_3_fed : gen.history_fed(0);"), result.code());
        assertTrue(result.code().contains("}) ~ _;"), result.code());
    }

    @Test
    void aLoopThroughTheTimeInletOfADelayingBoxHasNoDelay() {
        CodegenResult result = generate("box-1 = in 1", "box-2 = taps.tap2 64", "box-3 = * 1", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0");
        assertEquals(List.of(Code.LOOP_WITHOUT_DELAY, Code.LOOP_WITHOUT_DELAY), codes(result));
        assertEquals("box-2", result.diagnostics().get(0).boxId());
        assertEquals("box-3", result.diagnostics().get(1).boxId());
    }

    @Test
    void aLoopThroughTheTimeInletOfGenDelayHasNoDelayButOneThroughItsInputIsCut() {
        CodegenResult time = generate("box-1 = in 1", "box-2 = gen.delay 64 1 1 2", "box-3 = * 1", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0");
        assertEquals(List.of(Code.LOOP_WITHOUT_DELAY, Code.LOOP_WITHOUT_DELAY), codes(time));
        assertTrue(time.diagnostics().get(0).message().endsWith("; gen.delay delays only inlet 0, not the others"),
                time.diagnostics().get(0).message());
        CodegenResult input = generate("box-1 = in 1", "box-2 = gen.delay 64 1 1 2", "box-3 = * 0.5", "box-4 = out 1",
                "box-5 = c 10", "box-1:0 -> box-3:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:0", "box-5:0 -> box-2:1",
                "box-3:0 -> box-4:0");
        assertTrue(input.ok(), input.diagnostics().toString());
        assertTrue(input.code().contains("(gen_delay_2_fed, Const_5_0) : gen.delay_fed(64, 1, 1, 2)"), input.code());
    }

    @Test
    void aLoopThroughTheDelayedInletOfTheSameBoxIsCut() {
        CodegenResult result = generate("box-1 = in 1", "box-2 = +", "box-3 = taps.tap2 64", "box-4 = out 1",
                "box-5 = c 3", "box-6 = c 5",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:1 -> box-2:1", "box-5:0 -> box-3:1",
                "box-6:0 -> box-3:2", "box-2:0 -> box-4:0");
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("taps.tap2_fed(64, taps_tap2_3_fed, Const_5_0, Const_6_0) : (!, _)"), result.code());
    }

    @Test
    void withoutAnInitArgumentTheDelayedInletIsTheSecond() {
        // gen.history without its parameter: inlet 0 is init, inlet 1 the delayed input
        CodegenResult throughInput = generate("box-1 = in 1", "box-2 = +", "box-3 = gen.history", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:1", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0");
        assertTrue(throughInput.ok(), throughInput.diagnostics().toString());
        assertTrue(throughInput.code().contains("gen_history_3_fed : gen.history_fed(0)"), throughInput.code());
        CodegenResult throughInit = generate("box-1 = in 1", "box-2 = +", "box-3 = gen.history", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0");
        assertTrue(codes(throughInit).contains(Code.LOOP_WITHOUT_DELAY), throughInit.diagnostics().toString());
    }

    @Test
    void aFedFormGetsItsFeedOneSampleLateWhateverTheFunctionsDelay() {
        LibraryFunction twice = new LibraryFunction("gen.twice", "gen.lib", "Two samples later.", "_ : twice : _",
                List.of(), new Arity.Fixed(1, 1), 2, "gen.twice_fed");
        StdlibIndex index = TestLibraries.INDEX.with(new StdlibIndex("2.54.9", List.of(twice), List.of(), Map.of("gen", "gen.lib")));
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = in 1", "box-2 = +", "box-3 = gen.twice",
                "box-4 = out 1", "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0"), index);
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("gen_twice_3_0 = gen_twice_3_fed : gen.twice_fed;"), result.code());
        assertTrue(result.code().contains("}) ~ _;"), result.code());
    }

    @Test
    void outsideALoopTheBoxCallsTheFunctionItself() {
        CodegenResult result = generate("box-1 = in 1", "box-2 = gen.history 0.5", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0");
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("gen_history_2_0 = In_1_0 : gen.history(0.5);"), result.code());
        assertFalse(result.code().contains("_fed"), result.code());
    }

    @Test
    void genLibIsImportedOnceWhenUsedAndOnlyThen() {
        CodegenResult two = generate("box-1 = in 1", "box-2 = gen.history 0", "box-3 = gen.fixdenorm", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-4:0");
        assertTrue(two.ok(), two.diagnostics().toString());
        assertTrue(two.code().startsWith("// Generated by Faustwire. Edit the patch, not this file.\n"
                + "import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n\n"), two.code());
        assertEquals(two.code().indexOf("library(\"gen.lib\")"), two.code().lastIndexOf("library(\"gen.lib\")"));
        CodegenResult none = generate("box-1 = in 1", "box-2 = mem", "box-3 = out 1", "box-1:0 -> box-2:0",
                "box-2:0 -> box-3:0");
        assertFalse(none.code().contains("gen.lib"), none.code());
    }

    @Test
    void aHistoryInsideASubPatcherImportsGenLibAtTheTop() {
        Patch inner = TestPatches.of("box-1 = in 1", "box-2 = +", "box-3 = gen.history 0", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0");
        Patch outer = TestPatches.of("box-1 = in 1", "box-2 = p inner", "box-3 = out 1", "box-1:0 -> box-2:0",
                "box-2:0 -> box-3:0");
        outer = outer.withBox("box-2", outer.boxes().get("box-2").withSubpatch(inner));
        CodegenResult result = Codegen.generate(outer, TestLibraries.INDEX);
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n"), result.code());
        assertTrue(result.code().contains("gen_history_3_fed : gen.history_fed(0)"), result.code());
    }

    private static Patch withCode(String faust) {
        Patch patch = TestPatches.of("box-1 = in 1", "box-2 = code @ins 1 @outs 1", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0");
        return patch.withBox("box-2", patch.boxes().get("box-2").withData(
                new JsonObject(Map.of("value", new JsonString(faust)))));
    }

    @Test
    void aCodeBoxCallingGenGetsGenLibImported() {
        CodegenResult calls = Codegen.generate(withCode("process = gen.fixdenorm : gen.history(0);"), TestLibraries.INDEX);
        assertTrue(calls.ok(), calls.diagnostics().toString());
        assertTrue(calls.code().contains("import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n"), calls.code());
        CodegenResult lookalike = Codegen.generate(withCode("mygen = library(\"maths.lib\");\nprocess = _ * mygen.PI;"),
                TestLibraries.INDEX);
        assertFalse(lookalike.code().contains("gen.lib"), lookalike.code());
    }
}
