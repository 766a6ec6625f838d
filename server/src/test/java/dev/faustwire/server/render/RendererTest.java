package dev.faustwire.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.render.RenderException.Code;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static final String GAIN = "process = hslider(\"gain\", 0.5, 0, 1, 0.01);";

    @Test
    void zeroIsSilence() {
        float[][] out = Tools.render("process = 0;", RenderSpec.of(0.1, 48000));
        assertEquals(1, out.length);
        assertEquals(4800, out[0].length);
        assertArrayEquals(new float[4800], out[0]);
    }

    @Test
    void constantIsExact() {
        float[][] out = Tools.render("process = 0.25, -1;", RenderSpec.of(0.05, 44100));
        assertEquals(2, out.length);
        assertEquals(2205, out[0].length);
        assertTrue(all(out[0], 0.25f), "every sample is 0.25");
        assertTrue(all(out[1], -1f), "every sample is -1");
    }

    @Test
    void framesAreTheRoundedDurationAndAtLeastOne() {
        assertEquals(1, RenderSpec.of(1e-9, 48000).frames());
        assertEquals(24000, RenderSpec.of(0.5, 48000).frames());
        assertEquals(3, RenderSpec.of(0.00251, 1000).frames());
        float[][] out = Tools.render("process = 1;", RenderSpec.of(1e-9, 48000));
        assertEquals(1, out[0].length);
    }

    @Test
    void controlStartsAtItsInitValue() {
        float[][] out = Tools.render(GAIN, RenderSpec.of(0.01, 48000));
        assertTrue(all(out[0], 0.5f));
    }

    @Test
    void paramByExactAddressAndBySuffix() {
        Tools.Wasm compiled = Tools.wasm(GAIN);
        DspDescription description = compiled.description();
        WasmProgram program = compiled.program();
        for (String name : new String[] {"/main/gain", "main/gain", "gain", "/gain"}) {
            float[][] out = Renderer.render(program, description, RenderSpec.of(0.01, 48000).withParam(name, 0.75));
            assertTrue(all(out[0], 0.75f), name + " sets the slider");
        }
    }

    @Test
    void paramValuesAreNotClampedToTheSliderRange() {
        float[][] out = Tools.render(GAIN, RenderSpec.of(0.01, 48000).withParam("gain", 3));
        assertTrue(all(out[0], 3f));
    }

    @Test
    void secondRenderOfOneProgramStartsFresh() {
        Tools.Wasm compiled = Tools.wasm("import(\"stdfaust.lib\"); process = os.osc(hslider(\"f\", 440, 1, 9000, 1));");
        WasmProgram program = compiled.program();
        RenderSpec spec = RenderSpec.of(0.02, 48000);
        float[][] first = Renderer.render(program, compiled.description(), spec.withParam("f", 1000));
        float[][] second = Renderer.render(program, compiled.description(), spec);
        float[][] third = Renderer.render(program, compiled.description(), spec.withParam("f", 1000));
        assertArrayEquals(first[0], third[0]);
        assertTrue(!Arrays.equals(first[0], second[0]), "the param of the first render does not leak");
    }

    @Test
    void unknownParamListsTheKnownAddresses() {
        Tools.Wasm compiled = Tools.wasm(GAIN);
        RenderException e = assertThrows(RenderException.class, () -> Renderer.render(
                compiled.program(), compiled.description(), RenderSpec.of(0.01, 48000).withParam("volume", 1)));
        assertEquals(Code.UNKNOWN_PARAM, e.code());
        assertTrue(e.getMessage().contains("/main/gain"), e.getMessage());
    }

    @Test
    void nonFiniteParamIsRejected() {
        Tools.Wasm compiled = Tools.wasm(GAIN);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            RenderException e = assertThrows(RenderException.class, () -> Renderer.render(
                    compiled.program(), compiled.description(), RenderSpec.of(0.01, 48000).withParam("gain", bad)));
            assertEquals(Code.BAD_PARAM_VALUE, e.code());
        }
    }

    @Test
    void passthroughReturnsTheInputExactly() {
        float[][] input = Tools.noise(1, 4800, 1, 7);
        input[0][5] = Float.MIN_VALUE; // a subnormal survives: no flush to zero
        float[][] out = Tools.render("process = _;", RenderSpec.of(0.1, 48000).withInput(input));
        assertArrayEquals(input[0], out[0]);
    }

    @Test
    void missingInputChannelsAreSilentAndMissingFramesZero() {
        float[][] input = Tools.noise(1, 1000, 0.5f, 8);
        float[][] out = Tools.render("process = _, _;", RenderSpec.of(0.05, 48000).withInput(input));
        assertEquals(2400, out[0].length);
        assertArrayEquals(input[0], Arrays.copyOf(out[0], 1000));
        assertArrayEquals(new float[1400], Arrays.copyOfRange(out[0], 1000, 2400));
        assertArrayEquals(new float[2400], out[1]);
    }

    @Test
    void longerInputIsCutToTheDuration() {
        float[][] input = Tools.noise(2, 10000, 0.5f, 9);
        float[][] out = Tools.render("process = _, _ :> _;", RenderSpec.of(0.01, 48000).withInput(input));
        assertEquals(480, out[0].length);
        for (int i = 0; i < 480; i++) {
            assertEquals(input[0][i] + input[1][i], out[0][i]);
        }
    }

    @Test
    void extraInputChannelsAreAnError() {
        RenderException e = assertThrows(RenderException.class, () -> Tools.render("process = _;",
                RenderSpec.of(0.01, 48000).withInput(Tools.noise(2, 10, 1, 1))));
        assertEquals(Code.BAD_INPUT, e.code());
    }

    @Test
    void durationIsChecked() {
        Tools.Wasm compiled = Tools.wasm("process = 0;");
        for (double seconds : new double[] {0, -1, Double.NaN, 600.001, Double.POSITIVE_INFINITY}) {
            RenderException e = assertThrows(RenderException.class,
                    () -> Renderer.render(compiled.program(), compiled.description(), RenderSpec.of(seconds, 48000)));
            assertEquals(Code.BAD_DURATION, e.code(), "seconds " + seconds);
        }
    }

    @Test
    void sampleRateIsChecked() {
        Tools.Wasm compiled = Tools.wasm("process = 0;");
        for (int rate : new int[] {0, -48000, 999, 384_001}) {
            RenderException e = assertThrows(RenderException.class,
                    () -> Renderer.render(compiled.program(), compiled.description(), RenderSpec.of(1, rate)));
            assertEquals(Code.BAD_SAMPLE_RATE, e.code(), "rate " + rate);
        }
        assertEquals(1000, Renderer.render(compiled.program(), compiled.description(), RenderSpec.of(1, 1000))[0].length);
    }

    @Test
    void tooManySamplesAreRefusedBeforeRendering() {
        Tools.Wasm compiled = Tools.wasm("process = 0, 0;");
        RenderException e = assertThrows(RenderException.class,
                () -> Renderer.render(compiled.program(), compiled.description(), RenderSpec.of(600, 384_000)));
        assertEquals(Code.TOO_LONG, e.code());
    }

    @Test
    void descriptionOfAnotherProgramIsRefused() {
        Tools.Wasm mono = Tools.wasm("process = 0;");
        Tools.Wasm stereo = Tools.wasm("process = 0, 0;");
        RenderException e = assertThrows(RenderException.class,
                () -> Renderer.render(mono.program(), stereo.description(), RenderSpec.of(0.1, 48000)));
        assertEquals(Code.BAD_DESCRIPTION, e.code());
    }

    static boolean all(float[] samples, float value) {
        for (float s : samples) {
            if (Float.compare(s, value) != 0) {
                return false;
            }
        }
        return samples.length > 0;
    }
}
