package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.resolve.ExpansionBudget;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expansion budget: every use of a sub-patcher counts all the boxes (and text) it expands to,
 * nested uses multiplied, and the first sub-patcher box whose use crosses the bound gets E028,
 * once, before the expansion costs its price. Each file is looked up and parsed once.
 */
class ExpansionBudgetTest {

    private static CodegenResult generate(Patch patch, Resources files) {
        return Codegen.generate(patch, BundledIndex.get(), files);
    }

    private static Diagnostic onlyBudget(CodegenResult result) {
        assertNull(result.code(), "no program over the budget");
        List<Diagnostic> budget = result.diagnostics().stream().filter(d -> d.code() == Code.EXPANSION_TOO_LARGE).toList();
        assertEquals(1, budget.size(), result.diagnostics().toString());
        assertEquals(1, result.diagnostics().size(), "nothing else is reported: " + result.diagnostics());
        return budget.get(0);
    }

    @Test
    void aTenThousandBoxFileUsedOnceGenerates() {
        CodegenResult result = generate(MemoryFiles.uses("./big.json", 1), new MemoryFiles().put("big.json",
                MemoryFiles.chain(10_000)));
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void theUseThatCrossesTheBudgetIsTheOneReported() {
        // 12 uses and in and out: 14 boxes, then 10,000 per use; 14 + 4 * 10,000 = 40,014 fits, the 5th use
        // (box-6) brings 50,014, over 50,000.
        MemoryFiles files = new MemoryFiles().put("big.json", MemoryFiles.chain(10_000));
        Diagnostic crossing = onlyBudget(generate(MemoryFiles.uses("./big.json", 12), files));
        assertEquals("box-6", crossing.boxId());
        assertTrue(crossing.message().contains("50014 boxes"), crossing.message());
        assertEquals(1, files.lookups.size(), "one lookup for twelve uses: " + files.lookups);
    }

    @Test
    void aThousandUsesOfATenThousandBoxFileStopAtTheFifth() {
        MemoryFiles files = new MemoryFiles().put("big.json", MemoryFiles.chain(10_000));
        Patch top = MemoryFiles.uses("./big.json", 1_000);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Diagnostic crossing = onlyBudget(generate(top, files));
            System.out.println("ExpansionBudgetTest: 1,000 uses of a 10,000-box file stopped in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms (run " + run + ")");
            assertEquals("box-6", crossing.boxId());
        }
    }

    @Test
    void fourUsesOfTenThousandBoxesFit() {
        CodegenResult result = generate(MemoryFiles.uses("./big.json", 4), new MemoryFiles().put("big.json",
                MemoryFiles.chain(10_000)));
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void nestedUsesMultiply() {
        // a.json uses b.json (15,000 boxes) twice: 4 + 30,000. The top (4 boxes) uses a.json twice: the first
        // use brings 30,008, the second 60,012, over the budget, although a.json was analysed only once.
        MemoryFiles files = new MemoryFiles().put("b.json", MemoryFiles.chain(15_000))
                .put("a.json", MemoryFiles.uses("./b.json", 2));
        Diagnostic crossing = onlyBudget(generate(MemoryFiles.uses("./a.json", 2), files));
        assertEquals("box-3", crossing.boxId());
        assertTrue(crossing.message().contains("60012 boxes"), crossing.message());
    }

    @Test
    void theCrossingInsideAFileIsReportedOnItsPath() {
        // The first use of a.json expands b.json three times (60,000 boxes): the third crosses, inside a.json.
        MemoryFiles files = new MemoryFiles().put("b.json", MemoryFiles.chain(20_000))
                .put("a.json", MemoryFiles.uses("./b.json", 3));
        Diagnostic crossing = onlyBudget(generate(MemoryFiles.uses("./a.json", 1), files));
        assertEquals("box-2/box-4", crossing.boxId());
    }

    @Test
    void filesThatEachNameTheNextTwiceStopEarlyWithOneLookupPerFile() {
        MemoryFiles files = new MemoryFiles();
        for (int n = 1; n <= 30; n++) {
            files.put("f" + n + ".json", MemoryFiles.uses("./f" + (n + 1) + ".json", 2));
        }
        files.put("f31.json", MemoryFiles.chain(3));
        long start = System.nanoTime();
        Diagnostic crossing = onlyBudget(generate(MemoryFiles.uses("./f1.json", 1), files));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ExpansionBudgetTest: 31 files each naming the next twice stopped in " + millis + " ms at "
                + crossing.boxId());
        assertTrue(crossing.boxId().startsWith("box-2/"), crossing.boxId());
        assertEquals(31, files.lookups.size(), "each file is looked up once: " + files.lookups);
    }

    @Test
    void textCountsToo() {
        // One box of 1 MiB of text in a file used 17 times: 17 MiB of text, over 16 MiB, with few boxes.
        String longText = "comment " + "x".repeat(1 << 20);
        Patch file = TestPatches.of("box-1 = in 1", "box-2 = " + longText, "box-3 = out 1", "box-1:0 -> box-3:0");
        MemoryFiles files = new MemoryFiles().put("long.json", file);
        Diagnostic crossing = onlyBudget(generate(MemoryFiles.uses("./long.json", 17), files));
        assertEquals("box-17", crossing.boxId());
        assertTrue(ExpansionBudget.MAX_TEXT < 17L * longText.length());
    }

    @Test
    void embeddedCopiesCountPerUse() {
        // 11 boxes each embedding a 10,000-box patch (no file): the 5th crosses.
        Patch inner = MemoryFiles.chain(10_000);
        Patch top = MemoryFiles.uses("inner", 11);
        java.util.TreeMap<String, dev.faustwire.core.model.Box> boxes = new java.util.TreeMap<>(top.boxes());
        for (String id : top.boxes().keySet()) {
            dev.faustwire.core.model.Box box = top.box(id);
            if (box.text().startsWith("p ")) {
                boxes.put(id, new dev.faustwire.core.model.Box(box.id(), box.text(), box.rect(), box.data(), inner,
                        box.comment(), box.extra()));
            }
        }
        Patch embedded = new Patch(boxes, top.lines(), top.props(), top.extra());
        Diagnostic crossing = onlyBudget(Codegen.generate(embedded, BundledIndex.get()));
        assertEquals("box-6", crossing.boxId());
    }

    @Test
    void aTopPatchOverTheBudgetOnItsOwnStopsAtItsFirstSubpatcher() {
        // The top's own boxes count: a 50,001-box chain, then one use of a small file, which is where expansion starts.
        Patch chain = MemoryFiles.chain((int) ExpansionBudget.MAX_BOXES + 1);
        java.util.TreeMap<String, dev.faustwire.core.model.Box> boxes = new java.util.TreeMap<>(chain.boxes());
        boxes.put("box-999999", new dev.faustwire.core.model.Box("box-999999", "p ./small.json",
                new dev.faustwire.core.model.Rect(0, 0, 60, 22)));
        Patch top = new Patch(boxes, chain.lines(), chain.props(), chain.extra());
        Diagnostic crossing = onlyBudget(generate(top, new MemoryFiles().put("small.json", MemoryFiles.chain(3))));
        assertEquals("box-999999", crossing.boxId());
    }

    @Test
    void thePortsOfAnExponentialSubpatcherAreFoundWithinTheBudget() {
        MemoryFiles files = new MemoryFiles();
        for (int n = 1; n <= 30; n++) {
            files.put("f" + n + ".json", MemoryFiles.uses("./f" + (n + 1) + ".json", 2));
        }
        files.put("f31.json", MemoryFiles.chain(3));
        BoxPorts.Count count = BoxPorts.of(new dev.faustwire.core.model.Box("box-1", "p ./f1.json",
                new dev.faustwire.core.model.Rect(0, 0, 60, 22)), BundledIndex.get(), files);
        assertEquals(new BoxPorts.Count(1, 1, true), count);
        assertEquals(31, files.lookups.size(), "each file once: " + files.lookups);
    }

    @Test
    void theBudgetCountsAndCrosses() {
        ExpansionBudget budget = new ExpansionBudget();
        assertTrue(budget.charge(ExpansionBudget.MAX_BOXES, 0));
        assertTrue(!budget.charge(1, 0) && budget.crossed());
        assertTrue(budget.firstReport());
        assertTrue(!budget.firstReport(), "reported once");
    }
}
