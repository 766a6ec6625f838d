package dev.faustwire.session.live;

import java.util.List;

/** The choices the audio settings dialog offers, and what a change of settings asks of the engine. */
public final class AudioSettingsChoices {
    /** 0 is the device's own rate. */
    public static final List<Integer> SAMPLE_RATES = List.of(0, 44100, 48000, 88200, 96000);
    public static final List<String> LATENCIES = List.of("interactive", "balanced", "playback");

    private AudioSettingsChoices() {
    }

    /** What the sample rate choice says: "device default" or "48000 Hz". */
    public static String rateLabel(int rate) {
        return rate == 0 ? "device default" : rate + " Hz";
    }

    /** The settings with what a person chose, unknown choices falling back to the defaults. */
    public static AudioSettings chosen(int sampleRate, String latency, String outputDevice) {
        return new AudioSettings(SAMPLE_RATES.contains(sampleRate) ? sampleRate : 0,
                LATENCIES.contains(latency) ? latency : AudioSettings.DEFAULT.latency(),
                outputDevice == null ? "" : outputDevice);
    }

    /**
     * True when going from one to the other needs a new audio context (the rate or the latency hint is
     * fixed when a context is made); an output device alone is changed in place where the browser can.
     */
    public static boolean needsNewContext(AudioSettings from, AudioSettings to) {
        return from.sampleRate() != to.sampleRate() || !from.latency().equals(to.latency());
    }
}
