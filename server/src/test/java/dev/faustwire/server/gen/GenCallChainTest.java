package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.server.render.WasmDsp;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.jvm.BundledIndex;
import org.junit.jupiter.api.Test;

/**
 * A chain of gen.lib calls, each using its first input twice (gen.mix: a + t*(b - a)), compiles
 * within the server's limits and computes the chain exactly. Faust 2.54.9 evaluates an applied
 * argument again at every use of its parameter, so {@code gen.mix(prev, b, t)} chained 30 times
 * would cost 2^30 evaluations (it gave up on seven corpus reverbs so); codegen routes the signals
 * in, {@code (prev, b, t) : gen.mix}, which Faust shares.
 */
class GenCallChainTest {
    static final int LENGTH = 30;

    /** in 1 -> 30 gen.mix boxes in a row, each mixing towards in 2 by in 3 -> out 1. */
    static String chain() {
        StringBuilder boxes = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        boxes.append("\"box-1\": {\"text\": \"in 1\", \"rect\": [15, 15, 60, 22]},\n");
        boxes.append("\"box-2\": {\"text\": \"in 2\", \"rect\": [105, 15, 60, 22]},\n");
        boxes.append("\"box-3\": {\"text\": \"in 3\", \"rect\": [195, 15, 60, 22]},\n");
        boxes.append("\"box-4\": {\"text\": \"out 1\", \"rect\": [15, 1500, 60, 22]}");
        int line = 0;
        String previous = "box-1";
        for (int i = 0; i < LENGTH; i++) {
            String box = "box-" + (10 + i);
            boxes.append(",\n\"").append(box).append("\": {\"text\": \"gen.mix\", \"rect\": [15, ").append(60 + 45 * i)
                    .append(", 60, 22]}");
            lines.append(lineText(++line, previous, box, 0)).append(",\n");
            lines.append(lineText(++line, "box-2", box, 1)).append(",\n");
            lines.append(lineText(++line, "box-3", box, 2)).append(",\n");
            previous = box;
        }
        lines.append(lineText(++line, previous, "box-4", 0));
        return "{\"format\": \"faustwire-patch\", \"version\": 1, \"props\": {}, \"boxes\": {\n" + boxes
                + "},\n\"lines\": {\n" + lines + "}}";
    }

    private static String lineText(int n, String from, String to, int inlet) {
        return "\"line-" + n + "\": {\"src\": [\"" + from + "\", 0], \"dest\": [\"" + to + "\", " + inlet + "]}";
    }

    @Test
    void thirtyChainedMixesCompileWithinTheServersLimitsAndComputeTheChain() throws Exception {
        CodegenResult result = Codegen.generate(PatchReader.read(chain()).patch(), BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("gen_mix_11_0 = (gen_mix_10_0, In_2_0, In_3_0) : gen.mix;"), result.code());
        assertFalse(result.code().contains("gen.mix("), result.code());
        long start = System.nanoTime();
        WasmDsp dsp = GenPrecisionTest.instantiate(new FaustCompiler(SandboxLimits.DEFAULT).compile(result.code(), "main"));
        System.out.println(LENGTH + " chained gen.mix: compiled in " + Math.round((System.nanoTime() - start) / 1e6) + " ms");
        int frames = 4096;
        double[] x = TestSignals.noise(frames, 5);
        double[] b = TestSignals.noise(frames, 7);
        double[] t = new double[frames];
        for (int n = 0; n < frames; n++) {
            t[n] = 0.05 + 0.04 * Math.sin(n * 0.01);
        }
        double[][] out = {new double[frames]};
        dsp.computeDouble(new double[][] {x, b, t}, out, 0, frames);
        double worst = 0;
        double moved = 0;
        for (int n = 0; n < frames; n++) {
            double y = x[n];
            for (int i = 0; i < LENGTH; i++) {
                y = y + t[n] * (b[n] - y);
            }
            worst = Math.max(worst, Math.abs(out[0][n] - y));
            moved = Math.max(moved, Math.abs(y - x[n]));
        }
        System.out.println(LENGTH + " chained gen.mix: max |diff| against Java " + worst + " over " + frames + " samples");
        assertTrue(moved > 0.1, "the chain changes its input, so the comparison can fail");
        assertTrue(worst < 1e-12, "max |diff| " + worst);
    }
}
