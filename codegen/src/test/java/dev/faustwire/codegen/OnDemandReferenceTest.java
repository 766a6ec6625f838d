package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faustwire.core.model.Patch;
import org.junit.jupiter.api.Test;

/** The reference meaning of ondemand on the seed papers' own examples (issue 20). */
class OnDemandReferenceTest {
    private static Patch around(Patch content, int contentInputs) {
        return TestPatches.onDemand(content, contentInputs);
    }

    private static final Patch WIRE = TestPatches.of("a = in 1", "b = out 1", "a:0 -> b:0");

    private static float[] ramp(int n) {
        float[] x = new float[n];
        for (int t = 0; t < n; t++) {
            x[t] = (float) (-0.1 * t);
        }
        return x;
    }

    @Test
    void theSeedsExampleSamplesAtTicksAndHolds() {
        float[] h = {1, 0, 0, 1, 0, 0, 0, 1, 0};
        float[][] y = OnDemandReference.render(around(WIRE, 1), new float[][] {h, ramp(9)}, 9);
        assertArrayEquals(new float[] {0, 0, 0, (float) -0.3, (float) -0.3, (float) -0.3, (float) -0.3,
                (float) -0.7, (float) -0.7}, y[0]);
    }

    @Test
    void outputsAreZeroBeforeTheFirstTick() {
        float[] h = {0, 0, 1, 0};
        float[][] y = OnDemandReference.render(around(WIRE, 1), new float[][] {h, {5, 6, 7, 8}}, 4);
        assertArrayEquals(new float[] {0, 0, 7, 7}, y[0]);
    }

    @Test
    void aCounterInsideCountsTicks() {
        Patch counter = TestPatches.of("m = mem", "p = + 1", "o = out 1", "m:0 -> p:0", "p:0 -> m:0", "p:0 -> o:0");
        float[] h = {1, 0, 0, 1, 0, 0, 1, 0};
        float[][] y = OnDemandReference.render(around(counter, 0), new float[][] {h}, 8);
        assertArrayEquals(new float[] {1, 1, 1, 2, 2, 2, 3, 3}, y[0]);
    }

    @Test
    void aMemInsideDelaysByOneTick() {
        Patch delay = TestPatches.of("a = in 1", "m = mem", "o = out 1", "a:0 -> m:0", "m:0 -> o:0");
        float[] h = {1, 0, 1, 0, 1, 0};
        float[][] y = OnDemandReference.render(around(delay, 1), new float[][] {h, {1, 2, 3, 4, 5, 6}}, 6);
        assertArrayEquals(new float[] {0, 0, 1, 1, 3, 3}, y[0]);
        Patch twoTicks = TestPatches.of("a = in 1", "d = @ 2", "o = out 1", "a:0 -> d:0", "d:0 -> o:0");
        y = OnDemandReference.render(around(twoTicks, 1), new float[][] {h, {1, 2, 3, 4, 5, 6}}, 6);
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 1}, y[0], "@ 2 inside: two ticks, not two samples");
    }

    @Test
    void aNestedOndemandTicksOnBothClocks() {
        // outer content: in 1 = the inner clock, in 2 = the signal; the inner content is a wire
        Patch inner = around(WIRE, 1);
        float[] outer = {1, 1, 0, 1, 1, 0, 1, 1};
        float[] innerClock = {1, 0, 1, 0, 1, 1, 0, 1};
        float[] x = {10, 11, 12, 13, 14, 15, 16, 17};
        float[][] y = OnDemandReference.render(around(inner, 2), new float[][] {outer, innerClock, x}, 8);
        // outer ticks at 0,1,3,4,6,7 see clock 1,0,0,1,0,1 and x 10,11,13,14,16,17: the inner wire takes 10, 14, 17
        assertArrayEquals(new float[] {10, 10, 10, 10, 14, 14, 14, 17}, y[0]);
    }

    @Test
    void aClockNeverTickingLeavesSilence() {
        float[][] y = OnDemandReference.render(around(WIRE, 1), new float[][] {new float[4], {1, 2, 3, 4}}, 4);
        assertArrayEquals(new float[4], y[0]);
    }

    @Test
    void aLoopWithoutDelayIsRefused() {
        Patch loop = TestPatches.of("p = + 1", "q = * 2", "o = out 1", "p:0 -> q:0", "q:0 -> p:0", "q:0 -> o:0");
        assertThrows(IllegalArgumentException.class, () -> OnDemandReference.render(loop, null, 1));
    }

    @Test
    void outsideAnOndemandDelaysCountSamples() {
        Patch plain = TestPatches.of("a = in 1", "d = @ 2", "o = out 1", "a:0 -> d:0", "d:0 -> o:0");
        float[][] y = OnDemandReference.render(plain, new float[][] {{1, 2, 3, 4}}, 4);
        assertArrayEquals(new float[] {0, 0, 1, 2}, y[0]);
    }

    @Test
    void twoLinesBetweenTheSamePortsAreOneAsInCodegen() {
        Patch twice = WIRE.withLine("line-9", new dev.faustwire.core.model.Line("line-9",
                new dev.faustwire.core.model.Port("a", 0), new dev.faustwire.core.model.Port("b", 0)));
        float[] h = {1, 1};
        float[][] y = OnDemandReference.render(around(twice, 1), new float[][] {h, {2, 3}}, 2);
        assertArrayEquals(new float[] {2, 3}, y[0]);
    }
}
