package dev.faustwire.core.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * On random patches (boxes of one to three ports, random forward lines, sometimes a feedback line)
 * and random selections: an accepted encapsulation keeps every path between outside boxes (through
 * the new box) and the selection's own lines inside, a refused one is a loop across the border, and
 * de-encapsulating gives back the same boxes and the same wiring; undo takes each back in one step.
 */
class EncapsulationRoundTripTest {
    private static final String[] TEXTS = {"+", "-", "*", "mem", "sin", "os.osc", "split", "* 0.5"};

    private static Patch randomPatch(Random random) {
        Map<String, Box> boxes = new TreeMap<>();
        Map<String, Line> lines = new TreeMap<>();
        int count = 2 + random.nextInt(9);
        for (int i = 1; i <= count; i++) {
            String id = "box-" + i;
            boxes.put(id, new Box(id, TEXTS[random.nextInt(TEXTS.length)],
                    new Rect(random.nextInt(600), random.nextInt(400), 45, 22)));
        }
        List<String> ids = new ArrayList<>(boxes.keySet());
        int wanted = random.nextInt(2 * count + 1);
        for (int k = 0; k < wanted; k++) {
            int a = random.nextInt(count);
            int b = random.nextInt(count);
            boolean feedback = random.nextInt(8) == 0;
            if (a == b || (a > b && !feedback)) {
                continue;
            }
            Box src = boxes.get(ids.get(a));
            Box dest = boxes.get(ids.get(b));
            int outlets = EncapsulationTest.PORTS.of(src).outlets();
            int inlets = EncapsulationTest.PORTS.of(dest).inlets();
            if (outlets == 0 || inlets == 0) {
                continue;
            }
            Line line = new Line("line-" + (lines.size() + 1), new Port(src.id(), random.nextInt(outlets)),
                    new Port(dest.id(), random.nextInt(inlets)));
            if (!EncapsulationTest.wiring(new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY))
                    .contains(line.src().boxId() + ":" + line.src().index() + ">" + line.dest().boxId() + ":" + line.dest().index())) {
                lines.put(line.id(), line);
            }
        }
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    /** Which boxes each box reaches through lines, with a sub-patcher box passing from any inlet to any outlet. */
    private static Map<String, Set<String>> reach(Patch patch, Set<String> among) {
        Map<String, Set<String>> reach = new TreeMap<>();
        for (String from : among) {
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(List.of(from));
            while (!todo.isEmpty()) {
                String at = todo.remove(todo.size() - 1);
                for (Line line : patch.lines().values()) {
                    if (line.src().boxId().equals(at) && seen.add(line.dest().boxId())) {
                        todo.add(line.dest().boxId());
                    }
                }
            }
            seen.retainAll(among);
            reach.put(from, seen);
        }
        return reach;
    }

    @Test
    void randomSelectionsOfRandomPatchesGoInAndComeBackOut() {
        Random random = new Random(2026);
        int accepted = 0;
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            Patch patch = randomPatch(random);
            List<String> selection = new ArrayList<>();
            for (String id : patch.boxes().keySet()) {
                if (random.nextInt(3) == 0) {
                    selection.add(id);
                }
            }
            SubpatchEdit edit = Encapsulation.of(patch, selection, EncapsulationTest.PORTS);
            if (selection.isEmpty()) {
                assertNull(edit.command());
                assertNull(edit.refusal());
                continue;
            }
            if (edit.refusal() != null) {
                refused++;
                assertEquals("E033", edit.refusal().code().id(), "only loops are refused among these boxes");
                continue;
            }
            accepted++;
            EditingModel model = new EditingModel(patch);
            model.apply(edit.command());
            Patch inside = model.patch();
            String sub = edit.select().get(0);
            Set<String> outside = new TreeSet<>(patch.boxes().keySet());
            outside.removeAll(selection);
            Set<String> outsideAndSub = new TreeSet<>(outside);
            outsideAndSub.add(sub);
            // every outside box reaches the outside boxes it reached (a sub-patcher passes what comes in)
            Map<String, Set<String>> before = reach(patch, outside);
            Map<String, Set<String>> after = reach(inside, outsideAndSub);
            for (String id : outside) {
                Set<String> kept = new TreeSet<>(after.get(id));
                kept.remove(sub);
                assertTrue(kept.containsAll(before.get(id)), "round " + round + ": " + id + " still reaches " + before.get(id));
            }
            Patch content = inside.box(sub).subpatch();
            assertNotNull(content);
            for (Line line : patch.lines().values()) {
                if (selection.contains(line.src().boxId()) && selection.contains(line.dest().boxId())) {
                    assertEquals(line, content.line(line.id()), "a line of the selection stays as it was, inside");
                }
            }
            SubpatchEdit back = Deencapsulation.of(inside, sub);
            model.apply(back.command());
            assertEquals(patch.boxes(), model.patch().boxes(), "round " + round);
            assertEquals(EncapsulationTest.wiring(patch), EncapsulationTest.wiring(model.patch()), "round " + round);
            model.undo();
            assertEquals(inside, model.patch());
            model.undo();
            assertEquals(patch, model.patch());
        }
        System.out.println("EncapsulationRoundTripTest: " + accepted + " random selections encapsulated and back, "
                + refused + " refused (a loop across the border)");
        assertTrue(accepted > 1000 && refused > 10, accepted + " accepted, " + refused + " refused");
    }
}
