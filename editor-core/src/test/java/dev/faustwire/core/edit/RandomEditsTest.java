package dev.faustwire.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 1,000 random valid commands, then undo all / redo all, compared as canonical JSON text. */
class RandomEditsTest {
    private static final int STEPS = 1000;
    private static final int CHECKED_STEPS = 200;
    private static final List<String> TEXTS = List.of("+", "* 0.5", "mem", "os.osc 440", "in 1", "out 1", "~", "_");
    private static final List<String> KINDS = List.of("add", "remove", "move", "resize", "text", "connect",
            "disconnect", "paste");

    static Patch corpusPatch() throws IOException {
        String corpus = System.getProperty("faustwire.corpus");
        assertNotNull(corpus, "system property faustwire.corpus is not set");
        String text = Files.readString(Path.of(corpus, "jspatcher", "ifc", "04-00.dsppat"));
        ReadResult result = PatchReader.read(text);
        assertFalse(result.hasErrors(), () -> "04-00.dsppat: " + result.diagnostics());
        assertEquals(5, result.patch().boxes().size());
        assertEquals(5, result.patch().lines().size());
        return result.patch();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20240611})
    void randomEditsFromCorpusPatchUndoAndRedoExactly(long seed) throws IOException {
        run(corpusPatch(), seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 1234, 987654321})
    void randomEditsFromEmptyPatchUndoAndRedoExactly(long seed) {
        run(Patch.EMPTY, seed);
    }

    private static void run(Patch start, long seed) {
        String original = PatchWriter.write(start);
        EditingModel model = new EditingModel(start);
        Random random = new Random(seed);
        Map<String, Integer> recordedByKind = new TreeMap<>();
        int recorded = 0;
        for (int step = 0; step < STEPS; step++) {
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            Command command = command(kind, model.patch(), random);
            String before = PatchWriter.write(model.patch());
            Edit edit = model.apply(command);
            String after = PatchWriter.write(model.patch());
            String where = "seed " + seed + ", step " + step + ": " + command;
            assertEquals(edit.isEmpty(), before.equals(after), where + " changed the patch iff its edit is not empty");
            if (!edit.isEmpty()) {
                recorded++;
                recordedByKind.merge(kind, 1, Integer::sum);
            }
            assertNoDanglingLines(model.patch(), where);
            if (step < CHECKED_STEPS && model.canUndo()) {
                assertTrue(model.undo(), where);
                if (!edit.isEmpty()) {
                    assertEquals(before, PatchWriter.write(model.patch()), where + ": undo");
                }
                assertTrue(model.redo(), where);
                assertEquals(after, PatchWriter.write(model.patch()), where + ": undo then redo");
            }
        }
        assertEquals(KINDS.size(), recordedByKind.size(), "every kind of command made a change: " + recordedByKind);
        Patch end = model.patch();
        String endText = PatchWriter.write(end);

        int undone = 0;
        while (model.undo()) {
            undone++;
        }
        assertEquals(recorded, undone);
        assertEquals(original, PatchWriter.write(model.patch()), "seed " + seed + ": undo all");
        assertEquals(start, model.patch());

        int redone = 0;
        while (model.redo()) {
            redone++;
        }
        assertEquals(recorded, redone);
        assertEquals(endText, PatchWriter.write(model.patch()), "seed " + seed + ": redo all");
        assertEquals(end, model.patch());
    }

    private static void assertNoDanglingLines(Patch patch, String where) {
        for (Line line : patch.lines().values()) {
            assertTrue(patch.box(line.src().boxId()) != null && patch.box(line.dest().boxId()) != null,
                    where + ": dangling " + line);
        }
    }

    /** A valid command of that kind for the patch, or an add when the patch lacks what it needs. */
    private static Command command(String kind, Patch patch, Random random) {
        List<String> boxes = new ArrayList<>(patch.boxes().keySet());
        List<String> lines = new ArrayList<>(patch.lines().keySet());
        if (boxes.isEmpty() || kind.equals("add") || (kind.equals("disconnect") && lines.isEmpty())) {
            String id = Ids.next("box", boxes);
            Rect rect = random.nextInt(5) == 0 ? null : new Rect(coordinate(random), coordinate(random),
                    size(random), size(random));
            return new Command.AddBox(new Box(id, pick(TEXTS, random), rect));
        }
        String box = pick(boxes, random);
        return switch (kind) {
            case "remove" -> new Command.RemoveBox(box);
            case "move" -> new Command.MoveBox(box, coordinate(random), coordinate(random));
            case "resize" -> new Command.ResizeBox(box, size(random), size(random));
            case "text" -> new Command.SetText(box, pick(TEXTS, random));
            case "connect" -> new Command.Connect(new Port(box, random.nextInt(3)),
                    new Port(pick(boxes, random), random.nextInt(3)));
            case "disconnect" -> new Command.Disconnect(pick(lines, random));
            case "paste" -> new Command.Paste(fragment(patch, boxes, random), coordinate(random) - 250,
                    coordinate(random) - 250);
            default -> throw new AssertionError(kind);
        };
    }

    /** Up to four boxes of the patch and all its lines (those leaving the subset must be dropped). */
    private static Patch fragment(Patch patch, List<String> boxes, Random random) {
        TreeMap<String, Box> chosen = new TreeMap<>();
        int count = 1 + random.nextInt(Math.min(4, boxes.size()));
        for (int i = 0; i < count; i++) {
            String id = pick(boxes, random);
            chosen.put(id, patch.box(id));
        }
        return new Patch(chosen, patch.lines(), patch.props(), patch.extra());
    }

    private static double coordinate(Random random) {
        return random.nextInt(1000) / 2.0;
    }

    private static double size(Random random) {
        return 10 + random.nextInt(200);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
