package dev.faustwire.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.model.Patch;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalOrderTest {

    @Test
    void aChainIsReadFromItsSourceWhereverItsBoxesSit() {
        Patch chain = new Patches()
                .box("box-1", "out 1", 10, 10)     // drawn at the top, read last
                .box("box-2", "* 0.5", 10, 200)
                .box("box-3", "in 1", 10, 400)
                .line("box-3", 0, "box-2", 0)
                .line("box-2", 0, "box-1", 0)
                .patch();
        assertEquals(List.of("box-3", "box-2", "box-1"), SignalOrder.of(chain));
    }

    @Test
    void boxesEquallyReadyGoInReadingOrderTopToBottomThenLeftToRight() {
        Patch two = new Patches()
                .box("box-1", "in 2", 100, 10)
                .box("box-2", "in 1", 10, 10)
                .box("box-3", "+", 10, 100)
                .box("box-4", "os.osc", 10, 5)
                .line("box-2", 0, "box-3", 0)
                .line("box-1", 0, "box-3", 1)
                .patch();
        assertEquals(List.of("box-4", "box-2", "box-1", "box-3"), SignalOrder.of(two));
    }

    @Test
    void aBoxComesAfterEveryBoxThatFeedsItNotOnlyTheFirst() {
        Patch join = new Patches()
                .box("box-1", "in 1", 10, 10)
                .box("box-2", "+", 10, 50)           // fed by box-1 and by box-4, which sits lower
                .box("box-3", "in 2", 200, 10)
                .box("box-4", "* 2", 200, 300)
                .line("box-1", 0, "box-2", 0)
                .line("box-3", 0, "box-4", 0)
                .line("box-4", 0, "box-2", 1)
                .patch();
        assertEquals(List.of("box-1", "box-3", "box-4", "box-2"), SignalOrder.of(join));
    }

    @Test
    void aFeedbackLoopIsEnteredWhereThePlacedBoxesFeedIt() {
        // in 1 -> + -> mem -> + (inlet 2), + -> out 1: the loop is entered at +, which in 1 feeds
        Patch loop = new Patches()
                .box("box-1", "in 1", 10, 10)
                .box("box-2", "+", 10, 60)
                .box("box-3", "mem", 90, 45)
                .box("box-4", "out 1", 10, 105)
                .box("box-5", "sin", 300, 0)          // alone, above everything
                .line("box-1", 0, "box-2", 0)
                .line("box-2", 0, "box-3", 0)
                .line("box-3", 0, "box-2", 1)
                .line("box-2", 0, "box-4", 0)
                .patch();
        assertEquals(List.of("box-5", "box-1", "box-2", "box-3", "box-4"), SignalOrder.of(loop));
    }

    @Test
    void aLoopWithNoSourceStartsAtItsFirstBoxInReadingOrder() {
        Patch ring = new Patches()
                .box("box-1", "mem", 10, 100)
                .box("box-2", "mem", 10, 10)
                .box("box-3", "mem", 10, 50)
                .line("box-1", 0, "box-2", 0)
                .line("box-2", 0, "box-3", 0)
                .line("box-3", 0, "box-1", 0)
                .patch();
        assertEquals(List.of("box-2", "box-3", "box-1"), SignalOrder.of(ring));
    }

    @Test
    void commentsComeLastAndEveryBoxOnce() {
        Patch commented = new Patches()
                .box("box-1", "comment the input", 10, 0)
                .box("box-2", "in 1", 10, 40)
                .box("box-3", "out 1", 10, 90)
                .box("box-4", "comment", 10, 300)
                .line("box-2", 0, "box-3", 0)
                .line("box-2", 0, "box-3", 0)
                .patch();
        assertEquals(List.of("box-2", "box-3", "box-1", "box-4"), SignalOrder.of(commented));
    }

    @Test
    void aBoxWithoutAPlaceReadsAsIfAtTheTopLeftCorner() {
        Patch patch = new Patches().box("box-1", "in 1", 10, 10).patch()
                .withBox("box-2", new dev.faustwire.core.model.Box("box-2", "in 2", null))
                .withBox("x", new dev.faustwire.core.model.Box("x", "in 3", null));
        assertEquals(List.of("x", "box-2", "box-1"), SignalOrder.of(patch),
                "no rect: first; an id without a number (-1) before box-2");
    }

    @Test
    void idsTieBreakByTheirNumberNotAsText() {
        Patch same = new Patches()
                .box("box-10", "in 2", 10, 10)
                .box("box-9", "in 1", 10, 10)
                .patch();
        assertEquals(List.of("box-9", "box-10"), SignalOrder.of(same));
    }

    @Test
    void aThousandBoxChainIsOrderedQuickly() {
        Patches chain = new Patches();
        for (int i = 1; i <= 1000; i++) {
            chain.box("box-" + i, i == 1 ? "in 1" : "mem", (i * 37) % 500, (i * 91) % 700);
            if (i > 1) {
                chain.line("box-" + (i - 1), 0, "box-" + i, 0);
            }
        }
        Patch patch = chain.patch();
        long[] order = new long[101];
        long[] outline = new long[101];
        List<String> ordered = null;
        for (int warm = 0; warm < 50; warm++) {
            Outlines.of(patch, new dev.faustwire.core.view.FakePorts());
        }
        for (int run = 0; run < order.length; run++) {
            long start = System.nanoTime();
            ordered = SignalOrder.of(patch);
            long middle = System.nanoTime();
            Outlines.of(patch, new dev.faustwire.core.view.FakePorts());
            order[run] = middle - start;
            outline[run] = System.nanoTime() - middle;
        }
        java.util.Arrays.sort(order);
        java.util.Arrays.sort(outline);
        System.out.println("[signal-order] 1000-box chain, JVM, median of 101 after 50 warm-up runs: order " + order[50] / 1000
                + " us, whole outline " + outline[50] / 1000 + " us");
        for (int i = 0; i < 1000; i++) {
            assertEquals("box-" + (i + 1), ordered.get(i));
        }
    }
}
