package dev.faustwire.server.render;

/** Audio read from a file: channels by frames, as floats nominally in [-1, 1], and its sample rate. */
public record Audio(float[][] channels, int sampleRate) {
    public int channelCount() {
        return channels.length;
    }

    public int frames() {
        return channels.length == 0 ? 0 : channels[0].length;
    }
}
