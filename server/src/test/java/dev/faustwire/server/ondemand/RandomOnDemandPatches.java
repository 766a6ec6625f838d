package dev.faustwire.server.ondemand;

import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random patches with {@code ondemand} boxes, for the property test: the top level has clock inputs
 * ({@code in 1..clocks}) and signal inputs after them; ondemand boxes (nested up to two deep) take their clock
 * from a clock input, a computed clock (products, sums, delays of clocks) or a signal, and hold content of
 * arithmetic, {@code mem}, {@code @ N}, loops through a delay (one-pole filters, counters, accumulators) and
 * lines summed into one inlet. Values stay bounded (no division by a signal) and are short binary fractions
 * (signals in steps of 1/256, constants such as 0.75 and 1.5), so most sums and products are exact in 32-bit
 * floats whatever order Faust computes them in, and the rest compare to 1e-6.
 */
final class RandomOnDemandPatches {
    /** The seed the property test uses. */
    static final long SEED = 20_2026L;

    private static final String[] WITH_ARGUMENT = {"+ 0.5", "- 0.25", "* 0.75", "* -2", "/ 4", "/ 2", "* 1.5", "+ 1"};
    private static final String[] TWO_INLETS = {"+", "-", "*"};
    private static final String[] GAINS = {"0.5", "-0.5", "0.75", "0.25", "-0.75"};

    /** One random patch and the shape of its inputs and outputs. */
    record Case(int index, Patch patch, int clocks, int signals, int outputs) {
        int inputs() {
            return clocks + signals;
        }
    }

    /** An outlet of a box: a signal that later boxes can use. */
    private record Out(String box, int outlet) {
    }

    /** The signals and clocks a level has made so far; clocks are also signals. */
    private static final class Scope {
        final PatchBuilder patch = new PatchBuilder();
        final List<Out> signals = new ArrayList<>();
        final List<Out> clocks = new ArrayList<>();
        final List<Out> onDemandOutputs = new ArrayList<>();
    }

    private final Random random;
    private int made;

    RandomOnDemandPatches(long seed) {
        random = new Random(seed);
    }

    /** The next random patch: 1 to 3 clocks, 1 or 2 signals, 1 or 2 outputs, at least one ondemand box. */
    Case next() {
        int clocks = 1 + random.nextInt(3);
        int signals = 1 + random.nextInt(2);
        int outputs = 1 + random.nextInt(2);
        Scope top = new Scope();
        for (int k = 1; k <= clocks + signals; k++) {
            Out in = new Out(top.patch.box("in " + k), 0);
            (k <= clocks ? top.clocks : top.signals).add(in);
        }
        onDemand(top, 0);
        steps(top, 0, 2 + random.nextInt(6));
        for (int k = 1; k <= outputs; k++) {
            output(top, k);
        }
        return new Case(made++, top.patch.build(), clocks, signals, outputs);
    }

    private void steps(Scope scope, int depth, int count) {
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            if (roll < 20) {
                arithmetic(scope);
            } else if (roll < 30) {
                Out x = signal(scope);
                String box = scope.patch.box(random.nextBoolean() ? "mem" : "@ " + (1 + random.nextInt(4)));
                scope.patch.line(x.box, x.outlet, box, 0);
                scope.signals.add(new Out(box, 0));
            } else if (roll < 38) {
                summedInlet(scope);
            } else if (roll < 52) {
                onePole(scope);
            } else if (roll < 60) {
                counter(scope);
            } else if (roll < 68) {
                clock(scope);
            } else if (roll < 80 || depth >= 2) {
                arithmetic(scope);
            } else {
                onDemand(scope, depth);
            }
        }
    }

    private void arithmetic(Scope scope) {
        Out a = signal(scope);
        if (random.nextBoolean()) {
            String box = scope.patch.box(pick(WITH_ARGUMENT));
            scope.patch.line(a.box, a.outlet, box, 0);
            scope.signals.add(new Out(box, 0));
        } else {
            Out b = signal(scope);
            String box = scope.patch.box(pick(TWO_INLETS));
            scope.patch.line(a.box, a.outlet, box, 0);
            scope.patch.line(b.box, b.outlet, box, 1);
            scope.signals.add(new Out(box, 0));
        }
    }

    /** Two lines into one inlet, which add up. */
    private void summedInlet(Scope scope) {
        Out a = signal(scope);
        Out b = signal(scope);
        String box = scope.patch.box(random.nextBoolean() ? "* 0.5" : "+ 0.125");
        scope.patch.line(a.box, a.outlet, box, 0);
        scope.patch.line(b.box, b.outlet, box, 0);
        scope.signals.add(new Out(box, 0));
    }

    /** y = x + g * y delayed (by mem or @ N): a loop through a delay. */
    private void onePole(Scope scope) {
        Out x = signal(scope);
        String add = scope.patch.box("+");
        String delay = scope.patch.box(random.nextInt(3) > 0 ? "mem" : "@ " + (2 + random.nextInt(3)));
        String gain = scope.patch.box("* " + pick(GAINS));
        scope.patch.line(x.box, x.outlet, add, 0);
        scope.patch.line(add, 0, delay, 0);
        scope.patch.line(delay, 0, gain, 0);
        scope.patch.line(gain, 0, add, 1);
        scope.signals.add(new Out(add, 0));
        if (random.nextBoolean()) {
            scope.signals.add(new Out(delay, 0));
        }
    }

    /** A counter (+ 1 each sample of its level) or an accumulator of a clock or a signal, through mem. */
    private void counter(Scope scope) {
        String mem = scope.patch.box("mem");
        String add;
        int kind = random.nextInt(3);
        if (kind == 0) {
            add = scope.patch.box("+ 1");
        } else {
            add = scope.patch.box("+");
            Out x = kind == 1 && !scope.clocks.isEmpty() ? pick(scope.clocks) : signal(scope);
            scope.patch.line(x.box, x.outlet, add, 1);
        }
        scope.patch.line(mem, 0, add, 0);
        scope.patch.line(add, 0, mem, 0);
        scope.signals.add(new Out(add, 0));
    }

    /** A computed clock: the product (both tick), sum (either) or a delay of clocks. */
    private void clock(Scope scope) {
        if (scope.clocks.isEmpty()) {
            arithmetic(scope);
            return;
        }
        Out a = pick(scope.clocks);
        Out b = pick(scope.clocks);
        int kind = random.nextInt(3);
        String box = scope.patch.box(kind == 0 ? "*" : kind == 1 ? "+" : "mem");
        scope.patch.line(a.box, a.outlet, box, 0);
        if (kind < 2) {
            scope.patch.line(b.box, b.outlet, box, 1);
        }
        scope.clocks.add(new Out(box, 0));
    }

    /** An ondemand box: its clock, its content (a level one deeper; its in 1 a clock when one is at hand), its outputs. */
    private void onDemand(Scope scope, int depth) {
        int inputs = 1 + random.nextInt(3);
        int outputs = 1 + random.nextInt(2);
        boolean firstIsClock = !scope.clocks.isEmpty() && random.nextInt(3) > 0;
        Scope content = new Scope();
        for (int k = 1; k <= inputs; k++) {
            Out in = new Out(content.patch.box("in " + k), 0);
            (k == 1 && firstIsClock ? content.clocks : content.signals).add(in);
        }
        if (content.signals.isEmpty()) {
            content.signals.add(content.clocks.get(0));
        }
        steps(content, depth + 1, 1 + random.nextInt(5));
        for (int k = 1; k <= outputs; k++) {
            output(content, k);
        }
        String box = scope.patch.box("ondemand", content.patch.build());
        Out clock = scope.clocks.isEmpty() || random.nextInt(8) == 0 ? signal(scope) : pick(scope.clocks);
        scope.patch.line(clock.box, clock.outlet, box, 0);
        for (int k = 1; k <= inputs; k++) {
            Out x = k == 1 && firstIsClock ? pick(scope.clocks) : signal(scope);
            scope.patch.line(x.box, x.outlet, box, k);
            if (random.nextInt(6) == 0) {
                Out more = signal(scope);
                scope.patch.line(more.box, more.outlet, box, k);
            }
        }
        for (int k = 0; k < outputs; k++) {
            scope.signals.add(new Out(box, k));
            scope.onDemandOutputs.add(new Out(box, k));
        }
    }

    /** {@code out k}, fed by an ondemand box's output more often than not, sometimes by two lines. */
    private void output(Scope scope, int k) {
        String box = scope.patch.box("out " + k);
        int lines = random.nextInt(5) == 0 ? 2 : 1;
        for (int i = 0; i < lines; i++) {
            Out x = !scope.onDemandOutputs.isEmpty() && random.nextInt(3) > 0 ? pick(scope.onDemandOutputs)
                    : signal(scope);
            scope.patch.line(x.box, x.outlet, box, 0);
        }
    }

    /** A signal of the level: half the time one of the last three made, sometimes a clock. */
    private Out signal(Scope scope) {
        if (!scope.clocks.isEmpty() && random.nextInt(10) == 0) {
            return pick(scope.clocks);
        }
        List<Out> signals = scope.signals;
        if (random.nextBoolean()) {
            return signals.get(signals.size() - 1 - random.nextInt(Math.min(3, signals.size())));
        }
        return pick(signals);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Inputs for a case: clocks of a random density (mostly 1 when they tick, sometimes other values), signals in [-1, 1) in steps of 1/256. */
    float[][] inputs(Case c, int frames) {
        float[][] in = new float[c.inputs()][frames];
        double[] densities = {0, 0.05, 0.2, 0.5, 0.8, 1};
        float[] others = {0.5f, -1, 2, 3};
        for (int ch = 0; ch < c.clocks(); ch++) {
            double density = densities[random.nextInt(densities.length)];
            boolean mixed = random.nextInt(4) == 0;
            for (int t = 0; t < frames; t++) {
                if (random.nextDouble() < density) {
                    in[ch][t] = mixed && random.nextBoolean() ? others[random.nextInt(others.length)] : 1;
                }
            }
        }
        for (int ch = c.clocks(); ch < c.inputs(); ch++) {
            for (int t = 0; t < frames; t++) {
                in[ch][t] = (random.nextInt(512) - 256) / 256f;
            }
        }
        return in;
    }

    /** A random length of render, 64 to 256 frames. */
    int frames() {
        return 64 + random.nextInt(193);
    }
}
