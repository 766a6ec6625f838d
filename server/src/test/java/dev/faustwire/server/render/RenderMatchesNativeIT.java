package dev.faustwire.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.DspDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The wasm rendered in the JVM equals the same program compiled to C and run natively. */
class RenderMatchesNativeIT {
    private static final int RATE = 48000;
    private static final double TOLERANCE = 1e-5;
    private static final String LIB = "import(\"stdfaust.lib\");\n";

    static Stream<Arguments> programs() {
        return Stream.of(
                program("osc", "f = hslider(\"freq\", 440, 20, 2000, 1); process = os.osc(f) * 0.5;",
                        Map.of("freq", 330.0)),
                program("sawtooth", "process = os.sawtooth(220) * 0.5;", Map.of()),
                program("square-triangle", "process = os.square(110) * 0.3, os.triangle(331) * 0.3;", Map.of()),
                program("noise", "process = no.noise;", Map.of()),
                program("filtered-noise", "process = no.noise : fi.lowpass(4, 1000) : fi.resonlp(2000, 5, 0.5);",
                        Map.of()),
                program("osc-highpass", "process = os.osc(1000) : fi.highpass(2, 800);", Map.of()),
                program("zita-light", "process = dm.zita_light;", Map.of()),
                program("two-inputs", "process = _, _ : fi.lowpass(3, 2000), (_ : ef.cubicnl(0.5, 0));", Map.of()),
                program("grouped-params", """
                        f = hgroup("osc", hslider("freq", 440, 20, 2000, 1));
                        g = vgroup("out", hslider("gain", 0.5, 0, 1, 0.01));
                        q = vgroup("out", nentry("q", 1, 0.1, 10, 0.1));
                        on = checkbox("on");
                        process = os.osc(f) + os.osc(f * 3) * 0.3 : fi.resonlp(f * 2, q, g) : *(on);
                        """, Map.of("osc/freq", 550.0, "/main/out/gain", 0.8, "q", 4.0, "on", 1.0)),
                program("multi-output", "s = os.osc(200); process = s <: _, *(0.5), fi.lowpass(1, 500), sin, cos;",
                        Map.of()),
                program("math", """
                        x = os.osc(3) * 0.9;
                        process = sin(x) + cos(x) + tan(x) + asin(x) + acos(x) + atan(x) + atan2(x, 0.3),
                            exp(x) + log(x + 2) + log10(x + 2) + sqrt(x + 1) + pow(x + 1, 1.3) + abs(x),
                            floor(x * 3) + ceil(x * 3) + rint(x * 3) + fmod(x, 0.3) + remainder(x, 0.3),
                            ma.tanh(x) + ma.sinh(x) + ma.cosh(x) + ma.asinh(x) + ma.acosh(x + 2) + ma.atanh(x * 0.5),
                            min(x, 0.2) + max(x, 0.1) + ma.copysign(x, 0.2 - x) + (x > 0);
                        """, Map.of()));
    }

    private static Arguments program(String name, String body, Map<String, Double> params) {
        return Arguments.of(name, LIB + body, params);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void wasmInTheJvmMatchesNativeC(String name, String dsp, Map<String, Double> params) {
        Tools.Wasm compiled = Tools.wasm(dsp);
        DspDescription description = compiled.description();
        RenderSpec spec = RenderSpec.of(1, RATE)
                .withInput(decayingNoise(description.inputs(), RATE));
        Map<String, Double> byAddress = new LinkedHashMap<>();
        for (Map.Entry<String, Double> p : params.entrySet()) {
            spec = spec.withParam(p.getKey(), p.getValue());
            byAddress.put(ParamResolver.resolve(description, p.getKey()).address(), p.getValue());
        }
        float[][] jvm = Renderer.render(compiled.program(), description, spec);
        float[][] c = NativeRender.render(dsp, RATE, RATE, byAddress, spec.input());

        assertEquals(c.length, jvm.length, "output channels");
        double maxDiff = 0;
        double peak = 0;
        for (int ch = 0; ch < c.length; ch++) {
            for (int i = 0; i < RATE; i++) {
                maxDiff = Math.max(maxDiff, Math.abs((double) jvm[ch][i] - c[ch][i]));
                peak = Math.max(peak, Math.abs(c[ch][i]));
            }
        }
        System.out.printf("render matches native: %-16s %d out, peak %.4f, max |diff| %.3g%n",
                name, c.length, peak, maxDiff);
        assertTrue(peak > 1e-3, name + " makes sound, so the comparison means something");
        assertTrue(maxDiff <= TOLERANCE, name + ": max |jvm - c| = " + maxDiff);
    }

    /** Noise fading out over the second, so reverbs and filters get both signal and tail. */
    private static float[][] decayingNoise(int channels, int frames) {
        float[][] noise = Tools.noise(channels, frames, 0.5f, 42);
        for (float[] channel : noise) {
            for (int i = 0; i < frames; i++) {
                channel[i] *= (float) Math.exp(-4.0 * i / frames);
            }
        }
        return noise;
    }
}
