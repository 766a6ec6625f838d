package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file sub-patcher used several times is one top-level function every use calls, unless its
 * meaning depends on the use: unlabelled controls (numbered program-wide) and uses in an
 * iteration's body (bargraph labels numbered by its variable) are copies, as before.
 */
class SharedFilesTest {
    private static final Patch GAIN = TestPatches.of("box-1 = in 1", "box-2 = hslider gain 0.5 0 1 0.01", "box-3 = *",
            "box-4 = out 1", "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-4:0");

    private static CodegenResult generate(Patch patch, Resources files) {
        CodegenResult result = Codegen.generate(patch, BundledIndex.get(), files);
        assertTrue(result.ok(), result.diagnostics().toString());
        return result;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aFileUsedThreeTimesIsOneFunctionCalledThreeTimes() {
        String code = generate(MemoryFiles.uses("./gain.json", 3), new MemoryFiles().put("gain.json", GAIN)).code();
        assertEquals(1, count(code, "file_1(In_1_0) = Out_1"), code);
        assertEquals(1, count(code, "hslider(\"gain\""), code);
        for (String use : new String[] {"Patcher_2", "Patcher_3", "Patcher_4"}) {
            assertTrue(code.contains(use + " = file_1;"), code);
        }
    }

    @Test
    void aFileUsedOnceStaysInsideProcess() {
        String code = generate(MemoryFiles.uses("./gain.json", 1), new MemoryFiles().put("gain.json", GAIN)).code();
        assertFalse(code.contains("file_"), code);
        assertTrue(code.contains("  Patcher_2(In_1_0) = Out_1"), code);
    }

    @Test
    void theSharedFunctionsLinesPointAtTheFirstUse() {
        CodegenResult result = generate(MemoryFiles.uses("./gain.json", 2), new MemoryFiles().put("gain.json", GAIN));
        List<String> lines = List.of(result.code().split("\n", -1));
        int slider = lines.indexOf("  Hslider_2_0 = hslider(\"gain\", 0.5, 0, 1, 0.01);");
        assertTrue(slider > 0, result.code());
        assertEquals("box-2/box-2", result.sourceMap().boxAt(slider + 1));
    }

    @Test
    void unlabelledControlsKeepOneCopyPerUse() {
        Patch unlabelled = TestPatches.of("box-1 = in 1", "box-2 = hslider", "box-3 = *", "box-4 = out 1",
                "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-4:0");
        String code = generate(MemoryFiles.uses("./vol.json", 2), new MemoryFiles().put("vol.json", unlabelled)).code();
        assertFalse(code.contains("file_"), code);
        assertTrue(code.contains("hslider(\"hslider\"") && code.contains("hslider(\"hslider 2\""), code);
    }

    @Test
    void aFileWhoseInnerFileHasUnlabelledControlsIsCopiedToo() {
        Patch unlabelled = TestPatches.of("box-1 = in 1", "box-2 = hslider", "box-3 = *", "box-4 = out 1",
                "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-4:0");
        MemoryFiles files = new MemoryFiles().put("vol.json", unlabelled).put("outer.json", MemoryFiles.uses("./vol.json", 1));
        String code = generate(MemoryFiles.uses("./outer.json", 2), files).code();
        assertFalse(code.contains("file_"), code);
        assertEquals(2, count(code, "hslider(\"hslider"), code);
    }

    @Test
    void aUseInAnIterationsBodyIsACopyWithNumberedLabels() {
        Patch meter = TestPatches.of("box-1 = in 1", "box-2 = hbargraph level 0 4", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0");
        Patch top = TestPatches.of("box-1 = par 2", "box-2 = + 1", "box-3 = p ./meter.json", "box-4 = out 1",
                "box-5 = out 2", "box-6 = p ./meter.json", "box-7 = 0.5", "box-8 = out 3", "box-9 = p ./meter.json",
                "box-1:2 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-1:0", "box-1:0 -> box-4:0",
                "box-1:1 -> box-5:0", "box-7:0 -> box-6:0", "box-6:0 -> box-8:0", "box-7:0 -> box-9:0",
                "box-9:0 -> box-8:0");
        String code = generate(top, new MemoryFiles().put("meter.json", meter)).code();
        assertTrue(code.contains("hbargraph(\"level %Par_1_2\""), code);
        assertTrue(code.contains("Patcher_6 = file_1;") && code.contains("Patcher_9 = file_1;"), code);
        assertEquals(1, count(code, "hbargraph(\"level\""), code);
    }

    @Test
    void aWarningInsideASharedFileIsReportedOnceAtTheFirstUse() {
        Patch quiet = TestPatches.of("box-1 = r nothing", "box-2 = out 1", "box-3 = in 1", "box-1:0 -> box-2:0");
        CodegenResult result = generate(MemoryFiles.uses("./quiet.json", 3), new MemoryFiles().put("quiet.json", quiet));
        List<Diagnostic> warnings = result.diagnostics().stream()
                .filter(d -> d.code() == Code.RECEIVE_WITHOUT_SEND).toList();
        assertEquals(1, warnings.size(), result.diagnostics().toString());
        assertEquals("box-2/box-1", warnings.get(0).boxId());
        assertTrue(result.code().contains("file_1"), result.code());
    }

    @Test
    void anErrorInsideASharedFileIsReportedOnce() {
        Patch broken = TestPatches.of("box-1 = oscc", "box-2 = out 1", "box-1:0 -> box-2:0");
        CodegenResult result = Codegen.generate(MemoryFiles.uses("./broken.json", 3), BundledIndex.get(),
                new MemoryFiles().put("broken.json", broken));
        assertFalse(result.ok());
        List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.code() == Code.UNKNOWN_BOX).toList();
        assertEquals(1, errors.size(), result.diagnostics().toString());
        assertEquals("box-2/box-1", errors.get(0).boxId());
    }

    @Test
    void sharingIsDeterministic() {
        MemoryFiles files = new MemoryFiles().put("gain.json", GAIN);
        assertEquals(generate(MemoryFiles.uses("./gain.json", 4), files).code(),
                generate(MemoryFiles.uses("./gain.json", 4), files).code());
    }
}
