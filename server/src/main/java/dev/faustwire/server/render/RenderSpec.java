package dev.faustwire.server.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to render: a duration, a sample rate, control values by address (exact, or a unique suffix such
 * as "freq" for "/main/freq") and optional input audio, channels by frames. {@link Renderer} validates it.
 */
public record RenderSpec(double seconds, int sampleRate, Map<String, Double> params, float[][] input) {
    public RenderSpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        input = input == null ? new float[0][] : input.clone();
    }

    /** A render with no control values and no input. */
    public static RenderSpec of(double seconds, int sampleRate) {
        return new RenderSpec(seconds, sampleRate, Map.of(), null);
    }

    /** This spec with one more control value. */
    public RenderSpec withParam(String address, double value) {
        Map<String, Double> more = new LinkedHashMap<>(params);
        more.put(address, value);
        return new RenderSpec(seconds, sampleRate, more, input);
    }

    /** This spec with the given input audio; channels the DSP has beyond these are silent. */
    public RenderSpec withInput(float[][] audio) {
        return new RenderSpec(seconds, sampleRate, params, audio);
    }

    /** The number of frames to render: the duration in samples, at least one. */
    public long frames() {
        return Math.max(1, Math.round(seconds * sampleRate));
    }
}
