package dev.faustwire.server.render;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * WAV files: written as 32-bit IEEE float (WAVE_FORMAT_EXTENSIBLE beyond two channels, as the format
 * asks); read from 8/16/24/32-bit PCM or 32/64-bit float, plain or extensible.
 */
public final class Wav {
    static final int FORMAT_PCM = 1;
    static final int FORMAT_FLOAT = 3;
    static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of the KSDATAFORMAT_SUBTYPE GUIDs, after the two bytes of the format tag. */
    static final byte[] GUID_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71};

    private Wav() {}

    /** A 32-bit float WAV of the channels (all of one length) at the sample rate. */
    public static byte[] write(float[][] channels, int sampleRate) {
        int count = channels.length;
        if (count < 1 || count > 0xFFFF || sampleRate < 1) {
            throw new IllegalArgumentException(count + " channels at " + sampleRate + " Hz cannot be written");
        }
        int frames = channels[0].length;
        for (float[] channel : channels) {
            if (channel.length != frames) {
                throw new IllegalArgumentException("channels of different lengths");
            }
        }
        boolean extensible = count > 2;
        int fmtSize = extensible ? 40 : 18;
        long dataSize = 4L * frames * count;
        long total = 12 + (8 + fmtSize) + (8 + 4) + 8 + dataSize;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too much audio for one WAV file: " + dataSize + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt((int) (total - 8)).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(fmtSize);
        out.putShort((short) (extensible ? FORMAT_EXTENSIBLE : FORMAT_FLOAT)).putShort((short) count);
        out.putInt(sampleRate).putInt((int) (4L * sampleRate * count)).putShort((short) (4 * count)).putShort((short) 32);
        if (extensible) {
            int mask = count <= 18 ? (1 << count) - 1 : 0; // FL FR FC LFE BL BR ...: 6 channels are 5.1
            out.putShort((short) 22).putShort((short) 32).putInt(mask);
            out.putShort((short) FORMAT_FLOAT).put(GUID_TAIL);
        } else {
            out.putShort((short) 0);
        }
        out.put(ascii("fact")).putInt(4).putInt(frames);
        out.put(ascii("data")).putInt((int) dataSize);
        for (int i = 0; i < frames; i++) {
            for (float[] channel : channels) {
                out.putFloat(channel[i]);
            }
        }
        return out.array();
    }

    /** The audio of a WAV file; anything malformed or unsupported is a {@link WavException}. */
    public static Audio read(byte[] bytes) {
        return new WavReader(bytes).read();
    }

    static byte[] ascii(String fourCc) {
        return fourCc.getBytes(StandardCharsets.US_ASCII);
    }
}
