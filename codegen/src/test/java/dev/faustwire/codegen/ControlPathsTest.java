package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.codegen.ui.UiPaths.ControlPath;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each control box's place in the UI, from the program model: groups, sub-patchers, iterations, loops. */
class ControlPathsTest {

    private static List<String> paths(Patch patch) {
        List<String> out = new ArrayList<>();
        for (ControlPath p : ControlPaths.of(patch, BundledIndex.get(), Resources.NONE)) {
            out.add(p.boxId() + " " + p.kind() + " " + String.join("/", p.labels()));
        }
        return out;
    }

    @Test
    void aSliderAtTheTopHasItsLabelOnly() {
        assertEquals(List.of("box-1 hslider freq[style:knob]"), paths(TestPatches.of(
                "box-1 = hslider freq[style:knob] 440 20 2000 1", "box-2 = os.osc", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0")));
    }

    @Test
    void aGroupWrapsWhatFlowsIntoItNotWhatItFeeds() {
        assertEquals(List.of("box-6 hbargraph level", "box-1 hslider osc/freq", "box-4 nentry gain"),
                paths(TestPatches.of("box-1 = hslider freq 440 20 2000 1", "box-2 = hgroup osc", "box-3 = os.osc",
                        "box-4 = nentry gain 0.1 0 1 0.01", "box-5 = *", "box-6 = hbargraph level -1 1",
                        "box-7 = out 1", "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-5:0",
                        "box-4:0 -> box-5:1", "box-5:0 -> box-6:0", "box-6:0 -> box-7:0")));
    }

    @Test
    void nestedGroupsAreOutermostFirstAndAControlInTwoGroupsIsTwoControls() {
        assertEquals(List.of("box-1 checkbox outer/inner/on", "box-1 checkbox on"),
                paths(TestPatches.of("box-1 = checkbox on", "box-2 = hgroup inner", "box-3 = vgroup outer",
                        "box-4 = out 1", "box-5 = out 2", "box-1:0 -> box-2:0", "box-2:0 -> box-3:0",
                        "box-3:0 -> box-4:0", "box-1:0 -> box-5:0")));
    }

    @Test
    void aControlInsideASubpatcherInsideAGroupHasTheGroupAndItsPathId() {
        Patch child = TestPatches.of("box-1 = in 1", "box-2 = hslider cutoff 1000 50 5000 1", "box-3 = fi.lowpass 2",
                "box-4 = out 1", "box-2:0 -> box-3:0", "box-1:0 -> box-3:1", "box-3:0 -> box-4:0");
        TreeMap<String, Box> boxes = new TreeMap<>();
        boxes.put("box-1", new Box("box-1", "no.noise", new Rect(0, 0, 60, 22)));
        boxes.put("box-2", new Box("box-2", "p filter", new Rect(0, 40, 60, 22), null, child, null, JsonObject.EMPTY));
        boxes.put("box-3", new Box("box-3", "vgroup tone", new Rect(0, 80, 60, 22)));
        boxes.put("box-4", new Box("box-4", "out 1", new Rect(0, 120, 60, 22)));
        Patch top = TestPatches.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-4:0");
        Patch patch = new Patch(boxes, top.lines(), JsonObject.EMPTY, JsonObject.EMPTY);
        assertEquals(List.of("box-2/box-2 hslider tone/cutoff"), paths(patch));
    }

    @Test
    void aBargraphInAnIterationIsOneControlPerCopy() {
        assertEquals(List.of("box-5 hbargraph level 0", "box-5 hbargraph level 1", "box-5 hbargraph level 2",
                        "box-6 hslider gain"),
                paths(TestPatches.of("box-1 = par 3", "box-2 = + 1", "box-3 = * 220", "box-4 = os.osc",
                        "box-5 = hbargraph level -1 1", "box-6 = hslider gain 0.1 0 1 0.01", "box-7 = *",
                        "box-8 = out 1", "box-9 = out 2", "box-10 = out 3",
                        "box-1:3 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-4:0", "box-4:0 -> box-5:0",
                        "box-5:0 -> box-7:0", "box-6:0 -> box-7:1", "box-7:0 -> box-1:0",
                        "box-1:0 -> box-8:0", "box-1:1 -> box-9:0", "box-1:2 -> box-10:0")));
    }

    @Test
    void aControlInAFeedbackLoopIsFound() {
        assertEquals(List.of("box-4 hslider fb"), paths(TestPatches.of("box-1 = in 1", "box-2 = +", "box-3 = mem",
                "box-4 = hslider fb 0.5 0 0.9 0.01", "box-5 = *", "box-6 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-5:0", "box-4:0 -> box-5:1",
                "box-5:0 -> box-2:1", "box-2:0 -> box-6:0")));
    }

    @Test
    void aControlThatReachesNoOutputIsNotInTheUi() {
        assertEquals(List.of(), paths(TestPatches.of("box-1 = hslider lost 0 0 1 0.1", "box-2 = 0.5", "box-3 = out 1",
                "box-2:0 -> box-3:0")));
    }

    @Test
    void aPatchWithErrorsHasNoPaths() {
        assertEquals(List.of(), paths(TestPatches.of("box-1 = hslider a 0 0 1 0.1", "box-2 = nosuchthing", "box-3 = out 1",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0")));
    }

    @Test
    void aBargraphThroughAttachAndASliderThroughSendAndReceive() {
        assertEquals(List.of("box-4 vbargraph meter/level", "box-6 hslider g"), paths(TestPatches.of(
                "box-1 = os.osc 3", "box-2 = attach", "box-3 = abs", "box-4 = vbargraph level 0 1", "box-5 = hgroup meter",
                "box-6 = hslider g 0.5 0 1 0.01", "box-7 = send amp", "box-8 = receive amp", "box-9 = *", "box-10 = out 1",
                "box-1:0 -> box-2:0", "box-1:0 -> box-3:0", "box-3:0 -> box-4:0", "box-4:0 -> box-5:0",
                "box-5:0 -> box-2:1", "box-6:0 -> box-7:0", "box-2:0 -> box-9:0", "box-8:0 -> box-9:1",
                "box-9:0 -> box-10:0")));
    }

    @Test
    void unlabelledControlsHaveTheirRankedLabelsAndATgroupItsTabs() {
        assertEquals(List.of("box-3 hslider tabs/hslider", "box-4 hslider tabs/hslider 2"), paths(TestPatches.of(
                "box-1 = tgroup tabs @ins 2", "box-2 = +", "box-3 = hslider", "box-4 = hslider", "box-5 = out 1",
                "box-3:0 -> box-1:0", "box-4:0 -> box-1:1", "box-1:0 -> box-2:0", "box-1:1 -> box-2:1",
                "box-2:0 -> box-5:0")));
    }
}
