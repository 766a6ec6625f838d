package dev.faustwire.gen.audio;

/**
 * AIFF and AIFC: an IFF {@code FORM} (big-endian) whose {@code COMM} chunk gives channels, frames, sample
 * size and the rate as an 80-bit extended float, and whose {@code SSND} chunk holds the frames after its
 * offset. AIFC compression types read: {@code NONE}, {@code twos}, {@code in24}, {@code in32} (big-endian
 * integers), {@code sowt} (little-endian), {@code raw } (8-bit offset binary), {@code fl32}, {@code fl64}.
 */
final class AiffDecoder {
    private final ByteView view;
    private final boolean aifc;
    private long commAt = -1;
    private long commSize;
    private long ssndAt = -1;
    private long ssndSize;

    private AiffDecoder(ByteView view, boolean aifc) {
        this.view = view;
        this.aifc = aifc;
    }

    static AudioData decode(ByteView view, int maxSamples) {
        String form = view.id(8);
        if (!form.equals("AIFF") && !form.equals("AIFC")) {
            throw new BadAudio(AudioProblem.NOT_AUDIO, "an IFF file of type '" + form + "', not AIFF audio");
        }
        AiffDecoder decoder = new AiffDecoder(view, form.equals("AIFC"));
        decoder.readChunks();
        return decoder.audio(maxSamples);
    }

    private void readChunks() {
        long at = 12;
        while (view.has(at, 8)) {
            String id = view.id(at);
            long size = view.u32(at + 4, true);
            long body = at + 8;
            if (id.equals("COMM") && commAt < 0) {
                commAt = body;
                commSize = size;
            } else if (id.equals("SSND") && ssndAt < 0) {
                ssndAt = body;
                ssndSize = size;
            }
            at = body + size + (size & 1);
        }
        if (commAt < 0) {
            throw new BadAudio(AudioProblem.MALFORMED, "an AIFF file without a COMM chunk");
        }
        int needed = aifc ? 22 : 18;
        if (commSize < needed || !view.has(commAt, commSize)) {
            throw new BadAudio(AudioProblem.MALFORMED, "the COMM chunk is " + commSize + " bytes long" + (commSize < needed
                    ? ", less than the " + needed + " it needs" : " but the file ends before its end"));
        }
    }

    private AudioData audio(int maxSamples) {
        int channels = view.u16(commAt, true);
        long frames = view.u32(commAt + 2, true);
        int bits = view.u16(commAt + 6, true);
        double rate = extended(commAt + 8);
        String compression = aifc ? view.id(commAt + 18) : "NONE";
        if (channels == 0 || channels > 0x7fff) {
            throw new BadAudio(AudioProblem.MALFORMED, "the COMM chunk says " + channels + " channels");
        }
        if (!(rate > 0) || rate > 1.0e7) {
            throw new BadAudio(AudioProblem.MALFORMED, "the COMM chunk's sample rate is not a rate (0, negative, or over 10 MHz)");
        }
        SampleEncoding encoding = encoding(compression, bits);
        if (ssndAt < 0) {
            AudioLimits.check(frames, channels, maxSamples);
            throw new BadAudio(AudioProblem.MALFORMED, "the COMM chunk says " + frames + " frames but there is no SSND chunk");
        }
        if (ssndSize < 8 || !view.has(ssndAt, 8)) {
            throw new BadAudio(AudioProblem.MALFORMED, "the SSND chunk is too short for its header");
        }
        long offset = view.u32(ssndAt, true);
        long start = ssndAt + 8 + offset;
        long available = Math.min(ssndSize - 8 - offset, view.length() - start);
        long frameBytes = (long) channels * encoding.bytes();
        if (offset > ssndSize - 8 || available < 0 || frames * frameBytes > available) {
            throw new BadAudio(AudioProblem.MALFORMED, "the COMM chunk says " + frames + " frames (" + (frames * frameBytes)
                    + " bytes) but the SSND chunk holds " + Math.max(0, available) + " bytes of them (truncated?)");
        }
        AudioLimits.check(frames, channels, maxSamples);
        double[] samples = encoding.readFrames(view, start, (int) frames, channels, (int) frameBytes);
        return new AudioData((aifc ? "AIFC " : "AIFF ") + encoding.describe(), (int) frames, channels, rate, samples,
                encoding.exactPcmBits());
    }

    private SampleEncoding encoding(String compression, int bits) {
        int bytes = (bits + 7) / 8;
        switch (compression) {
            case "NONE", "twos", "sowt", "in24", "in32", "raw " -> {
                int expected = compression.equals("in24") ? 3 : compression.equals("in32") ? 4 : compression.equals("raw ") ? 1 : 0;
                if (expected != 0) {
                    bytes = expected;
                } else if (bits < 1 || bits > 32) {
                    throw new BadAudio(AudioProblem.MALFORMED, "the COMM chunk says " + bits + "-bit samples");
                }
                boolean unsigned = compression.equals("raw ");
                return new SampleEncoding(unsigned ? SampleEncoding.Kind.UNSIGNED : SampleEncoding.Kind.SIGNED, bytes,
                        !compression.equals("sowt"));
            }
            case "fl32", "FL32" -> {
                return new SampleEncoding(SampleEncoding.Kind.FLOAT, 4, true);
            }
            case "fl64", "FL64" -> {
                return new SampleEncoding(SampleEncoding.Kind.FLOAT, 8, true);
            }
            default -> throw new BadAudio(AudioProblem.UNSUPPORTED, "AIFC compression '" + compression + "' is not read"
                    + " (uncompressed, sowt, fl32 and fl64 are); save the file as 16 or 24-bit PCM");
        }
    }

    /** An 80-bit IEEE extended float (sign, 15-bit exponent, 64-bit mantissa with its integer bit), as a double. */
    private double extended(long at) {
        int head = view.u16(at, true);
        long mantissa = view.signed(at + 2, 8, true);
        int exponent = (head & 0x7fff) - 16383 - 63;
        if ((head & 0x7fff) == 0x7fff || mantissa == 0) {
            return (head & 0x7fff) == 0x7fff ? Double.NaN : 0.0;
        }
        double value = (double) (mantissa >>> 11) * 2048.0;
        while (exponent > 0 && value < 1.0e300) {
            value *= 2.0;
            exponent--;
        }
        while (exponent < 0 && value > 0) {
            value *= 0.5;
            exponent++;
        }
        return (head & 0x8000) != 0 ? -value : value;
    }
}
