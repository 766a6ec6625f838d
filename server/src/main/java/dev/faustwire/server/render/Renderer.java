package dev.faustwire.server.render;

import dev.faustwire.server.render.RenderException.Code;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a compiled faust DSP offline: init, set controls, then compute block by block. */
public final class Renderer {
    public static final double MAX_SECONDS = 600;
    public static final int MIN_RATE = 1000;
    public static final int MAX_RATE = 384_000;
    /** The most output samples (frames times channels) one render may produce. */
    public static final long MAX_SAMPLES = 200_000_000L;

    private Renderer() {}

    /** The output audio, channels by frames. */
    public static float[][] render(WasmProgram program, DspDescription description, RenderSpec spec) {
        checkTiming(spec);
        Map<Integer, Double> zones = resolveParams(description, spec);
        WasmDsp dsp = program.instantiate();
        if (dsp.inputs() != description.inputs() || dsp.outputs() != description.outputs()) {
            throw new RenderException(Code.BAD_DESCRIPTION, "the description says " + description.inputs()
                    + " inputs and " + description.outputs() + " outputs, the wasm module " + dsp.inputs()
                    + " and " + dsp.outputs());
        }
        float[][] input = spec.input();
        if (input.length > dsp.inputs()) {
            throw new RenderException(Code.BAD_INPUT, "the input has " + input.length
                    + " channels, the DSP takes " + dsp.inputs());
        }
        long frames = spec.frames();
        if (frames * Math.max(1, dsp.outputs()) > MAX_SAMPLES) {
            throw new RenderException(Code.TOO_LONG, frames + " frames of " + dsp.outputs()
                    + " channels is more than " + MAX_SAMPLES + " samples; render less");
        }
        float[][] output = new float[dsp.outputs()][(int) frames];
        dsp.init(spec.sampleRate());
        zones.forEach(dsp::setParam);
        dsp.compute(input, output, 0, (int) frames);
        return output;
    }

    private static void checkTiming(RenderSpec spec) {
        if (!(spec.seconds() > 0 && spec.seconds() <= MAX_SECONDS)) {
            throw new RenderException(Code.BAD_DURATION,
                    "duration " + spec.seconds() + " s is not in (0, " + MAX_SECONDS + "] seconds");
        }
        if (spec.sampleRate() < MIN_RATE || spec.sampleRate() > MAX_RATE) {
            throw new RenderException(Code.BAD_SAMPLE_RATE,
                    "sample rate " + spec.sampleRate() + " Hz is not in [" + MIN_RATE + ", " + MAX_RATE + "]");
        }
    }

    /** Zone index to value, in the order the spec gives them. */
    private static Map<Integer, Double> resolveParams(DspDescription description, RenderSpec spec) {
        Map<Integer, Double> zones = new LinkedHashMap<>();
        spec.params().forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new RenderException(Code.BAD_PARAM_VALUE, "control '" + name + "' is set to " + value
                        + "; give a finite number");
            }
            zones.put(ParamResolver.resolve(description, name).index(), value);
        });
        return zones;
    }
}
