package dev.faustwire.session.live;

/**
 * The audio context's settings: sample rate in Hz (0: the device's own), latency hint
 * ({@code "interactive"}, {@code "balanced"} or {@code "playback"}) and output device id ({@code ""}: the default).
 */
public record AudioSettings(int sampleRate, String latency, String outputDevice) {
    public static final AudioSettings DEFAULT = new AudioSettings(0, "interactive", "");
}
