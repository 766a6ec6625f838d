package dev.faustwire.server.ondemand;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.model.Patch;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.jvm.BundledIndex;

/**
 * A patch the way the server renders it: codegen, the sandboxed Faust compiler (wasm, 32-bit floats),
 * then the JVM renderer ({@link Renderer}, Chicory) at 48 kHz with the given input signals.
 */
final class OnDemandRender {
    static final int RATE = 48000;

    private final FaustCompiler compiler = new FaustCompiler(SandboxLimits.DEFAULT);
    private int compiles;
    private long compileNanos;
    private long renderNanos;

    /** The generated Faust program of a patch; fails the test when codegen refuses it. */
    static String code(Patch patch) {
        CodegenResult result = Codegen.generate(patch, BundledIndex.get());
        assertTrue(result.ok(), "codegen refuses the patch: " + result.diagnostics() + "\n" + PatchBuilder.text(patch));
        return result.code();
    }

    /** Generates, compiles and renders {@code frames} frames: outputs by channel, then frame. */
    float[][] render(Patch patch, float[][] input, int frames) {
        return render(code(patch), input, frames);
    }

    /** Compiles a Faust program and renders {@code frames} frames: outputs by channel, then frame. */
    float[][] render(String code, float[][] input, int frames) {
        long start = System.nanoTime();
        CompileOutcome outcome = compiler.compile(code, "ondemand");
        compileNanos += System.nanoTime() - start;
        compiles++;
        if (outcome instanceof CompileOutcome.Failed failed) {
            fail("Faust refuses the generated program (" + failed.kind() + "): " + failed.message() + "\n" + code);
        }
        CompileOutcome.Compiled compiled = (CompileOutcome.Compiled) outcome;
        start = System.nanoTime();
        float[][] out = Renderer.render(WasmProgram.compile(compiled.wasm()), compiled.description(),
                RenderSpec.of((double) frames / RATE, RATE).withInput(input));
        renderNanos += System.nanoTime() - start;
        return out;
    }

    /** How many compiles, and the time spent compiling and rendering, for the tests to print. */
    String figures() {
        return compiles + " compiles in " + compileNanos / 1_000_000 + " ms, rendered in " + renderNanos / 1_000_000 + " ms";
    }
}
