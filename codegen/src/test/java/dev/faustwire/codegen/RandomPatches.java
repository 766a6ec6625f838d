package dev.faustwire.codegen;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/** Random patches for property tests: every box kind codegen knows, some broken texts, wild lines and loops. */
final class RandomPatches {
    static final List<String> TEXTS = List.of("in 1", "in 2", "in 3", "out 1", "out 2", "out 3", "+", "-", "* 0.5",
            "/ 1 _", "- 1", "@ 3", "@", "mem", "'", "~", "max 0", "min", "pow 2", "sin", "select2", "0.25", "c 440",
            "os.osc 440", "os.oscrq", "en.ar _ 0.1", "fi.lowpass 2", "si.bus 3 @ins 4 @outs 3", "ma.SR", "> 0",
            "comment hi", "mem", "@ 2", "+");
    static final List<String> BROKEN_TEXTS = List.of("oscc", "in 0", "* \"x", "par 3", "", "+ 1 2 3");

    private RandomPatches() {
    }

    /** A patch of up to {@code maxBoxes} boxes; lines mostly valid, some to missing boxes or ports. */
    static Patch generate(Random random, int maxBoxes) {
        int count = 1 + random.nextInt(maxBoxes);
        TreeMap<String, Box> boxes = new TreeMap<>();
        for (int i = 1; i <= count; i++) {
            String id = "box-" + i;
            String text = i == 1 ? "out 1" : random.nextInt(25) == 0 ? pick(random, BROKEN_TEXTS) : pick(random, TEXTS);
            boxes.put(id, new Box(id, text, new Rect(i * 10, i * 20, 60, 22)));
        }
        TreeMap<String, Line> lines = new TreeMap<>();
        int lineCount = random.nextInt(count * 2 + 1);
        for (int i = 1; i <= lineCount; i++) {
            String src = "box-" + (1 + random.nextInt(count + (random.nextInt(50) == 0 ? 3 : 0)));
            String dest = "box-" + (1 + random.nextInt(count));
            int outlet = random.nextInt(50) == 0 ? 3 : validPort(random, boxes.get(src), false);
            int inlet = random.nextInt(50) == 0 ? 3 : validPort(random, boxes.get(dest), true);
            String id = "line-" + i;
            lines.put(id, new Line(id, new Port(src, outlet), new Port(dest, inlet)));
        }
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    private static String pick(Random random, List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }

    private static int validPort(Random random, Box box, boolean inlet) {
        if (box == null) {
            return 0;
        }
        BoxPorts.Count count = BoxPorts.of(box, BundledIndex.get());
        int ports = inlet ? count.inlets() : count.outlets();
        return ports == 0 ? 0 : random.nextInt(ports);
    }
}
