package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Problems with structure (sub-patchers, code boxes, iteration bodies, send/receive, the effect)
 * end as diagnostics naming the boxes at fault; ids inside a sub-patcher are paths.
 */
class StructureDiagnosticsTest {

    /** The patch with one box given an embedded child patch. */
    static Patch withChild(Patch patch, String boxId, Patch child) {
        Box box = patch.box(boxId);
        TreeMap<String, Box> boxes = new TreeMap<>(patch.boxes());
        boxes.put(boxId, new Box(box.id(), box.text(), box.rect(), box.data(), child, box.comment(), box.extra()));
        return new Patch(boxes, patch.lines(), patch.props(), JsonObject.EMPTY);
    }

    /** The patch with one box given data fields. */
    static Patch withData(Patch patch, String boxId, Map<String, JsonValue> fields) {
        Box box = patch.box(boxId);
        TreeMap<String, Box> boxes = new TreeMap<>(patch.boxes());
        boxes.put(boxId, new Box(box.id(), box.text(), box.rect(), new JsonObject(new LinkedHashMap<>(fields)),
                box.subpatch(), box.comment(), box.extra()));
        return new Patch(boxes, patch.lines(), patch.props(), JsonObject.EMPTY);
    }

    private static CodegenResult generate(Patch patch, Resources resources) {
        return Codegen.generate(patch, BundledIndex.get(), resources);
    }

    private static List<Diagnostic> errorsOf(CodegenResult result) {
        assertNull(result.code(), "no program when there are errors");
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                errors.add(d);
            }
        }
        return errors;
    }

    private static void assertBoxes(List<Diagnostic> diagnostics, Code code, String... boxIds) {
        List<String> ids = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            assertEquals(code, d.code(), d.toString());
            ids.add(d.boxId());
        }
        assertEquals(List.of(boxIds), ids);
    }

    /** Resources that serve files from a map, keyed by name, whatever the folder. */
    private static Resources files(Map<String, String> files) {
        return new Resources() {
            @Override
            public PatchFile findPatch(String reference, String from) {
                String text = files.get(reference);
                return text == null ? null : new PatchFile(reference, text);
            }

            @Override
            public Arity codeArity(String faust) {
                return faust.contains("oops") ? Arity.failed("1 : ERROR : undefined symbol : oops") : Arity.of(1, 1);
            }
        };
    }

    private static final Patch HALVE = TestPatches.of("box-1 = in 1", "box-2 = * 0.5", "box-3 = out 1",
            "box-1:0 -> box-2:0", "box-2:0 -> box-3:0");

    // --- sub-patchers

    @Test
    void aProblemInsideASubPatcherNamesThePathToTheBox() {
        Patch child = TestPatches.of("box-1 = in 1", "box-2 = oscc", "box-3 = out 1", "box-1:0 -> box-3:0");
        Patch parent = withChild(TestPatches.of("box-1 = in 1", "box-4 = p inner", "box-5 = out 1",
                "box-1:0 -> box-4:0", "box-4:0 -> box-5:0"), "box-4", child);
        assertBoxes(errorsOf(generate(parent, Resources.NONE)), Code.UNKNOWN_BOX, "box-4/box-2");
    }

    @Test
    void aSubPatcherFileThatIsNowhereAndNotEmbeddedIsReported() {
        Patch parent = TestPatches.of("box-1 = p ./gone.dsppat", "box-2 = out 1");
        assertBoxes(errorsOf(generate(parent, Resources.NONE)), Code.SUBPATCH_NOT_FOUND, "box-1");
    }

    @Test
    void theFileWinsOverTheEmbeddedCopyAndTheCopyIsTheFallback() {
        Patch quarter = TestPatches.of("box-1 = in 1", "box-2 = * 0.25", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0");
        Patch parent = withChild(TestPatches.of("box-1 = in 1", "box-2 = p ./halve.dsppat", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), "box-2", quarter);
        String fromFile = generate(parent, files(Map.of("./halve.dsppat", PatchWriter.write(HALVE)))).code();
        assertTrue(fromFile.contains("* 0.5") && !fromFile.contains("0.25"), fromFile);
        String fromCopy = generate(parent, Resources.NONE).code();
        assertTrue(fromCopy.contains("* 0.25"), fromCopy);
    }

    @Test
    void aFileThatContainsItselfIsReportedNotFollowedForever() {
        Patch loop = TestPatches.of("box-1 = in 1", "box-2 = p ./self.dsppat", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0");
        Patch parent = TestPatches.of("box-1 = in 1", "box-7 = p ./self.dsppat", "box-8 = out 1",
                "box-1:0 -> box-7:0", "box-7:0 -> box-8:0");
        List<Diagnostic> errors = errorsOf(generate(parent, files(Map.of("./self.dsppat", PatchWriter.write(loop)))));
        assertBoxes(errors, Code.SUBPATCH_INCLUDES_ITSELF, "box-7/box-2");
    }

    @Test
    void anEmptySubPatcherHasNoPortsAndMakesNoCode() {
        CodegenResult result = generate(TestPatches.of("box-1 = p", "box-2 = 1", "box-3 = out 1",
                "box-2:0 -> box-3:0"), Resources.NONE);
        assertTrue(result.ok(), result.diagnostics().toString());
        assertFalse(result.code().contains("Patcher"), result.code());
    }

    @Test
    void aSubPatcherSourceMapNamesTheInnerBoxes() {
        Patch parent = withChild(TestPatches.of("box-1 = in 1", "box-4 = p half", "box-5 = out 1",
                "box-1:0 -> box-4:0", "box-4:0 -> box-5:0"), "box-4", HALVE);
        CodegenResult result = generate(parent, Resources.NONE);
        String[] lines = result.code().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("* 0.5")) {
                assertEquals("box-4/box-2", result.sourceMap().boxAt(i + 1));
            }
            if (lines[i].contains("Patcher_4_0 =")) {
                assertEquals("box-4", result.sourceMap().boxAt(i + 1));
            }
        }
    }

    // --- code boxes

    @Test
    void aCodeBoxWithoutArityAndWithoutAServerIsReported() {
        Patch patch = withData(TestPatches.of("box-1 = code", "box-2 = out 1", "box-1:0 -> box-2:0"),
                "box-1", Map.of("value", new JsonString("process = 1;")));
        // the line cannot be drawn either: the box has no known outlets
        List<Diagnostic> errors = errorsOf(generate(patch, Resources.NONE));
        assertEquals(Code.CODE_ARITY_UNKNOWN, errors.get(0).code());
        assertEquals("box-1", errors.get(0).boxId());
    }

    @Test
    void aCodeBoxTakesItsArityFromAttributesThenStoredDataThenTheProbe() {
        Patch stored = withData(TestPatches.of("box-1 = in 1", "box-2 = code", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), "box-2", Map.of("value", new JsonString("process = _;"),
                "inputs", new JsonNumber("1"), "outputs", new JsonNumber("1")));
        assertTrue(generate(stored, Resources.NONE).ok());
        Patch probed = withData(TestPatches.of("box-1 = in 1", "box-2 = code", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), "box-2", Map.of("value", new JsonString("process = _;")));
        assertTrue(generate(probed, files(Map.of())).ok());
    }

    @Test
    void aCodeBoxThatDoesNotCompileCarriesTheCompilerMessage() {
        Patch patch = withData(TestPatches.of("box-1 = in 1", "box-2 = code", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), "box-2", Map.of("value", new JsonString("process = oops;")));
        List<Diagnostic> errors = errorsOf(generate(patch, files(Map.of())));
        assertEquals(Code.COMPILE_ERROR, errors.get(0).code());
        assertEquals("box-2", errors.get(0).boxId());
        assertTrue(errors.get(0).message().contains("oops"));
    }

    @Test
    void aCodeBoxWithoutTextIsReported() {
        List<Diagnostic> errors = errorsOf(generate(TestPatches.of("box-1 = code @ins 1 @outs 1", "box-2 = out 1",
                "box-1:0 -> box-2:0"), Resources.NONE));
        assertBoxes(errors, Code.WRONG_ARGUMENT, "box-1");
    }

    // --- iterations

    @Test
    void aBoxThatReadsTheVariableButLeavesTheBodyIsReported() {
        List<Diagnostic> errors = errorsOf(generate(TestPatches.of("box-1 = par 2", "box-2 = + 1", "box-3 = out 1",
                "box-4 = out 2", "box-1:2 -> box-2:0", "box-2:0 -> box-1:0", "box-2:0 -> box-4:0",
                "box-1:0 -> box-3:0"), Resources.NONE));
        assertBoxes(errors, Code.ITERATION_ESCAPE, "box-4");
    }

    @Test
    void aBoxThatReadsTheVariableAndGoesNowhereYetIsNoError() {
        CodegenResult result = generate(TestPatches.of("box-1 = par 2", "box-2 = + 1", "box-3 = out 1",
                "box-4 = * 2", "box-5 = - 1", "box-1:2 -> box-2:0", "box-2:0 -> box-1:0", "box-1:0 -> box-3:0",
                "box-1:2 -> box-4:0", "box-4:0 -> box-5:0"), Resources.NONE);
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void anIterationFedFromItsOwnBodyIsReported() {
        List<Diagnostic> errors = errorsOf(generate(TestPatches.of("box-1 = par 2 @ins 1", "box-2 = + 1",
                "box-3 = out 1", "box-1:3 -> box-2:0", "box-2:0 -> box-1:0", "box-2:0 -> box-1:1",
                "box-1:0 -> box-3:0"), Resources.NONE));
        assertTrue(errors.stream().anyMatch(d -> d.code() == Code.ITERATION_ESCAPE && d.boxId().equals("box-1")),
                errors.toString());
    }

    @Test
    void aLoopThroughAnIterationsBodyFromOutsideIsReported() {
        List<Diagnostic> errors = errorsOf(generate(TestPatches.of("box-1 = par 2", "box-2 = +", "box-3 = mem",
                "box-4 = out 1", "box-1:2 -> box-2:0", "box-3:0 -> box-2:1", "box-2:0 -> box-1:0",
                "box-1:0 -> box-3:0", "box-1:0 -> box-4:0"), Resources.NONE));
        assertBoxes(errors, Code.LOOP_ACROSS_BODY, "box-1", "box-2", "box-3");
    }

    @Test
    void aLoopAroundAWholeIterationIsLegal() {
        CodegenResult result = generate(TestPatches.of("box-1 = in 1", "box-2 = par 1 @ins 1", "box-3 = *",
                "box-4 = + 1", "box-5 = +", "box-6 = mem", "box-7 = out 1", "box-2:2 -> box-4:0", "box-2:1 -> box-3:0",
                "box-4:0 -> box-3:1", "box-3:0 -> box-2:0", "box-1:0 -> box-5:0", "box-6:0 -> box-5:1",
                "box-5:0 -> box-2:1", "box-2:0 -> box-6:0", "box-2:0 -> box-7:0"), Resources.NONE);
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("~ _"), result.code());
    }

    @Test
    void iterationCountsAndBodyAritiesAreChecked() {
        for (String text : List.of("par", "par 0", "par 2.5", "par x", "seq 3 @ins 2 @outs 1", "sum 2 @outs 2",
                "prod 2 @outs 0", "par 5000")) {
            List<Diagnostic> errors = errorsOf(generate(TestPatches.of("box-1 = " + text, "box-2 = out 1"),
                    Resources.NONE));
            assertBoxes(errors, Code.WRONG_ARGUMENT, "box-1");
        }
    }

    // --- send and receive, the effect

    @Test
    void aReceiveWithoutSendWarnsAndReadsSilence() {
        CodegenResult result = generate(TestPatches.of("box-1 = receive nowhere", "box-2 = out 1",
                "box-1:0 -> box-2:0"), Resources.NONE);
        assertTrue(result.ok());
        assertEquals(Code.RECEIVE_WITHOUT_SEND, result.diagnostics().get(0).code());
        assertEquals("box-1", result.diagnostics().get(0).boxId());
        assertTrue(result.code().contains("Receive_1_0 = 0;"), result.code());
    }

    @Test
    void aLoopThroughSendAndReceiveNeedsADelayLikeAnyOther() {
        List<Diagnostic> errors = errorsOf(generate(TestPatches.of("box-1 = receive x", "box-2 = + 1",
                "box-3 = send x", "box-4 = out 1", "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-2:0 -> box-4:0"),
                Resources.NONE));
        assertBoxes(errors, Code.LOOP_WITHOUT_DELAY, "box-1", "box-2");
    }

    @Test
    void aSecondEffectAndAnEffectInASubPatcherAreReported() {
        List<Diagnostic> two = errorsOf(generate(TestPatches.of("box-1 = 1", "box-2 = out 1", "box-1:0 -> box-2:0",
                "box-3 = effect", "box-4 = effect"), Resources.NONE));
        assertBoxes(two, Code.EFFECT_MISPLACED, "box-4");
        Patch parent = withChild(TestPatches.of("box-1 = p", "box-2 = 1", "box-3 = out 1", "box-2:0 -> box-3:0"),
                "box-1", TestPatches.of("box-1 = effect"));
        assertBoxes(errorsOf(generate(parent, Resources.NONE)), Code.EFFECT_MISPLACED, "box-1/box-1");
    }

    @Test
    void theEffectMayNotReadTheInputsNorFeedTheVoice() {
        List<Diagnostic> input = errorsOf(generate(TestPatches.of("box-1 = in 1", "box-2 = out 1", "box-3 = effect",
                "box-4 = +", "box-1:0 -> box-2:0", "box-3:0 -> box-4:0", "box-1:0 -> box-4:1", "box-4:0 -> box-3:0"),
                Resources.NONE));
        assertBoxes(input, Code.EFFECT_LEAK, "box-1");
        List<Diagnostic> leak = errorsOf(generate(TestPatches.of("box-1 = 1", "box-2 = out 1", "box-3 = effect",
                "box-4 = * 2", "box-3:0 -> box-4:0", "box-4:0 -> box-2:0", "box-4:0 -> box-3:0"), Resources.NONE));
        assertBoxes(leak, Code.EFFECT_LEAK, "box-4");
    }

    @Test
    void aSliderUsedByVoiceAndEffectIsDefinedInBoth() {
        CodegenResult result = generate(TestPatches.of("box-1 = hslider g 0.5 0 1 0.01", "box-2 = out 1",
                "box-3 = effect @ins 1 @outs 1", "box-4 = *", "box-1:0 -> box-2:0", "box-3:0 -> box-4:0",
                "box-1:0 -> box-4:1", "box-4:0 -> box-3:0"), Resources.NONE);
        assertTrue(result.ok(), result.diagnostics().toString());
        String code = result.code();
        assertEquals(2, code.split("Hslider_1_0 = hslider", -1).length - 1, code);
        assertTrue(code.contains("effect(Effect_3_0) = Mul_4_0"), code);
    }

    @Test
    void aBoxWithAnEmbeddedPatchButAnotherTextWarns() {
        Patch patch = withChild(TestPatches.of("box-1 = os.osc 440", "box-2 = out 1", "box-1:0 -> box-2:0"),
                "box-1", HALVE);
        CodegenResult result = generate(patch, Resources.NONE);
        assertTrue(result.ok());
        assertEquals(Code.EMBEDDED_PATCH_IGNORED, result.diagnostics().get(0).code());
    }
}
