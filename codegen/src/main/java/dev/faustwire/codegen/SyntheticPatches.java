package dev.faustwire.codegen;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Deterministic patches of any size that look like real ones, for benchmarks in the JVM and the browser. */
public final class SyntheticPatches {
    /** The seed of the patches that the benchmarks time, in the JVM and in the browser. */
    public static final long BENCHMARK_SEED = 2026;

    /*
     * Kinds of box used: in and out boxes; sources (oscillators, noise, constants); chains of
     * primitives and library filters; en.ar envelopes with a constant attack; feedback loops
     * through mem or @ 4 with a damping box on the way back; + boxes that mix in an earlier voice
     * or an input; hsliders (distinct labels) for frequencies and gains; and two buses that sum
     * many lines in one inlet. Everything is portable: our own generator, ordered maps, no formatting.
     */
    private static final String[] SOURCES = {"os.osc 110", "os.osc 220", "os.osc 440", "os.sawtooth 55",
        "os.triangle 330", "no.noise", "c 440", "0.25", "ma.SR"};
    private static final String[] EFFECTS = {"* 0.5", "- 1", "max 0", "sin", "fi.lowpass 2 1000",
        "fi.highpass 2 200", "si.smoo", "ma.tanh", "fi.dcblocker", "* 0.25", "fi.lowpass 1 3000"};
    private static final String[] DELAYS = {"mem", "@ 4"};
    /** Boxes of the frame: two outputs, two inputs, and a bus before each output. */
    private static final int FRAME = 6;

    private final Rng rng;
    private final TreeMap<String, Box> boxes = new TreeMap<>();
    private final TreeMap<String, Line> lines = new TreeMap<>();
    /** Outlets a voice may mix in: the inputs and the ends of earlier voices. */
    private final List<Port> signals = new ArrayList<>();
    private int voice;
    private int row;
    private int sliders;

    private SyntheticPatches(long seed) {
        rng = new Rng(seed);
    }

    /** A patch of exactly {@code boxes} boxes (at least 1) that generates without errors; the same for the same seed. */
    public static Patch of(int boxes, long seed) {
        if (boxes < 1) {
            throw new IllegalArgumentException("a synthetic patch has at least one box, not " + boxes);
        }
        SyntheticPatches patch = new SyntheticPatches(seed);
        if (boxes < FRAME) {
            patch.chain(boxes);
        } else {
            patch.voices(boxes - FRAME);
        }
        return new Patch(patch.boxes, patch.lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    /** {@code in 1}, effects, {@code out 1}: what fits in fewer boxes than the frame. */
    private void chain(int count) {
        String out = add("out 1");
        if (count == 1) {
            return;
        }
        Port end = outlet(add("in 1"));
        for (int i = 2; i < count; i++) {
            end = effect(end);
        }
        connect(end, out, 0);
    }

    /** The frame, then voices until {@code budget} boxes are placed, each ending in one of the buses. */
    private void voices(int budget) {
        String[] outs = {add("out 1"), add("out 2")};
        signals.add(outlet(add("in 1")));
        signals.add(outlet(add("in 2")));
        String[] buses = {add("* 0.1"), add("* 0.1")};
        connect(outlet(buses[0]), outs[0], 0);
        connect(outlet(buses[1]), outs[1], 0);
        while (budget > 0) {
            int size = Math.min(budget, 3 + rng.below(10));
            budget -= size;
            voice++;
            row = 0;
            Port end = voice(size);
            connect(end, buses[rng.below(2)], 0);
            signals.add(end);
        }
    }

    /** One voice of exactly {@code size} boxes; returns the outlet it ends at. */
    private Port voice(int size) {
        Port end;
        int left = size;
        if (left >= 2 && rng.below(4) == 0) {
            end = outlet(add("os.osc"));
            connect(outlet(add(slider("freq", "440 20 2000 1"))), end.boxId(), 0);
            left -= 2;
        } else if (rng.below(5) == 0) {
            end = recent();
        } else {
            end = outlet(add(SOURCES[rng.below(SOURCES.length)]));
            left--;
        }
        while (left > 0) {
            int step = rng.below(8);
            if (step == 0 && left >= 3) {
                end = feedback(end);
                left -= 3;
            } else if (step == 1 && left >= 2) {
                end = envelope(end);
                left -= 2;
            } else if (step == 2 && left >= 2) {
                end = gain(end);
                left -= 2;
            } else if (step == 3) {
                end = mix(end);
                left--;
            } else {
                end = effect(end);
                left--;
            }
        }
        return end;
    }

    private Port effect(Port in) {
        String box = add(EFFECTS[rng.below(EFFECTS.length)]);
        connect(in, box, 0);
        return outlet(box);
    }

    /** {@code +} fed back through a delay and a damping box: a comb or a one-pole filter. */
    private Port feedback(Port in) {
        String sum = add("+");
        String delay = add(DELAYS[rng.below(DELAYS.length)]);
        String damping = add(rng.below(2) == 0 ? "* 0.5" : "fi.lowpass 1 2000");
        connect(in, sum, 0);
        connect(outlet(sum), delay, 0);
        connect(outlet(delay), damping, 0);
        connect(outlet(damping), sum, 1);
        return outlet(sum);
    }

    /** An AR envelope triggered by the signal, with its attack from a constant box. */
    private Port envelope(Port in) {
        String envelope = add("en.ar _ 0.1");
        connect(outlet(add("0.01")), envelope, 0);
        connect(in, envelope, 1);
        return outlet(envelope);
    }

    private Port gain(Port in) {
        String times = add("*");
        connect(in, times, 0);
        connect(outlet(add(slider("gain", "0.5 0 1 0.01"))), times, 1);
        return outlet(times);
    }

    /** {@code +} of the signal and an earlier one: an input or the end of a recent voice. */
    private Port mix(Port in) {
        String plus = add("+");
        connect(in, plus, 0);
        connect(recent(), plus, 1);
        return outlet(plus);
    }

    private Port recent() {
        int window = Math.min(signals.size(), 8);
        return signals.get(signals.size() - 1 - rng.below(window));
    }

    private String slider(String name, String range) {
        sliders++;
        return "hslider " + name + sliders + " " + range;
    }

    /** Adds a box below the previous one of its voice (voices in columns of 16); returns its id. */
    private String add(String text) {
        String id = "box-" + (boxes.size() + 1);
        double x = 20 + 160 * (voice % 16);
        double y = 20 + 420 * (voice / 16) + 30 * row++;
        boxes.put(id, new Box(id, text, new Rect(x, y, 16 + 7 * text.length(), 22)));
        return id;
    }

    private void connect(Port src, String dest, int inlet) {
        String id = "line-" + (lines.size() + 1);
        lines.put(id, new Line(id, src, new Port(dest, inlet)));
    }

    private static Port outlet(String boxId) {
        return new Port(boxId, 0);
    }

    /** SplitMix64: the same numbers in the JVM and in TeaVM's JavaScript, unlike java.util.Random. */
    private static final class Rng {
        private long state;

        Rng(long seed) {
            state = seed;
        }

        long next() {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** A number from 0 to {@code n - 1}. */
        int below(int n) {
            return (int) ((next() >>> 1) % n);
        }
    }
}
