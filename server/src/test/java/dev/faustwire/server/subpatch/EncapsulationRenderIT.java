package dev.faustwire.server.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.subpatch.EncapsulationCases.Case;
import dev.faustwire.server.subpatch.EncapsulationCases.Original;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Encapsulating changes the program's text (the sub-patcher becomes a function) but not what it
 * computes: for up to three accepted random selections of each corpus patch, the original and the
 * encapsulated programs are compiled by the server's sandboxed compiler and rendered by the
 * server's renderer with the same test signal on every input, and agree within 1e-6.
 */
class EncapsulationRenderIT {
    private static final int RATE = 48000;
    private static final int FRAMES = 8192;
    private static final double TOLERANCE = 1e-6;
    private static final int PER_PATCH = 3;

    @Test
    void theEncapsulatedProgramRendersTheSameSamples() {
        FaustCompiler compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        List<Original> originals = EncapsulationCases.originals();
        List<Case> all = EncapsulationCases.cases(originals, 25, 17);
        int compared = 0;
        int sounding = 0;
        double worst = 0;
        for (Original original : originals) {
            List<Case> chosen = new ArrayList<>();
            for (Case c : all) {
                if (c.original() == original && c.encapsulated() != null && chosen.size() < PER_PATCH) {
                    chosen.add(c);
                }
            }
            if (chosen.isEmpty()) {
                continue;
            }
            CompileOutcome.Compiled reference = compile(compiler, original.name(), original.code());
            int inputs = reference.description().inputs();
            RenderSpec spec = RenderSpec.of((double) FRAMES / RATE, RATE).withInput(testSignal(inputs));
            float[][] want = Renderer.render(WasmProgram.compile(reference.wasm()), reference.description(), spec);
            for (Case c : chosen) {
                CodegenResult result = Codegen.generate(c.encapsulated(), EncapsulationCases.STDLIB, original.resources());
                assertTrue(result.ok(), c.describe());
                CompileOutcome.Compiled encapsulated = compile(compiler, c.describe(), result.code());
                assertEquals(inputs, encapsulated.description().inputs(), c.describe() + ": inputs");
                float[][] got = Renderer.render(WasmProgram.compile(encapsulated.wasm()), encapsulated.description(), spec);
                assertEquals(want.length, got.length, c.describe() + ": outputs");
                double diff = 0;
                double peak = 0;
                for (int ch = 0; ch < want.length; ch++) {
                    for (int i = 0; i < want[ch].length; i++) {
                        diff = Math.max(diff, Math.abs((double) got[ch][i] - want[ch][i]));
                        peak = Math.max(peak, Math.abs(want[ch][i]));
                    }
                }
                System.out.printf("encapsulation render: %-60s peak %.4g, max |diff| %.3g%n", c.describe(), peak, diff);
                assertTrue(diff <= TOLERANCE, c.describe() + ": max |encapsulated - original| = " + diff);
                compared++;
                worst = Math.max(worst, diff);
                if (peak > 1e-3) {
                    sounding++;
                }
            }
        }
        System.out.printf("EncapsulationRenderIT: %d encapsulations rendered, %d of them sounding, max |diff| %.3g%n",
                compared, sounding, worst);
        assertTrue(compared >= 20, "encapsulations compared: " + compared);
        assertTrue(sounding >= compared / 2, "most comparisons have sound, so that they can fail: " + sounding);
    }

    private static CompileOutcome.Compiled compile(FaustCompiler compiler, String name, String source) {
        CompileOutcome outcome = compiler.compile(source, "main");
        if (outcome instanceof CompileOutcome.Failed failed) {
            fail(name + " does not compile (" + failed.kind() + "): " + failed.message() + "\n" + source);
        }
        return (CompileOutcome.Compiled) outcome;
    }

    /** A sine of its own frequency per channel with a little noise, as GoldenRenderIT feeds the goldens. */
    private static float[][] testSignal(int channels) {
        float[][] audio = new float[channels][FRAMES];
        for (int ch = 0; ch < channels; ch++) {
            Random noise = new Random(1000 + ch);
            double hz = 97.0 * (ch + 1) + 13.0 * ch * ch;
            for (int i = 0; i < FRAMES; i++) {
                audio[ch][i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / RATE + 0.3 * ch)
                        + 0.05 * (noise.nextDouble() * 2 - 1));
            }
        }
        return audio;
    }
}
