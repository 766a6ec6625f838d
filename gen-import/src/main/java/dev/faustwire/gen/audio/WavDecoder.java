package dev.faustwire.gen.audio;

/**
 * WAV: a RIFF (little-endian) or RIFX (big-endian) file of form WAVE, its {@code fmt } chunk read as PCM
 * (tag 1), IEEE float (tag 3) or WAVE_FORMAT_EXTENSIBLE (0xFFFE with one of those two sub-formats), its
 * {@code data} chunk as whole frames. Chunks may come in any order; the RIFF size field is not trusted
 * (writers get it wrong), every chunk size is checked against the bytes that follow.
 */
final class WavDecoder {
    private static final int TAG_PCM = 1;
    private static final int TAG_FLOAT = 3;
    private static final int TAG_EXTENSIBLE = 0xFFFE;
    /** The last 8 bytes of the KSDATAFORMAT_SUBTYPE GUIDs (the same in both byte orders). */
    private static final int[] GUID_TAIL = {0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71};
    /** A streaming writer's data size: the data runs to the end of the file. */
    private static final long SIZE_UNKNOWN = 0xFFFFFFFFL;

    private final ByteView view;
    private final boolean bigEndian;
    private SampleEncoding encoding;
    private int channels;
    private long rate;
    private int blockAlign;
    private long dataOffset = -1;
    private long dataSize;

    private WavDecoder(ByteView view, boolean bigEndian) {
        this.view = view;
        this.bigEndian = bigEndian;
    }

    static AudioData decode(ByteView view, int maxSamples) {
        boolean bigEndian = view.id(0).equals("RIFX");
        String form = view.id(8);
        if (!form.equals("WAVE")) {
            throw new BadAudio(AudioProblem.NOT_AUDIO, "a RIFF file of type '" + form + "', not WAVE audio");
        }
        WavDecoder decoder = new WavDecoder(view, bigEndian);
        decoder.readChunks();
        return decoder.audio(maxSamples);
    }

    private void readChunks() {
        long at = 12;
        while (view.has(at, 8)) {
            String id = view.id(at);
            long size = view.u32(at + 4, bigEndian);
            long body = at + 8;
            if (id.equals("fmt ") && encoding == null) {
                if (size < 16 || !view.has(body, size)) {
                    throw new BadAudio(AudioProblem.MALFORMED, "the fmt chunk is " + size + " bytes long"
                            + (size < 16 ? ", less than the 16 it needs" : " but the file ends before its end"));
                }
                format(body, size);
            } else if (id.equals("data") && dataOffset < 0) {
                dataOffset = body;
                dataSize = size == SIZE_UNKNOWN ? view.length() - body : size;
                if (!view.has(body, dataSize)) {
                    throw new BadAudio(AudioProblem.MALFORMED, "the data chunk claims " + size + " bytes but only "
                            + (view.length() - body) + " follow it (truncated?)");
                }
            }
            at = body + size + (size & 1);
        }
        if (encoding == null) {
            throw new BadAudio(AudioProblem.MALFORMED, "a WAV file without a fmt chunk");
        }
        if (dataOffset < 0) {
            throw new BadAudio(AudioProblem.MALFORMED, "a WAV file without a data chunk");
        }
    }

    private void format(long body, long size) {
        int tag = view.u16(body, bigEndian);
        channels = view.u16(body + 2, bigEndian);
        rate = view.u32(body + 4, bigEndian);
        blockAlign = view.u16(body + 12, bigEndian);
        int bits = view.u16(body + 14, bigEndian);
        if (tag == TAG_EXTENSIBLE) {
            if (size < 40) {
                throw new BadAudio(AudioProblem.MALFORMED, "a WAVE_FORMAT_EXTENSIBLE fmt chunk of " + size
                        + " bytes, less than the 40 it needs");
            }
            for (int i = 0; i < GUID_TAIL.length; i++) {
                if (view.u8(body + 32 + i) != GUID_TAIL[i]) {
                    throw new BadAudio(AudioProblem.UNSUPPORTED, "a WAVE_FORMAT_EXTENSIBLE file whose sub-format is"
                            + " not a standard one (PCM or IEEE float)");
                }
            }
            tag = (int) view.u32(body + 24, bigEndian);
        }
        if (channels == 0) {
            throw new BadAudio(AudioProblem.MALFORMED, "the fmt chunk says 0 channels");
        }
        if (rate == 0) {
            throw new BadAudio(AudioProblem.MALFORMED, "the fmt chunk says a sample rate of 0");
        }
        if (blockAlign == 0 || blockAlign % channels != 0) {
            throw new BadAudio(AudioProblem.MALFORMED, "the fmt chunk's frame size (" + blockAlign
                    + " bytes) is not a whole number of bytes per channel for " + channels + " channels");
        }
        int container = blockAlign / channels;
        if (bits == 0 || bits > 8 * container) {
            throw new BadAudio(AudioProblem.MALFORMED, "the fmt chunk says " + bits + "-bit samples in " + container
                    + "-byte slots");
        }
        if (tag == TAG_PCM && container <= 4) {
            encoding = new SampleEncoding(container == 1 ? SampleEncoding.Kind.UNSIGNED : SampleEncoding.Kind.SIGNED,
                    container, bigEndian);
        } else if (tag == TAG_FLOAT && (container == 4 || container == 8)) {
            encoding = new SampleEncoding(SampleEncoding.Kind.FLOAT, container, bigEndian);
        } else if (tag == TAG_PCM || tag == TAG_FLOAT) {
            throw new BadAudio(AudioProblem.UNSUPPORTED, (8 * container) + "-bit " + (tag == TAG_PCM ? "integer" : "float")
                    + " samples are not read (PCM of 8 to 32 bits and floats of 32 or 64 bits are)");
        } else {
            throw new BadAudio(AudioProblem.UNSUPPORTED, "WAV encoding " + encodingName(tag) + " is not read (PCM and"
                    + " IEEE float are); save the file as 16 or 24-bit PCM");
        }
    }

    private AudioData audio(int maxSamples) {
        long frames = dataSize / blockAlign;
        AudioLimits.check(frames, channels, maxSamples);
        double[] samples = encoding.readFrames(view, dataOffset, (int) frames, channels, blockAlign);
        return new AudioData((bigEndian ? "WAV (RIFX) " : "WAV ") + encoding.describe(), (int) frames, channels, rate,
                samples, encoding.exactPcmBits());
    }

    private static String encodingName(int tag) {
        String name = switch (tag) {
            case 2 -> "Microsoft ADPCM";
            case 6 -> "A-law";
            case 7 -> "mu-law";
            case 0x11 -> "IMA ADPCM";
            case 0x55 -> "MPEG layer 3";
            default -> "";
        };
        return (name.isEmpty() ? "" : name + " ") + "(format tag " + tag + ")";
    }
}
