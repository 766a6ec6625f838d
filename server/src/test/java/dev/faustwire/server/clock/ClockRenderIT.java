package dev.faustwire.server.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clock boxes compiled by the real faust (in the server's sandbox) and rendered by the server's
 * renderer: every tick where it belongs, at 48 kHz and at 44.1 kHz, from one compile.
 */
class ClockRenderIT {
    private static final int FRAMES = 2400;
    private static CompileOutcome.Compiled clocks;

    /**
     * Out 1 clock 4, out 2 clock.ms 1, out 3 clock.ms with 2 on its inlet, out 4 tick, out 5 tick step,
     * out 6 clock.ms whose inlet goes from 2 ms to 0.5 ms after sample 1000, out 7 clock 1.
     */
    @BeforeAll
    static void compileOnce() {
        TreeMap<String, Box> boxes = new TreeMap<>();
        TreeMap<String, Line> lines = new TreeMap<>();
        String[] texts = {"clock 4", "clock.ms 1", "clock.ms", "tick", "tick step", "clock.ms", "clock 1"};
        for (int i = 0; i < texts.length; i++) {
            String clock = "clock-" + (i + 1);
            String out = "out-" + (i + 1);
            boxes.put(clock, new Box(clock, texts[i], new Rect(15 + 120 * i, 15, 100, 22)));
            boxes.put(out, new Box(out, "out " + (i + 1), new Rect(15 + 120 * i, 60, 50, 22)));
            lines.put("line-" + out, new Line("line-" + out, new Port(clock, 0), new Port(out, 0)));
        }
        boxes.put("two", new Box("two", "c 2", new Rect(255, 0, 40, 22)));
        lines.put("line-two", new Line("line-two", new Port("two", 0), new Port("clock-3", 0)));
        String[] step = {"ba.time", "> 1000", "* -1.5", "+ 2"};
        for (int i = 0; i < step.length; i++) {
            boxes.put("step-" + i, new Box("step-" + i, step[i], new Rect(615, 15 + 45 * i, 60, 22)));
            if (i > 0) {
                lines.put("line-step-" + i, new Line("line-step-" + i, new Port("step-" + (i - 1), 0), new Port("step-" + i, 0)));
            }
        }
        lines.put("line-step", new Line("line-step", new Port("step-3", 0), new Port("clock-6", 0)));
        CodegenResult result = Codegen.generate(new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY),
                BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
        System.out.println("[clocks] generated:\n" + result.code());
        long start = System.nanoTime();
        clocks = compile(result.code());
        System.out.printf("[clocks] compiled in %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }

    static CompileOutcome.Compiled compile(String source) {
        CompileOutcome outcome = new FaustCompiler(SandboxLimits.DEFAULT).compile(source, "main");
        if (outcome instanceof CompileOutcome.Failed failed) {
            fail("does not compile (" + failed.kind() + "): " + failed.message() + "\n" + source);
        }
        return (CompileOutcome.Compiled) outcome;
    }

    private static float[][] render(int rate, RenderSpec spec) {
        return Renderer.render(WasmProgram.compile(clocks.wasm()), clocks.description(), spec);
    }

    /** The samples that are not 0; every other value must be 0 or 1. */
    private static List<Integer> ticks(float[] signal) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < signal.length; i++) {
            assertTrue(signal[i] == 0 || signal[i] == 1, "sample " + i + " is " + signal[i]);
            if (signal[i] != 0) {
                at.add(i);
            }
        }
        return at;
    }

    private static List<Integer> every(int period, int frames) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < frames; i += period) {
            at.add(i);
        }
        return at;
    }

    @Test
    void clocksTickOnTheirSamplesFromSampleZero() {
        float[][] out = render(48000, RenderSpec.of(FRAMES / 48000.0, 48000));
        assertEquals(every(4, FRAMES), ticks(out[0]), "clock 4");
        assertEquals(every(48, FRAMES), ticks(out[1]), "clock.ms 1 at 48 kHz");
        assertEquals(every(96, FRAMES), ticks(out[2]), "clock.ms with 2 ms on its inlet at 48 kHz");
        assertEquals(List.of(), ticks(out[3]), "tick, not pressed");
        assertEquals(every(1, FRAMES), ticks(out[6]), "clock 1 ticks on every sample");
        System.out.printf("[clocks] 48 kHz: clock 4 ticked %d times, clock.ms 1 %d, clock.ms <- 2 %d%n",
                ticks(out[0]).size(), ticks(out[1]).size(), ticks(out[2]).size());
    }

    @Test
    void aShorterPeriodOnTheInletTakesOverWithinOneNewPeriod() {
        float[][] out = render(48000, RenderSpec.of(FRAMES / 48000.0, 48000));
        List<Integer> want = new ArrayList<>(every(96, 1001));
        // from sample 1001 the period is 24: the count since the tick at 960 (41) goes on modulo 24 and wraps at 1008
        for (int i = 1008; i < FRAMES; i += 24) {
            want.add(i);
        }
        assertEquals(want, ticks(out[5]), "clock.ms from 2 ms to 0.5 ms after sample 1000");
    }

    @Test
    void millisecondsFollowTheRunningSampleRate() {
        float[][] out = render(44100, RenderSpec.of(FRAMES / 44100.0, 44100));
        int frames = out[1].length;
        assertEquals(every(44, frames), ticks(out[1]), "clock.ms 1 at 44.1 kHz: rint(44.1) samples");
        assertEquals(every(88, frames), ticks(out[2]), "clock.ms with 2 ms on its inlet at 44.1 kHz");
        assertEquals(every(4, frames), ticks(out[0]), "clock 4 does not depend on the rate");
    }

    @Test
    void aPressedTickGivesExactlyOneOne() {
        float[][] out = render(48000, RenderSpec.of(FRAMES / 48000.0, 48000).withParam("/main/tick", 1.0));
        assertEquals(List.of(0), ticks(out[3]), "tick held down from the start: one 1, on the first sample");
        assertEquals(List.of(), ticks(out[4]), "tick step is another button");
    }
}
