package dev.faustwire.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.render.RenderException.Code;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WasmProgramTest {
    private static final String OSC = "import(\"stdfaust.lib\"); process = os.osc(hslider(\"freq\", 440, 1, 9000, 1));";

    @Test
    void garbageIsBadWasm() {
        for (byte[] bytes : new byte[][] {{}, {1, 2, 3}, "\0asm but not really".getBytes()}) {
            RenderException e = assertThrows(RenderException.class, () -> WasmProgram.compile(bytes));
            assertEquals(Code.BAD_WASM, e.code());
        }
    }

    @Test
    void moduleWithoutFaustExportsIsBadWasm() {
        // the smallest valid module: magic and version, nothing else
        byte[] empty = {0, 'a', 's', 'm', 1, 0, 0, 0};
        RenderException e = assertThrows(RenderException.class, () -> WasmProgram.compile(empty));
        assertEquals(Code.BAD_WASM, e.code());
        assertTrue(e.getMessage().contains("init"), e.getMessage());
    }

    @Test
    void reportsChannelsAndReadsBackControls() {
        Tools.Wasm compiled = Tools.wasm("process = _, _, _ : + , hslider(\"g\", 0.5, 0, 1, 0.1) * _;");
        WasmDsp dsp = compiled.program().instantiate();
        assertEquals(3, dsp.inputs());
        assertEquals(2, dsp.outputs());
        assertFalse(dsp.doublePrecision());
        int index = compiled.description().controls().get(0).index();
        dsp.init(48000);
        assertEquals(0.5, dsp.getParam(index), 1e-7);
        dsp.setParam(index, 0.25);
        assertEquals(0.25, dsp.getParam(index));
    }

    @Test
    void computeSplitsLongCallsIntoBlocks() {
        Tools.Wasm compiled = Tools.wasm("process = _ : + ~ _;"); // running sum: any lost block shows
        WasmDsp dsp = compiled.program().instantiate();
        dsp.init(48000);
        int frames = 3 * WasmDsp.MAX_BLOCK + 17;
        float[] ones = new float[frames];
        Arrays.fill(ones, 1);
        float[][] out = new float[1][frames + 5];
        dsp.compute(new float[][] {ones}, out, 5, frames - 5);
        assertEquals(0, out[0][4]);
        assertEquals(1, out[0][5]);
        assertEquals(frames - 5, out[0][frames - 1]);
        assertEquals(0, out[0][frames]);
    }

    @Test
    void computeRejectsArraysThatDoNotFitTheDsp() {
        WasmDsp dsp = Tools.wasm("process = _;").program().instantiate();
        dsp.init(48000);
        assertThrows(IllegalArgumentException.class, () -> dsp.compute(4, new float[2][4], new float[1][4]));
        assertThrows(IllegalArgumentException.class, () -> dsp.compute(4, new float[1][4], new float[2][4]));
    }

    @Test
    void doublePrecisionProgramsRunToo() {
        String dsp = "import(\"stdfaust.lib\"); t = (+(1) ~ _) - 1; process = sin(t * 2 * ma.PI * 1000 / ma.SR), _;";
        Tools.Wasm single = Tools.wasm(dsp);
        Tools.Wasm dbl = Tools.wasm(dsp, "-double");
        assertTrue(dbl.program().instantiate().doublePrecision());
        float[][] input = Tools.noise(1, 4800, 1, 3);
        RenderSpec spec = RenderSpec.of(0.1, 48000).withInput(input);
        float[][] a = Renderer.render(single.program(), single.description(), spec);
        float[][] b = Renderer.render(dbl.program(), dbl.description(), spec);
        assertArrayEquals(input[0], b[1], "float input survives a double DSP exactly");
        for (int i = 0; i < 4800; i++) {
            assertEquals(Math.sin(2 * Math.PI * 1000 * i / 48000), b[0][i], 1e-7, "double phase is exact");
            assertEquals(a[0][i], b[0][i], 1e-3, "single phase drifts a little");
        }
    }

    @Test
    void compilerAndInterpreterAgreeExactly() {
        Tools.Wasm compiled = Tools.wasm("import(\"stdfaust.lib\");"
                + "process = no.noise : fi.resonlp(1500, 3, 0.5) : ma.tanh <: _, (_ : atan2(0.3)) : re.mono_freeverb(0.5, 0.5, 0.5, 0), _;");
        RenderSpec spec = RenderSpec.of(0.05, 48000);
        float[][] fast = Renderer.render(compiled.program(), compiled.description(), spec);
        float[][] slow = Renderer.render(WasmProgram.interpreted(compiled.wasm()), compiled.description(), spec);
        assertArrayEquals(slow[0], fast[0]);
        assertArrayEquals(slow[1], fast[1]);
    }

    @Test
    void oneProgramServesManyThreads() throws Exception {
        Tools.Wasm compiled = Tools.wasm(OSC);
        WasmProgram program = compiled.program();
        DspDescription description = compiled.description();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[][]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                double freq = 100 + (i % 2) * 900;
                results.add(pool.submit(() -> Renderer.render(program, description,
                        RenderSpec.of(0.2, 48000).withParam("freq", freq))));
            }
            for (int i = 2; i < 8; i++) {
                assertArrayEquals(results.get(i % 2).get()[0], results.get(i).get()[0], "render " + i);
            }
            assertFalse(Arrays.equals(results.get(0).get()[0], results.get(1).get()[0]));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void interruptedRenderStops() {
        Tools.Wasm compiled = Tools.wasm(OSC);
        Thread.currentThread().interrupt();
        try {
            RenderException e = assertThrows(RenderException.class,
                    () -> Renderer.render(compiled.program(), compiled.description(), RenderSpec.of(10, 48000)));
            assertEquals(Code.INTERRUPTED, e.code());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void integerRemainderByZeroIsATrap() {
        Tools.Wasm compiled = Tools.wasm("process = int(_) % int(_);"); // silent input: x % 0
        RenderException e = assertThrows(RenderException.class,
                () -> Renderer.render(compiled.program(), compiled.description(), RenderSpec.of(0.01, 48000)));
        assertEquals(Code.WASM_TRAP, e.code());
    }

    @Test
    void hugeFunctionFallsBackToTheInterpreter() {
        Tools.Wasm compiled = Tools.wasm("import(\"stdfaust.lib\");"
                + "process = par(i, 250, os.osc(100 + i * 37) : fi.resonlp(1000 + i * 10, 2, 0.1)) :> _;");
        WasmProgram program = compiled.program();
        assertTrue(program.partlyInterpreted());
        assertFalse(Tools.wasm(OSC).program().partlyInterpreted());
        float[][] out = Renderer.render(program, compiled.description(), RenderSpec.of(0.005, 48000));
        assertEquals(240, out[0].length);
        assertTrue(Math.abs(out[0][239]) > 0, "the interpreted program makes sound");
    }
}
