package dev.faustwire.embed.bench;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.TreeMap;

/**
 * The patches the ondemand cost benchmark times, all built from boxes: a chain of {@value #STAGES} one-pole
 * low-pass filters ({@code y = 0.1 x + 0.9 y'}, a loop through {@code mem} each) run every sample in a plain
 * sub-patcher, or inside an {@code ondemand} box whose clock is a counter ({@code mem}, {@code + 1},
 * {@code % N} in a loop) compared with 0, so it ticks every N samples; with N = 1 the gating costs all it
 * can (the content runs on every sample and is gated too).
 */
public final class OnDemandBenchPatches {
    /** The one-pole filters of the content. */
    public static final int STAGES = 8;

    private OnDemandBenchPatches() {
    }

    /** The chain in a {@code p} box, on every sample. */
    public static Patch plain() {
        Builder top = new Builder();
        String in = top.box("in 1");
        String chain = top.box("p chain", chain());
        String out = top.box("out 1");
        top.line(in, chain, 0);
        top.line(chain, out, 0);
        return top.build();
    }

    /** The chain in an {@code ondemand} box whose clock ticks every {@code period} samples. */
    public static Patch onDemandEvery(int period) {
        Builder top = new Builder();
        String in = top.box("in 1");
        String box = top.box("ondemand", chain());
        String out = top.box("out 1");
        String tick;
        if (period == 1) {
            tick = top.box("1");
        } else {
            String mem = top.box("mem");
            String add = top.box("+ 1");
            String wrap = top.box("% " + period);
            tick = top.box("== 0");
            top.line(mem, add, 0);
            top.line(add, wrap, 0);
            top.line(wrap, mem, 0);
            top.line(wrap, tick, 0);
        }
        top.line(tick, box, 0);
        top.line(in, box, 1);
        top.line(box, out, 0);
        return top.build();
    }

    /** The generated Faust program of a patch. */
    public static String faust(Patch patch) {
        CodegenResult result = Codegen.generate(patch, BundledIndex.get());
        if (!result.ok()) {
            throw new IllegalStateException("the benchmark patch does not generate: " + result.diagnostics());
        }
        return result.code();
    }

    /** in 1 -> (* 0.1 -> + <- * 0.9 <- mem <- +) x STAGES -> out 1. */
    private static Patch chain() {
        Builder level = new Builder();
        String signal = level.box("in 1");
        for (int stage = 0; stage < STAGES; stage++) {
            String scale = level.box("* 0.1");
            String add = level.box("+");
            String mem = level.box("mem");
            String feedback = level.box("* 0.9");
            level.line(signal, scale, 0);
            level.line(scale, add, 0);
            level.line(add, mem, 0);
            level.line(mem, feedback, 0);
            level.line(feedback, add, 1);
            signal = add;
        }
        level.line(signal, level.box("out 1"), 0);
        return level.build();
    }

    /** Boxes numbered in order, lines from outlet 0. */
    private static final class Builder {
        private final TreeMap<String, Box> boxes = new TreeMap<>();
        private final TreeMap<String, Line> lines = new TreeMap<>();

        String box(String text) {
            return box(text, null);
        }

        String box(String text, Patch content) {
            String id = "box-" + (boxes.size() + 1);
            Box box = new Box(id, text, new Rect(30 + 80 * (boxes.size() % 10), 30 + 40 * (boxes.size() / 10), 60, 22));
            boxes.put(id, content == null ? box : box.withSubpatch(content));
            return id;
        }

        void line(String src, String dest, int inlet) {
            String id = "line-" + (lines.size() + 1);
            lines.put(id, new Line(id, new Port(src, 0), new Port(dest, inlet)));
        }

        Patch build() {
            return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
        }
    }
}
