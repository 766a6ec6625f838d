package dev.faustwire.codegen;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.TreeMap;

/**
 * Patches written compactly for tests: {@code "box-1 = in 1"} adds a box, {@code "box-1:0 -> box-2:1"}
 * draws a line from outlet 0 of box-1 to inlet 1 of box-2 (ids line-1, line-2... in order).
 */
final class TestPatches {
    private TestPatches() {
    }

    static Patch of(String... specs) {
        TreeMap<String, Box> boxes = new TreeMap<>();
        TreeMap<String, Line> lines = new TreeMap<>();
        for (String spec : specs) {
            int arrow = spec.indexOf(" -> ");
            if (arrow >= 0) {
                String id = "line-" + (lines.size() + 1);
                lines.put(id, new Line(id, port(spec.substring(0, arrow)), port(spec.substring(arrow + 4))));
            } else {
                int eq = spec.indexOf(" = ");
                String id = spec.substring(0, eq);
                boxes.put(id, new Box(id, spec.substring(eq + 3), new Rect(0, 0, 60, 22)));
            }
        }
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    private static Port port(String text) {
        int colon = text.lastIndexOf(':');
        return new Port(text.substring(0, colon).trim(), Integer.parseInt(text.substring(colon + 1).trim()));
    }

    /**
     * {@code content} in an ondemand box ({@code od}) clocked by {@code in 1}, its inputs fed by {@code in 2},
     * {@code in 3}..., its first output to {@code out 1}.
     */
    static Patch onDemand(Patch content, int contentInputs) {
        String[] specs = new String[5 + 2 * contentInputs];
        int i = 0;
        specs[i++] = "clock = in 1";
        specs[i++] = "od = ondemand";
        specs[i++] = "out = out 1";
        specs[i++] = "clock:0 -> od:0";
        specs[i++] = "od:0 -> out:0";
        for (int k = 1; k <= contentInputs; k++) {
            specs[i++] = "x" + k + " = in " + (k + 1);
            specs[i++] = "x" + k + ":0 -> od:" + k;
        }
        Patch outer = of(specs);
        return outer.withBox("od", outer.box("od").withSubpatch(content));
    }
}
