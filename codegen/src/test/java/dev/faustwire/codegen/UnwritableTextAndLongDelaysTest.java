package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.check.CheckDelayLengths;
import dev.faustwire.codegen.read.Utf16;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Text UTF-8 cannot write (a lone surrogate) in a box's text, a control's stored label or a code
 * box's Faust text is E029 on the box; a constant delay too long for Faust's memory is E030.
 */
class UnwritableTextAndLongDelaysTest {

    private static List<Diagnostic> diagnostics(Patch patch) {
        return Codegen.generate(patch, BundledIndex.get()).diagnostics();
    }

    private static void assertOnly(Patch patch, Code code, String boxId) {
        CodegenResult result = Codegen.generate(patch, BundledIndex.get());
        assertNull(result.code(), result.code());
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        assertEquals(code, result.diagnostics().get(0).code());
        assertEquals(boxId, result.diagnostics().get(0).boxId());
    }

    /** The patch with {@code data} set on box {@code id}. */
    private static Patch withData(Patch patch, String id, Map<String, JsonValue> fields) {
        TreeMap<String, Box> boxes = new TreeMap<>(patch.boxes());
        Box box = patch.box(id);
        boxes.put(id, new Box(box.id(), box.text(), box.rect(), new JsonObject(new LinkedHashMap<>(fields)),
                box.subpatch(), box.comment(), box.extra()));
        return new Patch(boxes, patch.lines(), patch.props(), patch.extra());
    }

    @Test
    void loneSurrogatesAreFoundAndPairsAreNot() {
        assertTrue(Utf16.hasLoneSurrogate("a\ud800"));
        assertTrue(Utf16.hasLoneSurrogate("\udc00b"));
        assertTrue(Utf16.hasLoneSurrogate("\ud800\ud800\udc00"));
        assertFalse(Utf16.hasLoneSurrogate("gain \ud83c\udfb5"));
        assertFalse(Utf16.hasLoneSurrogate(""));
        assertFalse(Utf16.hasLoneSurrogate(null));
    }

    @Test
    void aLoneSurrogateInAControlLabelIsReportedOnItsBox() {
        assertOnly(TestPatches.of("box-1 = hslider \"g\ud800\" 0 0 1 0.01", "box-2 = out 1", "box-1:0 -> box-2:0"),
                Code.TEXT_NOT_UTF8, "box-1");
    }

    @Test
    void anEmojiInALabelIsWritten() {
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = hslider \"g\ud83c\udfb5\" 0 0 1 0.01",
                "box-2 = out 1", "box-1:0 -> box-2:0"), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void aLoneSurrogateInAStoredLabelIsReportedOnItsBox() {
        Patch patch = TestPatches.of("box-1 = hslider", "box-2 = out 1", "box-1:0 -> box-2:0");
        assertOnly(withData(patch, "box-1", Map.of("label", new JsonString("\udfff"))), Code.TEXT_NOT_UTF8, "box-1");
    }

    @Test
    void aLoneSurrogateInACodeBoxsFaustTextIsReportedOnItsBox() {
        Patch patch = TestPatches.of("box-1 = code @ins 0 @outs 1", "box-2 = out 1", "box-1:0 -> box-2:0");
        assertOnly(withData(patch, "box-1", Map.of("value", new JsonString("process = 1; // \ud800"))),
                Code.TEXT_NOT_UTF8, "box-1");
    }

    @Test
    void aLoneSurrogateInsideAnEmbeddedSubpatchIsReportedOnItsPath() {
        Patch inner = TestPatches.of("box-1 = vslider \"\ud800\" 0 0 1 0.1", "box-2 = out 1", "box-1:0 -> box-2:0");
        Patch top = TestPatches.of("box-1 = p inner", "box-2 = out 1", "box-1:0 -> box-2:0");
        TreeMap<String, Box> boxes = new TreeMap<>(top.boxes());
        Box p = top.box("box-1");
        boxes.put("box-1", new Box(p.id(), p.text(), p.rect(), p.data(), inner, p.comment(), p.extra()));
        assertOnly(new Patch(boxes, top.lines(), top.props(), top.extra()), Code.TEXT_NOT_UTF8, "box-1/box-1");
    }

    @Test
    void aDelayOfABillionSamplesIsReportedOnItsBox() {
        assertOnly(TestPatches.of("box-1 = in 1", "box-2 = @ 1000000000", "box-3 = out 1", "box-1:0 -> box-2:0",
                "box-2:0 -> box-3:0"), Code.DELAY_TOO_LONG, "box-2");
    }

    @Test
    void theLongestDelayAllowedGenerates() {
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = in 1", "box-2 = @ " + CheckDelayLengths.MAX_DELAY,
                "box-3 = out 1", "box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void oneSampleMoreIsReported() {
        assertOnly(TestPatches.of("box-1 = in 1", "box-2 = @ " + (CheckDelayLengths.MAX_DELAY + 1), "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), Code.DELAY_TOO_LONG, "box-2");
    }

    @Test
    void aConstantShiftedIntoTheLengthInletIsReported() {
        // 1 << 28 through a wire box into the length inlet of @.
        List<Diagnostic> d = diagnostics(TestPatches.of("box-1 = in 1", "box-2 = 1", "box-3 = << 28", "box-4 = _",
                "box-5 = @", "box-6 = out 1", "box-2:0 -> box-3:0", "box-3:0 -> box-4:0", "box-1:0 -> box-5:0",
                "box-4:0 -> box-5:1", "box-5:0 -> box-6:0"));
        assertEquals(1, d.size(), d.toString());
        assertEquals(Code.DELAY_TOO_LONG, d.get(0).code());
        assertEquals("box-5", d.get(0).boxId());
        assertEquals(1, d.get(0).port(), "at the length inlet");
    }

    @Test
    void aConstantLengthInScientificNotationIsReported() {
        assertOnly(TestPatches.of("box-1 = in 1", "box-2 = c 1e9", "box-3 = @", "box-4 = out 1", "box-1:0 -> box-3:0",
                "box-2:0 -> box-3:1", "box-3:0 -> box-4:0"), Code.DELAY_TOO_LONG, "box-3");
    }

    @Test
    void aLengthFromASliderWithinTheBoundGenerates() {
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = in 1", "box-2 = hslider d 100 0 48000 1",
                "box-3 = @", "box-4 = out 1", "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-4:0"),
                BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void aSliderWhoseMaximumIsTooLongIsReported() {
        // Faust sizes the delay line for the slider's maximum: 2^30 samples, and the memory size wraps.
        assertOnly(TestPatches.of("box-1 = in 1", "box-2 = hslider d 100 0 1000000000 1", "box-3 = @",
                "box-4 = out 1", "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-4:0"),
                Code.DELAY_TOO_LONG, "box-3");
    }

    @Test
    void aSliderBoundedWithMinGenerates() {
        CodegenResult result = Codegen.generate(TestPatches.of("box-1 = in 1", "box-2 = hslider d 100 0 1000000000 1",
                "box-5 = min 48000", "box-3 = @", "box-4 = out 1", "box-1:0 -> box-3:0", "box-2:0 -> box-5:0",
                "box-5:0 -> box-3:1", "box-3:0 -> box-4:0"), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void aSliderScaledPastTheBoundIsReported() {
        // 0..1 times 10^8: Faust's interval reaches 10^8.
        assertOnly(TestPatches.of("box-1 = in 1", "box-2 = hslider d 0.5 0 1 0.01", "box-5 = * 100000000",
                "box-3 = @", "box-4 = out 1", "box-1:0 -> box-3:0", "box-2:0 -> box-5:0", "box-5:0 -> box-3:1",
                "box-3:0 -> box-4:0"), Code.DELAY_TOO_LONG, "box-3");
    }

    @Test
    void twoLengthsMergedIntoTheInletAreAdded() {
        // 10,000,000 + 10,000,000 through one inlet: 20,000,000, over 2^24.
        assertOnly(TestPatches.of("box-1 = in 1", "box-2 = 10000000", "box-5 = 10000000", "box-3 = @", "box-4 = out 1",
                "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-5:0 -> box-3:1", "box-3:0 -> box-4:0"),
                Code.DELAY_TOO_LONG, "box-3");
    }

    @Test
    void aLatticeOfBoxesEachReadTwiceIsBoundedQuickly() {
        // 80 + boxes, each adding the one before to itself: 2^80 paths; the bound gives up and leaves it to Faust.
        java.util.List<String> specs = new java.util.ArrayList<>(java.util.List.of("box-1 = in 1", "box-2 = 1"));
        for (int i = 3; i < 83; i++) {
            specs.add("box-" + i + " = +");
            specs.add("box-" + (i - 1) + ":0 -> box-" + i + ":0");
            specs.add("box-" + (i - 1) + ":0 -> box-" + i + ":1");
        }
        specs.addAll(java.util.List.of("box-90 = @", "box-91 = out 1", "box-1:0 -> box-90:0", "box-82:0 -> box-90:1",
                "box-90:0 -> box-91:0"));
        Patch lattice = TestPatches.of(specs.toArray(new String[0]));
        // Without a cap on the steps, this never ends; the minute is only a guard against that.
        CodegenResult result = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Codegen.generate(lattice, BundledIndex.get()));
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void aLongDelayInsideASubpatcherIsReportedOnItsPath() {
        Patch inner = TestPatches.of("box-1 = in 1", "box-2 = @ 100000000", "box-3 = out 1", "box-1:0 -> box-2:0",
                "box-2:0 -> box-3:0");
        MemoryFiles files = new MemoryFiles().put("long.json", inner);
        CodegenResult result = Codegen.generate(MemoryFiles.uses("./long.json", 2), BundledIndex.get(), files);
        assertFalse(result.ok());
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        assertEquals("box-2/box-2", result.diagnostics().get(0).boxId());
    }
}
