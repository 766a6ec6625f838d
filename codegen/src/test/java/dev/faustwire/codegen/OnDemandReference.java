package dev.faustwire.codegen;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meaning of {@code ondemand} written from the seed papers' formulas, independent of code
 * generation, as the reference that rendered patches are compared with (issue 20). It interprets
 * patches of {@code in N}, {@code out N}, numbers, {@code + - * /} (two inlets, or one and an argument),
 * {@code mem}, {@code @ N} and {@code ondemand} boxes (an embedded patch; inlet 0 is the clock h, the
 * others the content's inputs), one sample at a time, in 32-bit floats as Faust computes.
 *
 * <p>For a clock h with ticks t0 < t1 < ... and h+(t) the number of ticks up to t:
 * {@code [[ondemand(P)]](h, x) = ([[P]](x↓h))↑h}, where {@code (x↓h)(k) = x(t_k)} and
 * {@code (y↑h)(t) = y(h+(t) - 1)}, 0 before the first tick. So the content steps once per tick, on its
 * inputs at that tick, and its outputs hold between ticks; a {@code mem} inside delays by one tick.
 * A tick is a sample where h is not 0 (the seeds' clocks are 0 and 1). Lines into one inlet add up.
 */
public final class OnDemandReference {
    private final Patch patch;
    private final int inputs;
    private final int outputs;
    /** The delay lines of mem and @ boxes, by box id: the last inputs, oldest first. */
    private final Map<String, float[]> delays = new HashMap<>();
    /** The content of each ondemand box, by box id, and its outputs held since its last tick. */
    private final Map<String, OnDemandReference> contents = new HashMap<>();
    private final Map<String, float[]> held = new HashMap<>();

    // the sample being computed
    private float[] in;
    private Map<String, float[]> values;
    private List<String> computing;

    /** An interpreter of {@code patch}; refuses a box it does not know. */
    public OnDemandReference(Patch patch) {
        this.patch = patch;
        int most = 0;
        int outs = 0;
        for (Box box : patch.boxes().values()) {
            String[] words = words(box);
            switch (words[0]) {
                case "in" -> most = Math.max(most, Integer.parseInt(words[1]));
                case "out" -> outs = Math.max(outs, Integer.parseInt(words[1]));
                case "mem" -> delays.put(box.id(), new float[1]);
                case "@" -> delays.put(box.id(), new float[Integer.parseInt(words[1])]);
                case "ondemand" -> {
                    OnDemandReference content = new OnDemandReference(box.subpatch());
                    contents.put(box.id(), content);
                    held.put(box.id(), new float[content.outputs()]);
                }
                case "+", "-", "*", "/" -> {
                }
                default -> Float.parseFloat(words[0]); // a number, or a box this reference does not know
            }
        }
        this.inputs = most;
        this.outputs = outs;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** Renders {@code frames} samples of {@code patch} from {@code input} (channel, then sample; null or short: 0). */
    public static float[][] render(Patch patch, float[][] input, int frames) {
        OnDemandReference reference = new OnDemandReference(patch);
        float[][] out = new float[reference.outputs()][frames];
        float[] now = new float[reference.inputs()];
        for (int t = 0; t < frames; t++) {
            for (int c = 0; c < now.length; c++) {
                now[c] = input != null && c < input.length && t < input[c].length ? input[c][t] : 0;
            }
            float[] y = reference.step(now);
            for (int c = 0; c < y.length; c++) {
                out[c][t] = y[c];
            }
        }
        return out;
    }

    /** One sample: the outputs for these inputs, then every delay advances. */
    public float[] step(float[] inputs) {
        in = inputs;
        values = new HashMap<>();
        computing = new ArrayList<>();
        float[] out = new float[outputs];
        for (Box box : patch.boxes().values()) {
            String[] words = words(box);
            if (words[0].equals("out")) {
                out[Integer.parseInt(words[1]) - 1] += inlet(box.id(), 0);
            }
        }
        // every box is computed before any state moves: an ondemand box steps its content only here
        for (Box box : patch.boxes().values()) {
            output(box.id(), 0);
        }
        for (Map.Entry<String, float[]> delay : delays.entrySet()) {
            float[] line = delay.getValue();
            System.arraycopy(line, 1, line, 0, line.length - 1);
            line[line.length - 1] = inlet(delay.getKey(), 0);
        }
        return out;
    }

    /** The sum of the lines into an inlet, each source once (two lines between the same ports are one); 0 when none. */
    private float inlet(String boxId, int index) {
        float sum = 0;
        List<Port> seen = new ArrayList<>();
        for (Line line : patch.lines().values()) {
            if (line.dest().boxId().equals(boxId) && line.dest().index() == index && !seen.contains(line.src())) {
                seen.add(line.src());
                sum += output(line.src().boxId(), line.src().index());
            }
        }
        return sum;
    }

    private float output(String boxId, int outlet) {
        float[] known = values.get(boxId);
        if (known != null) {
            return outlet < known.length ? known[outlet] : 0;
        }
        if (computing.contains(boxId)) {
            throw new IllegalArgumentException("a loop without a delay through " + computing.subList(computing.indexOf(boxId), computing.size()));
        }
        computing.add(boxId);
        float[] result = compute(patch.box(boxId));
        computing.remove(computing.size() - 1);
        values.put(boxId, result);
        return outlet < result.length ? result[outlet] : 0;
    }

    private float[] compute(Box box) {
        String[] words = words(box);
        return switch (words[0]) {
            case "in" -> new float[] {in[Integer.parseInt(words[1]) - 1]};
            case "out" -> new float[0];
            case "mem", "@" -> new float[] {delays.get(box.id())[0]};
            case "+", "-", "*", "/" -> new float[] {arithmetic(words, box.id())};
            case "ondemand" -> onDemand(box.id());
            default -> new float[] {Float.parseFloat(words[0])};
        };
    }

    private float arithmetic(String[] words, String boxId) {
        float a = inlet(boxId, 0);
        float b = words.length > 1 ? Float.parseFloat(words[1]) : inlet(boxId, 1);
        return switch (words[0]) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            default -> a / b;
        };
    }

    /** At a tick, the content steps on its inputs now and its outputs are held; between ticks, the held ones. */
    private float[] onDemand(String boxId) {
        OnDemandReference content = contents.get(boxId);
        float clock = inlet(boxId, 0);
        if (clock != 0) {
            float[] x = new float[content.inputs()];
            for (int i = 0; i < x.length; i++) {
                x[i] = inlet(boxId, i + 1);
            }
            held.put(boxId, content.step(x));
        }
        return held.get(boxId).clone();
    }

    private static String[] words(Box box) {
        return box.text().trim().split("\\s+");
    }
}
