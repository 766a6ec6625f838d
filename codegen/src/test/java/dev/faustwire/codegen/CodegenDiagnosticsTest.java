package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem a person can wire ends as a diagnostic with its code and the box at fault, never an exception. */
class CodegenDiagnosticsTest {

    private static List<Diagnostic> errors(String... specs) {
        CodegenResult result = Codegen.generate(TestPatches.of(specs), BundledIndex.get());
        assertNull(result.code(), "no program when there are errors");
        assertFalse(result.ok());
        return result.diagnostics();
    }

    private static void assertOnly(List<Diagnostic> diagnostics, Code code, String boxId) {
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertEquals(code, diagnostics.get(0).code());
        assertEquals(boxId, diagnostics.get(0).boxId());
    }

    @Test
    void unknownBox() {
        assertOnly(errors("box-1 = oscc", "box-2 = out 1", "box-1:0 -> box-2:0"), Code.UNKNOWN_BOX, "box-1");
    }

    @Test
    void unknownLibraryFunctionWithoutArity() {
        assertOnly(errors("box-1 = xx.nothing", "box-2 = out 1"), Code.UNKNOWN_BOX, "box-1");
    }

    @Test
    void unknownLibraryFunctionSuggestsCloseNames() {
        List<Diagnostic> d = errors("box-1 = os.oscc", "box-2 = out 1", "box-1:0 -> box-2:0");
        assertOnly(d, Code.UNKNOWN_BOX, "box-1");
        assertTrue(d.get(0).message().contains("did you mean os.osc"), d.get(0).message());
    }

    @Test
    void ambiguousAliasListsEveryLibrary() {
        // the block size is both ma.BS and pl.BS (SR, likewise ambiguous, is JSPatcher's sample rate box)
        List<Diagnostic> d = errors("box-1 = BS", "box-2 = out 1", "box-1:0 -> box-2:0");
        assertOnly(d, Code.UNKNOWN_BOX, "box-1");
        assertTrue(d.get(0).message().contains("(ma.BS, pl.BS)"), d.get(0).message());
    }

    @Test
    void arityThatNeedsConstantsSaysWhich() {
        List<Diagnostic> d = errors("box-1 = si.bus", "box-2 = out 1", "box-1:0 -> box-2:0");
        assertOnly(d, Code.WRONG_ARGUMENT, "box-1");
        assertTrue(d.get(0).message().contains("si.bus 2"), d.get(0).message());
    }

    @Test
    void aliasIsWrittenWithItsLibrary() {
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = lowpass 2 1000", "box-2 = out 1",
                "box-1:0 -> box-2:0"), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("fi_lowpass_1_0 = fi.lowpass(2, 1000, 0);"), result.code());
    }

    @Test
    void libraryFunctionWithDeclaredArityIsAccepted() {
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = xx.nothing @ins 1 @outs 1", "box-2 = out 1",
                "box-1:0 -> box-2:0"), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("xx_nothing_1_0 = xx.nothing(0);"), result.code());
    }

    @Test
    void inletOutOfRange() {
        List<Diagnostic> d = errors("box-1 = in 1", "box-2 = * 0.5", "box-3 = out 1", "box-1:0 -> box-2:1", "box-2:0 -> box-3:0");
        assertOnly(d, Code.PORT_OUT_OF_RANGE, "box-2");
        assertEquals(1, d.get(0).port());
        assertEquals("line-1", d.get(0).lineId());
    }

    @Test
    void outletOutOfRange() {
        List<Diagnostic> d = errors("box-1 = in 1", "box-2 = out 1", "box-1:3 -> box-2:0");
        assertOnly(d, Code.PORT_OUT_OF_RANGE, "box-1");
        assertEquals(3, d.get(0).port());
    }

    @Test
    void lineToAMissingBox() {
        List<Diagnostic> d = errors("box-1 = in 1", "box-2 = out 1", "box-1:0 -> box-9:0", "box-1:0 -> box-2:0");
        assertEquals(1, d.size(), d.toString());
        assertEquals(Code.LINE_TO_MISSING_BOX, d.get(0).code());
        assertEquals("line-1", d.get(0).lineId());
        assertTrue(d.get(0).message().contains("box-9"));
    }

    @Test
    void duplicateOutput() {
        assertOnly(errors("box-1 = in 1", "box-2 = out 1", "box-3 = out 1", "box-1:0 -> box-2:0", "box-1:0 -> box-3:0"),
                Code.DUPLICATE_OUTPUT, "box-3");
    }

    @Test
    void noOutputAtAll() {
        List<Diagnostic> d = errors("box-1 = in 1", "box-2 = mem", "box-1:0 -> box-2:0");
        assertEquals(1, d.size());
        assertEquals(Code.NO_OUTPUT, d.get(0).code());
        assertNull(d.get(0).target());
    }

    @Test
    void emptyPatchHasNoOutput() {
        assertEquals(Code.NO_OUTPUT, errors().get(0).code());
    }

    @Test
    void loopWithoutDelayNamesEveryBoxOfTheLoop() {
        List<Diagnostic> d = errors("box-1 = in 1", "box-2 = +", "box-3 = * 0.5", "box-4 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-2:1", "box-2:0 -> box-4:0");
        assertEquals(2, d.size(), d.toString());
        assertEquals(Code.LOOP_WITHOUT_DELAY, d.get(0).code());
        assertEquals("box-2", d.get(0).boxId());
        assertEquals("box-3", d.get(1).boxId());
        assertTrue(d.get(0).message().contains("box-2, box-3"));
    }

    @Test
    void selfLoopWithoutDelay() {
        assertOnly(errors("box-1 = +", "box-2 = out 1", "box-1:0 -> box-1:1", "box-1:0 -> box-2:0"),
                Code.LOOP_WITHOUT_DELAY, "box-1");
    }

    @Test
    void zeroSampleDelayDoesNotBreakALoop() {
        List<Diagnostic> d = errors("box-1 = +", "box-2 = @ 0", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-1:1", "box-1:0 -> box-3:0");
        assertEquals(Code.LOOP_WITHOUT_DELAY, d.get(0).code());
    }

    @Test
    void variableDelayDoesNotBreakALoop() {
        List<Diagnostic> d = errors("box-1 = +", "box-2 = @", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-1:1", "box-1:0 -> box-3:0");
        assertEquals(Code.LOOP_WITHOUT_DELAY, d.get(0).code());
    }

    @Test
    void wrongChannelArguments() {
        assertOnly(errors("box-1 = in", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = in 0", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = in 1.5", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = in x", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = out 99999"), Code.WRONG_ARGUMENT, "box-1");
    }

    @Test
    void tooManyArguments() {
        assertOnly(errors("box-1 = + 1 2 3", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = os.osc 1 2", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
    }

    @Test
    void argumentThatIsNeitherNumberNorName() {
        assertOnly(errors("box-1 = * \"a b\"", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = * 3x", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
    }

    @Test
    void badArityAttributes() {
        assertOnly(errors("box-1 = xx.f @ins -1 @outs 1", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = xx.f @ins 1 @outs 99999", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = xx.f @ins a @outs 1", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
        assertOnly(errors("box-1 = os.osc @ins", "box-2 = out 1"), Code.WRONG_ARGUMENT, "box-1");
    }

    @Test
    void unclosedQuote() {
        assertOnly(errors("box-1 = * \"0.5", "box-2 = out 1"), Code.MALFORMED_BOX_TEXT, "box-1");
    }

    @Test
    void blankText() {
        List<Diagnostic> d = errors("box-1 =  ", "box-2 = out 1");
        assertOnly(d, Code.BOX_WITHOUT_TEXT, "box-1");
    }

    @Test
    void everyBoxKindOfTheLanguageIsGenerated() {
        for (String text : List.of("p", "par 3", "hslider freq 440 20 2000 1", "button gate", "send x", "receive x",
                "effect", "vgroup", "attach", "code @ins 1 @outs 1")) {
            CodegenResult result = Codegen.generate(TestPatches.of("box-1 = " + text, "box-2 = 0.5", "box-2:0 -> box-3:0",
                    "box-3 = out 1"), dev.faustwire.stdlib.jvm.BundledIndex.get());
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.code() == Code.UNSUPPORTED_BOX), text);
        }
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        List<Diagnostic> d = errors("box-1 = oscc", "box-2 = in 0", "box-3 = out 1", "box-4 = out 1");
        assertEquals(List.of(Code.UNKNOWN_BOX, Code.WRONG_ARGUMENT, Code.DUPLICATE_OUTPUT),
                d.stream().map(Diagnostic::code).toList());
    }

    @Test
    void channelCountsAreKnownEvenWhenGenerationFails() {
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = in 3", "box-2 = oscc", "box-3 = out 2"), BundledIndex.get());
        assertFalse(result.ok());
        assertEquals(3, result.inputs());
        assertEquals(2, result.outputs());
    }
}
