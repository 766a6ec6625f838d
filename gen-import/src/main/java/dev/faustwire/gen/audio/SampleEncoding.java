package dev.faustwire.gen.audio;

/**
 * How one sample is stored: a signed or unsigned integer or an IEEE float, in {@code bytes} bytes, in
 * either byte order. Integers read as Max and libsndfile do, k / 2^(bits-1) over the container's bits
 * (a 24-bit value in a 32-bit container is left-justified, so its value is the same).
 */
final class SampleEncoding {
    enum Kind { SIGNED, UNSIGNED, FLOAT }

    private final Kind kind;
    private final int bytes;
    private final boolean bigEndian;

    SampleEncoding(Kind kind, int bytes, boolean bigEndian) {
        this.kind = kind;
        this.bytes = bytes;
        this.bigEndian = bigEndian;
    }

    int bytes() {
        return bytes;
    }

    /** The bits of an integer encoding every sample of which a float holds exactly (8, 16, 24), else 0. */
    int exactPcmBits() {
        return kind != Kind.FLOAT && bytes <= 3 ? 8 * bytes : 0;
    }

    /** In words: {@code 16-bit PCM}, {@code 8-bit unsigned PCM}, {@code 32-bit float}. */
    String describe() {
        return (8 * bytes) + "-bit " + (kind == Kind.FLOAT ? "float" : kind == Kind.UNSIGNED ? "unsigned PCM" : "PCM");
    }

    /** The sample at an offset, as Max's buffer~ holds it: a 32-bit float, widened to double. */
    double read(ByteView view, long offset) {
        if (kind == Kind.FLOAT) {
            if (bytes == 4) {
                return Float.intBitsToFloat((int) view.signed(offset, 4, bigEndian));
            }
            return (float) Double.longBitsToDouble(view.signed(offset, 8, bigEndian));
        }
        long value = kind == Kind.UNSIGNED ? view.u8(offset) - 128 : view.signed(offset, bytes, bigEndian);
        return (float) (value / (double) (1L << (8 * bytes - 1)));
    }

    /**
     * Reads {@code frames} frames of {@code channels} samples each, {@code frameBytes} apart, from {@code offset},
     * into one array channel after channel. The caller has checked that the bytes are there.
     */
    double[] readFrames(ByteView view, long offset, int frames, int channels, int frameBytes) {
        double[] out = new double[frames * channels];
        for (int f = 0; f < frames; f++) {
            long at = offset + (long) f * frameBytes;
            for (int c = 0; c < channels; c++) {
                out[c * frames + f] = read(view, at + (long) c * bytes);
            }
        }
        return out;
    }
}
