package dev.faustwire.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.FakePorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * On random patches (seeded, so a failure repeats): every box is read once; without a loop every
 * line's source is read before its target; and every line is said at both of its ends, by the box
 * numbers and texts at the other end.
 */
class OutlinePropertyTest {
    private static final String[] TEXTS = {"in 1", "out 1", "+", "*", "- 1", "mem", "os.osc", "sin", "split", "comment hi"};

    /** A random patch of n boxes; lines only go from a lower to a higher index unless {@code loops}. */
    static Patch random(Random random, int n, boolean loops) {
        Patches patch = new Patches();
        FakePorts ports = new FakePorts();
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String text = TEXTS[random.nextInt(TEXTS.length)];
            patch.box("box-" + i, text, random.nextInt(600), random.nextInt(600));
            ids.add("box-" + i);
            texts.add(text);
        }
        Patch boxes = patch.patch();
        for (int k = 0; k < n * 2; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (!loops && a >= b) {
                continue;
            }
            int outlets = ports.of(boxes.box(ids.get(a))).outlets();
            int inlets = ports.of(boxes.box(ids.get(b))).inlets();
            if (outlets > 0 && inlets > 0) {
                patch.line(ids.get(a), random.nextInt(outlets), ids.get(b), random.nextInt(inlets));
            }
        }
        return patch.patch();
    }

    @Test
    void everyBoxOnceAndSourcesBeforeTargetsWithoutLoops() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            Patch patch = random(random, 1 + random.nextInt(30), false);
            List<String> order = SignalOrder.of(patch);
            assertEquals(new TreeSet<>(patch.boxes().keySet()), new TreeSet<>(order), "every box once");
            assertEquals(patch.boxes().size(), order.size(), "no box twice");
            for (Line line : patch.lines().values()) {
                assertTrue(order.indexOf(line.src().boxId()) < order.indexOf(line.dest().boxId()),
                        "round " + round + ": " + line + " in " + order);
            }
        }
    }

    @Test
    void everyLineIsSaidAtBothEndsEvenWithLoops() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            Patch patch = random(random, 1 + random.nextInt(20), true);
            Outline outline = Outlines.of(patch, new FakePorts());
            assertEquals(patch.boxes().size(), outline.items().size());
            for (Line line : patch.lines().values()) {
                Outline.Item src = outline.item(line.src().boxId());
                Outline.Item dest = outline.item(line.dest().boxId());
                String srcSaid = Words.boxName(src.boxId()) + " " + Words.quoted(src.text());
                String destSaid = Words.boxName(dest.boxId()) + " " + Words.quoted(dest.text());
                Outline.PortReading outlet = port(src, false, line.src().index());
                Outline.PortReading inlet = port(dest, true, line.dest().index());
                assertTrue(outlet.phrase().contains(destSaid), outlet.phrase() + " names " + destSaid);
                assertTrue(inlet.phrase().contains(srcSaid), inlet.phrase() + " names " + srcSaid);
                assertTrue(outlet.ends().contains(new Outline.End(dest.boxId(), line.dest().index(), line.id())));
                assertTrue(inlet.ends().contains(new Outline.End(src.boxId(), line.src().index(), line.id())));
                assertTrue(src.sentence().contains(outlet.phrase()) && dest.sentence().contains(inlet.phrase()));
            }
        }
    }

    @Test
    void theFastReadingOrderIsTheReadingComparatorsOrder() {
        Random random = new Random(5);
        for (int round = 0; round < 100; round++) {
            Patch patch = random(random, 1 + random.nextInt(40), true);
            List<dev.faustwire.core.model.Box> expected = new ArrayList<>(patch.boxes().values());
            expected.sort(SignalOrder.READING);
            assertEquals(expected, SignalOrder.readingOrder(patch));
        }
    }

    private static Outline.PortReading port(Outline.Item item, boolean input, int index) {
        for (Outline.PortReading port : item.ports()) {
            if (port.input() == input && port.index() == index) {
                return port;
            }
        }
        throw new AssertionError(item.sentence() + " has no " + (input ? "inlet " : "outlet ") + index);
    }
}
