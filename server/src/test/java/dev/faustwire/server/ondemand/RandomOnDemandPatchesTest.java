package dev.faustwire.server.ondemand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.OnDemandReference;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import org.junit.jupiter.api.Test;

/** The property test's generator and shrinker, without Faust: what they make, and that it is deterministic. */
class RandomOnDemandPatchesTest {

    @Test
    void theSameSeedMakesTheSamePatches() {
        RandomOnDemandPatches a = new RandomOnDemandPatches(7);
        RandomOnDemandPatches b = new RandomOnDemandPatches(7);
        for (int i = 0; i < 20; i++) {
            assertEquals(PatchBuilder.text(a.next().patch()), PatchBuilder.text(b.next().patch()));
        }
    }

    @Test
    void patchesHaveOndemandBoxesNestedAndLoopsAndGenerateCode() {
        RandomOnDemandPatches random = new RandomOnDemandPatches(RandomOnDemandPatches.SEED);
        int nested = 0;
        int loops = 0;
        for (int i = 0; i < 200; i++) {
            RandomOnDemandPatches.Case c = random.next();
            assertTrue(depth(c.patch()) >= 1, PatchBuilder.text(c.patch()));
            nested += depth(c.patch()) >= 2 ? 1 : 0;
            String code = OnDemandRender.code(c.patch());
            loops += code.contains("~ _") && code.contains("Loop_") ? 1 : 0;
            float[][] out = OnDemandReference.render(c.patch(), random.inputs(c, 64), 64);
            assertEquals(c.outputs(), out.length);
        }
        assertTrue(nested > 20 && loops > 50, nested + " nested, " + loops + " with loops");
    }

    @Test
    void shrinkingRemovesOneLineAtAnyDepthAndTidyingUnconnectedBoxes() {
        PatchBuilder content = new PatchBuilder();
        content.line(content.box("in 1"), 0, content.box("out 1"), 0);
        PatchBuilder top = new PatchBuilder();
        String clock = top.box("in 1");
        String od = top.box("ondemand", content.build());
        top.box("mem");
        top.line(clock, 0, od, 0);
        top.line(od, 0, top.box("out 1"), 0);
        Patch patch = top.build();
        assertEquals(3, Shrink.withOneLineLess(patch).size());
        assertEquals(3, Shrink.tidy(patch).boxes().size(), "the unconnected mem goes, ins and outs stay");
    }

    private static int depth(Patch patch) {
        int most = 0;
        for (Box box : patch.boxes().values()) {
            if (box.text().equals("ondemand")) {
                most = Math.max(most, 1 + depth(box.subpatch()));
            }
        }
        return most;
    }
}
