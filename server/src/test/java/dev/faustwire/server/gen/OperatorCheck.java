package dev.faustwire.server.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several gen.lib operators checked with one compile: each case is a Faust expression, its input
 * signals and, per output, the operator computed in Java. {@link #run} renders {@code (case1), (case2), ...}
 * once and compares every output with its Java meaning; it fails listing the first difference of every
 * case that differs, so one wrong operator does not hide another.
 */
final class OperatorCheck {
    /** The tolerance of the numeric tests: 1e-9, relative above 1 (see {@link GenRender#close}). */
    static final double TOLERANCE = 1e-9;

    private record Case(String faust, double tolerance, double[][] inputs, GenRender.Formula[] outputs) {
    }

    private final List<Case> cases = new ArrayList<>();

    /** A case compared within {@link #TOLERANCE}. */
    OperatorCheck add(String faust, double[][] inputs, GenRender.Formula... outputs) {
        return add(faust, TOLERANCE, inputs, outputs);
    }

    /** A case with its own tolerance; {@code inputs} may be empty for an operator without inputs. */
    OperatorCheck add(String faust, double tolerance, double[][] inputs, GenRender.Formula... outputs) {
        cases.add(new Case(faust, tolerance, inputs, outputs));
        return this;
    }

    /** Renders at {@link GenRender#DEFAULT_RATE}. */
    void run() {
        run(GenRender.DEFAULT_RATE);
    }

    /** Renders every case in one program at {@code sampleRate} and compares; prints how many samples it checked. */
    void run(int sampleRate) {
        List<String> parts = new ArrayList<>();
        List<double[]> inputs = new ArrayList<>();
        int frames = 4;
        for (Case c : cases) {
            parts.add("(" + c.faust + ")");
            for (double[] input : c.inputs) {
                inputs.add(input);
                frames = Math.max(frames, input.length);
            }
        }
        long start = System.nanoTime();
        GenRender.Program program = GenRender.compile(String.join(", ", parts));
        long compiled = System.nanoTime();
        double[][] out = program.render(sampleRate, frames, inputs.toArray(new double[0][]));
        long rendered = System.nanoTime();
        int expectedOutputs = cases.stream().mapToInt(c -> c.outputs.length).sum();
        if (out.length != expectedOutputs) {
            throw new AssertionError(program.expression() + " has " + out.length + " outputs, the cases expect "
                    + expectedOutputs);
        }
        List<String> problems = new ArrayList<>();
        int channel = 0;
        long samples = 0;
        for (Case c : cases) {
            int length = c.inputs.length == 0 ? frames : c.inputs[0].length;
            for (int k = 0; k < c.outputs.length; k++) {
                double[] expected = c.inputs.length == 0 ? constant(c.outputs[k].at(), length)
                        : GenRender.apply(c.outputs[k], c.inputs);
                double[] actual = Arrays.copyOf(out[channel++], length);
                String label = c.faust + (c.outputs.length > 1 ? " output " + (k + 1) : "");
                String problem = GenRender.firstDifference(label, expected, actual, c.tolerance, c.inputs);
                if (problem != null) {
                    problems.add(problem);
                }
                samples += length;
            }
        }
        System.out.println("OperatorCheck: " + cases.size() + " operators, " + samples + " samples compared at "
                + sampleRate + " Hz; compile " + (compiled - start) / 1_000_000 + " ms, render "
                + (rendered - compiled) / 1_000_000 + " ms (" + frames + " frames)");
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " of " + cases.size() + " operators differ:\n"
                    + String.join("\n", problems));
        }
    }

    private static double[] constant(double value, int length) {
        return GenRender.constant(value, length);
    }
}
