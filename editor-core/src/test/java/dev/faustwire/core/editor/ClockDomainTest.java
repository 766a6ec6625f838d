package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.editor.Scene.SceneBox;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock domain of the level shown: inside an ondemand box at any depth, what ticks it, and the boxes marked in the scene. */
class ClockDomainTest {
    /** box-2 “ondemand” ticked by box-1 “clock 64”, holding a “p” (box-3) and a nested “ondemand” (box-4) ticked by “in 2”. */
    private static final String NESTED = """
            {"boxes": {
              "box-1": {"text": "clock 64", "rect": [10, 10, 60, 22]},
              "box-5": {"text": "os.osc 2", "rect": [100, 10, 60, 22]},
              "box-2": {"text": "ondemand", "rect": [10, 60, 70, 22], "data": {"boxes": {
                 "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                 "box-2": {"text": "in 2", "rect": [80, 10, 45, 22]},
                 "box-3": {"text": "p inner", "rect": [10, 60, 45, 22], "data": {"boxes": {
                    "box-1": {"text": "mem", "rect": [10, 10, 45, 22]}}, "lines": {}}},
                 "box-4": {"text": "ondemand", "rect": [10, 110, 70, 22], "data": {"boxes": {
                    "box-1": {"text": "mem", "rect": [10, 10, 45, 22]}}, "lines": {}}},
                 "box-6": {"text": "ondemand", "rect": [100, 110, 70, 22], "data": {"boxes": {}, "lines": {}}}},
                 "lines": {"line-1": {"src": ["box-2", 0], "dest": ["box-4", 0]}}}},
              "box-3": {"text": "p", "rect": [200, 60, 45, 22], "data": {"boxes": {}, "lines": {}}},
              "box-4": {"text": "out 1", "rect": [10, 110, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-3": {"src": ["box-5", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-4", 0]}}}
            """;

    private static Patch patch() {
        return PatchReader.read(NESTED).patch();
    }

    @Test
    void theTopAndAPlainSubPatcherAreNoClockDomain() {
        assertNull(ClockDomain.of(patch(), List.of()));
        assertNull(ClockDomain.of(patch(), List.of("box-3")));
    }

    @Test
    void insideAnOndemandBoxTheCaptionNamesWhatFeedsItsClockInlet() {
        ClockDomain domain = ClockDomain.of(patch(), List.of("box-2"));
        assertNotNull(domain);
        assertEquals(List.of("box-2"), domain.onDemandBoxes());
        assertEquals("On demand: runs on the ticks of “clock 64” + “os.osc 2”", domain.caption());
    }

    @Test
    void aSubPatcherInsideAnOndemandBoxRunsOnItsTicksToo() {
        ClockDomain domain = ClockDomain.of(patch(), List.of("box-2", "box-3"));
        assertNotNull(domain);
        assertEquals(List.of("box-2"), domain.onDemandBoxes());
        assertTrue(domain.caption().startsWith("On demand: runs on the ticks of “clock 64”"), domain.caption());
    }

    @Test
    void aNestedOndemandRunsOnItsOwnTicksWithinThoseOfTheOuterOne() {
        ClockDomain domain = ClockDomain.of(patch(), List.of("box-2", "box-4"));
        assertEquals(List.of("box-2", "box-2/box-4"), domain.onDemandBoxes());
        assertEquals("On demand: runs on the ticks of “in 2” within those of “clock 64” + “os.osc 2”", domain.caption());
    }

    @Test
    void aDocumentOpenedFromAnOndemandBoxRunsOnItsTicksAndNestsInsideThem() {
        EditorFixture f = new EditorFixture(patch());
        ClockDomain outer = f.editor.clockDomainInside("box-2");
        assertEquals(ClockDomain.of(patch(), List.of("box-2")), outer);
        assertNull(f.editor.clockDomainInside("box-3"), "a p box at the top runs on every sample");
        EditorFixture file = new EditorFixture(patch());
        file.editor.setOuterClockDomain(outer);
        assertEquals("On demand: runs on the ticks of “clock 64” + “os.osc 2”", file.editor.scene().clockDomain().caption());
        assertTrue(file.editor.enter("box-2"));
        ClockDomain both = file.editor.scene().clockDomain();
        assertEquals(List.of("box-2", "box-2"), both.onDemandBoxes());
        assertEquals("On demand: runs on the ticks of “clock 64” + “os.osc 2” within those of “clock 64” + “os.osc 2”",
                both.caption());
        file.editor.reset();
        assertNull(file.editor.scene().clockDomain(), "another document opened: no domain around it");
    }

    @Test
    void anUnconnectedClockSaysTheContentNeverRuns() {
        ClockDomain domain = ClockDomain.of(patch(), List.of("box-2", "box-6"));
        assertEquals("On demand: never runs, nothing is connected to the clock inlet of “ondemand”", domain.caption());
    }

    @Test
    void theSceneMarksOndemandBoxesAndCarriesTheDomainOfTheOpenLevel() {
        EditorFixture f = new EditorFixture(patch());
        Scene top = f.editor.scene();
        assertNull(top.clockDomain());
        SceneBox ondemand = box(top, "box-2");
        assertTrue(ondemand.onDemand());
        assertTrue(ondemand.clockInlet(0));
        assertFalse(ondemand.clockInlet(1));
        assertFalse(box(top, "box-3").onDemand(), "a p box is no ondemand box");
        assertFalse(box(top, "box-3").clockInlet(0));
        assertTrue(f.editor.enter("box-2"));
        Scene inside = f.editor.scene();
        assertNotNull(inside.clockDomain());
        assertEquals(List.of("box-2"), inside.clockDomain().onDemandBoxes());
        assertTrue(box(inside, "box-4").onDemand());
        assertFalse(box(inside, "box-1").onDemand());
        assertTrue(f.editor.enter("box-3"));
        assertNotNull(f.editor.scene().clockDomain(), "a p inside the ondemand box is in its domain");
        f.editor.leave();
        f.editor.leave();
        assertNull(f.editor.scene().clockDomain());
    }

    @Test
    void aTypedOndemandBoxHoldsAnEmptyPatchSoThatItOpens() {
        EditorFixture f = new EditorFixture();
        String id = f.type(100, 100, "ondemand");
        assertNotNull(f.editor.level().box(id).subpatch());
        assertTrue(f.editor.enter(id));
        assertNotNull(f.editor.scene().clockDomain());
        assertEquals("On demand: never runs, nothing is connected to the clock inlet of “ondemand”",
                f.editor.scene().clockDomain().caption());
        String inner = f.type(50, 50, "mem");
        f.editor.leave();
        assertEquals(1, f.editor.level().box(id).subpatch().boxes().size(), inner + " is inside");
        f.model.undo();
        assertEquals(0, f.editor.level().box(id).subpatch().boxes().size(), "the box typed inside is one undo step");
        String file = f.type(300, 100, "p ./lp.json");
        assertNull(f.editor.level().box(file).subpatch(), "a file sub-patcher holds no copy until one is made");
        String plain = f.type(300, 200, "mem");
        assertNull(f.editor.level().box(plain).subpatch());
    }

    @Test
    void aBoxRetypedIntoAnOndemandBoxHoldsAnEmptyPatchTooInTheSameUndoStep() {
        EditorFixture f = new EditorFixture();
        String id = f.type(100, 100, "ondemnd");
        assertNull(f.editor.level().box(id).subpatch());
        f.editor.commitText(f.editor.editSelectedField(), "ondemand");
        assertEquals("ondemand", f.editor.level().box(id).text());
        assertNotNull(f.editor.level().box(id).subpatch());
        assertTrue(f.editor.enter(id));
        f.editor.leave();
        f.model.undo();
        assertEquals("ondemnd", f.editor.level().box(id).text());
        assertNull(f.editor.level().box(id).subpatch(), "one undo step takes back the text and the patch");
    }

    private static SceneBox box(Scene scene, String id) {
        for (SceneBox box : scene.boxes()) {
            if (box.id().equals(id)) {
                return box;
            }
        }
        throw new AssertionError("no box " + id);
    }
}
