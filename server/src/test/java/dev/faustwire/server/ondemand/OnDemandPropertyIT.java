package dev.faustwire.server.ondemand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.codegen.OnDemandReference;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's property: {@value #PATCHES} random patches with ondemand boxes ({@link RandomOnDemandPatches}:
 * nested, loops inside, several clocks of random densities), rendered by the server's renderer, give
 * {@link OnDemandReference}'s output sample for sample, to 1e-6 of the output's scale. The patches are batched
 * {@value #PER_PROGRAM} to a program, each as a {@code p} sub-patcher of one top patch with the inputs and
 * outputs of all of them side by side. A mismatch prints the seed, the patch and the first differing sample,
 * and the first mismatching patch is shrunk ({@link Shrink}) and printed with its Faust program.
 */
class OnDemandPropertyIT {
    static final int PATCHES = 1000;
    static final int PER_PROGRAM = 40;
    static final double TOLERANCE = 1e-6;

    @Test
    void randomPatchesRenderAsTheReferenceComputes() {
        long start = System.nanoTime();
        RandomOnDemandPatches random = new RandomOnDemandPatches(RandomOnDemandPatches.SEED);
        OnDemandRender renderer = new OnDemandRender();
        List<String> mismatches = new ArrayList<>();
        List<Failure> failing = new ArrayList<>();
        int samples = 0;
        int nonZero = 0;
        int exact = 0;
        double worst = 0;
        for (int done = 0; done < PATCHES; done += PER_PROGRAM) {
            List<RandomOnDemandPatches.Case> cases = new ArrayList<>();
            List<float[][]> inputs = new ArrayList<>();
            int frames = random.frames();
            for (int i = 0; i < PER_PROGRAM; i++) {
                RandomOnDemandPatches.Case c = random.next();
                cases.add(c);
                inputs.add(random.inputs(c, frames));
            }
            float[][] rendered = renderer.render(SideBySide.of(cases), SideBySide.inputs(cases, inputs), frames);
            int channel = 0;
            for (int i = 0; i < cases.size(); i++) {
                RandomOnDemandPatches.Case c = cases.get(i);
                float[][] expected = OnDemandReference.render(c.patch(), inputs.get(i), frames);
                for (int k = 0; k < c.outputs(); k++, channel++) {
                    String problem = firstDifference(expected[k], rendered[channel]);
                    if (problem != null) {
                        mismatches.add(describe(c, k, problem, inputs.get(i)));
                        failing.add(new Failure(c, inputs.get(i), frames));
                    }
                    double peak = 1;
                    for (int t = 0; t < frames; t++) {
                        nonZero += expected[k][t] != 0 ? 1 : 0;
                        exact += expected[k][t] == rendered[channel][t] ? 1 : 0;
                        peak = Math.max(peak, Math.abs(expected[k][t]));
                        worst = Math.max(worst, Math.abs((double) expected[k][t] - rendered[channel][t]) / peak);
                    }
                    samples += frames;
                }
            }
        }
        System.out.println("OnDemandPropertyIT: " + PATCHES + " random patches (seed " + RandomOnDemandPatches.SEED
                + "), " + samples + " output samples (" + nonZero + " not 0, " + exact + " exactly equal, max |diff| / scale "
                + (float) worst + ") compared in "
                + (System.nanoTime() - start) / 1_000_000 + " ms; " + renderer.figures() + "; "
                + mismatches.size() + " mismatches");
        mismatches.stream().limit(5).forEach(System.out::println);
        if (!failing.isEmpty()) {
            Failure first = failing.get(0);
            System.out.println(Shrink.smallest(first.c().patch(), first.inputs(), first.frames(), renderer));
        }
        assertEquals(0, mismatches.size(), "rendered ondemand patches differ from the reference; see MISMATCH above");
    }

    /**
     * The first sample where the render is not within {@link #TOLERANCE} of the reference, or null: relative to
     * the larger of 1 and the output's peak so far, since a 32-bit float keeps about 7 digits of the largest value
     * a signal has carried, and Faust may add the terms of a sum in another order than the reference.
     */
    static String firstDifference(float[] expected, float[] actual) {
        double peak = 1;
        for (int t = 0; t < expected.length; t++) {
            double e = expected[t];
            double a = actual[t];
            peak = Math.max(peak, Math.abs(e));
            boolean same = e == a || Math.abs(e - a) <= TOLERANCE * peak || Double.isNaN(e) && Double.isNaN(a);
            if (!same) {
                return "frame " + t + ": reference " + e + ", rendered " + a;
            }
        }
        return null;
    }

    /** A mismatching patch with the inputs and the length it was rendered with. */
    private record Failure(RandomOnDemandPatches.Case c, float[][] inputs, int frames) {
    }

    private static String describe(RandomOnDemandPatches.Case c, int output, String problem, float[][] inputs) {
        StringBuilder text = new StringBuilder("MISMATCH seed " + RandomOnDemandPatches.SEED + " patch " + c.index()
                + " (" + c.clocks() + " clocks, " + c.signals() + " signals) out " + (output + 1) + " at " + problem + "\n");
        text.append(PatchBuilder.text(c.patch()));
        for (int ch = 0; ch < inputs.length; ch++) {
            text.append("in ").append(ch + 1).append(": ");
            for (int t = 0; t < Math.min(24, inputs[ch].length); t++) {
                text.append(inputs[ch][t]).append(' ');
            }
            text.append("...\n");
        }
        return text.toString();
    }

    /** Patches of one program: each a sub-patcher {@code p caseN}, inputs and outputs numbered on. */
    static final class SideBySide {
        private SideBySide() {
        }

        static Patch of(List<RandomOnDemandPatches.Case> cases) {
            PatchBuilder top = new PatchBuilder();
            int in = 0;
            int out = 0;
            for (RandomOnDemandPatches.Case c : cases) {
                String box = top.box("p case" + c.index(), c.patch());
                for (int k = 0; k < c.inputs(); k++) {
                    top.line(top.box("in " + ++in), 0, box, k);
                }
                for (int k = 0; k < c.outputs(); k++) {
                    top.line(box, k, top.box("out " + ++out), 0);
                }
            }
            return top.build();
        }

        static float[][] inputs(List<RandomOnDemandPatches.Case> cases, List<float[][]> inputs) {
            List<float[]> all = new ArrayList<>();
            for (float[][] each : inputs) {
                all.addAll(List.of(each));
            }
            return all.toArray(new float[0][]);
        }
    }
}
