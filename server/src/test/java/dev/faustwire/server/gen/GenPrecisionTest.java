package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.render.WasmDsp;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Programs that import gen.lib compile with {@code -double} through the compile service (its cache
 * key says so) and directly; others stay in float. The one-pole {@code y = x + 0.5 * history(y)},
 * generated from its golden patch, renders within 1e-12 of the same recursion computed in Java.
 */
class GenPrecisionTest {
    private static final Path GOLDEN = Path.of("../codegen/src/test/resources/golden");
    private static FaustCompiler compiler;

    @BeforeAll
    static void start() {
        compiler = new FaustCompiler(SandboxLimits.DEFAULT);
    }

    static WasmDsp instantiate(CompileOutcome outcome) {
        CompileOutcome.Compiled compiled = assertInstanceOf(CompileOutcome.Compiled.class, outcome, outcome.toString());
        WasmDsp dsp = WasmProgram.compile(compiled.wasm()).instantiate();
        dsp.init(48000);
        return dsp;
    }

    static String generated(String golden) throws Exception {
        Patch patch = PatchReader.read(Files.readString(GOLDEN.resolve(golden).resolve("patch.json"))).patch();
        CodegenResult result = Codegen.generate(patch, BundledIndex.get());
        assertTrue(result.ok(), result.diagnostics().toString());
        return result.code();
    }

    @Test
    void onlyProgramsImportingGenLibAreCompiledInDouble() {
        assertEquals(List.of("-lang", "wasm", "-double"), FaustCompiler.optionsFor("gen = library(\"gen.lib\");", FaustCompiler.MONO));
        assertEquals(FaustCompiler.MONO, FaustCompiler.optionsFor("import(\"stdfaust.lib\");", FaustCompiler.MONO));
        assertTrue(instantiate(compiler.compile("gen = library(\"gen.lib\");\nprocess = gen.history(0);", "main")).doublePrecision());
        assertFalse(instantiate(compiler.compile("process = mem;", "main")).doublePrecision());
    }

    @Test
    void theCompileServiceCachesTheDoubleCompileUnderItsOwnKey() throws Exception {
        try (CompileService service = new CompileService(compiler, 1, 8, 16L << 20)) {
            Program program = Program.ofDsp("main", generated("gen-history-one-pole"));
            assertTrue(instantiate(service.compile(program)).doublePrecision());
            assertTrue(instantiate(service.compile(program)).doublePrecision());
            assertEquals(1, service.compileCount(), "the second compile is a cache hit");
            assertNotEquals(service.key(program), service.key(Program.ofDsp("main", "process = mem;")));
        }
    }

    @Test
    void theOnePoleThroughHistoryRendersWhatJavaComputes() throws Exception {
        WasmDsp dsp = instantiate(compiler.compile(generated("gen-history-one-pole"), "main"));
        int frames = 4096;
        double[] x = TestSignals.noise(frames, 7);
        double[][] out = {new double[frames]};
        dsp.computeDouble(new double[][] {x}, out, 0, frames);
        double y = 0;
        double worst = 0;
        for (int n = 0; n < frames; n++) {
            y = x[n] + 0.5 * y;
            worst = Math.max(worst, Math.abs(out[0][n] - y));
        }
        System.out.println("gen.history one-pole: max |diff| against Java " + worst + " over " + frames + " samples");
        assertTrue(worst < 1e-12, "max |diff| " + worst);
    }
}
