package dev.faustwire.gen.audio;

/** The checks every decoder makes before it allocates: some frames, not more samples than the caller takes. */
final class AudioLimits {
    private AudioLimits() {
    }

    static void check(long frames, int channels, int maxSamples) {
        if (frames <= 0) {
            throw new BadAudio(AudioProblem.MALFORMED, "the file holds no sample frames");
        }
        long samples = frames * channels;
        if (samples > maxSamples) {
            throw new BadAudio(AudioProblem.TOO_LARGE, frames + " frames of " + channels + (channels == 1 ? " channel" : " channels")
                    + " are " + samples + " samples, more than the " + maxSamples + " a table of the import holds");
        }
    }
}
