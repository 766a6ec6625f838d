package dev.faustwire.gen.audio;

/**
 * A decoded audio file: {@code frames} frames of {@code channels} channels at {@code sampleRate}, its
 * samples as doubles channel after channel (sample(ch, frame) at {@code ch * frames + frame}, the flat index
 * of a Gen table), already rounded to 32-bit float as Max's {@code buffer~} holds them. {@code pcmBits} is the
 * bits of an integer encoding of 8, 16 or 24 bits (every sample is then k / 2^(pcmBits-1) for an int k), else 0.
 */
public final class AudioData {
    private final String format;
    private final int frames;
    private final int channels;
    private final double sampleRate;
    private final double[] samples;
    private final int pcmBits;

    AudioData(String format, int frames, int channels, double sampleRate, double[] samples, int pcmBits) {
        this.format = format;
        this.frames = frames;
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.samples = samples;
        this.pcmBits = pcmBits;
    }

    /** What the file is, in words: {@code WAV 16-bit PCM}, {@code AIFC 32-bit float}. */
    public String format() {
        return format;
    }

    public int frames() {
        return frames;
    }

    public int channels() {
        return channels;
    }

    public double sampleRate() {
        return sampleRate;
    }

    /** The sample of a channel at a frame. */
    public double sample(int channel, int frame) {
        return samples[channel * frames + frame];
    }

    /** All samples, channel after channel (a copy). */
    public double[] samples() {
        return samples.clone();
    }

    /** The bits of an 8, 16 or 24-bit integer encoding, or 0. */
    public int pcmBits() {
        return pcmBits;
    }

    /** The number of samples, frames times channels. */
    public int size() {
        return samples.length;
    }
}
