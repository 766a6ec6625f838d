package dev.faustwire.server.render;

import dev.faustwire.server.render.WavException.Code;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Parses one WAV file held in memory; every offset is checked before it is read. */
final class WavReader {
    private final ByteBuffer in;
    private int fmtOffset = -1;
    private int fmtSize;
    private int dataOffset = -1;
    private int dataSize;

    WavReader(byte[] bytes) {
        in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    Audio read() {
        if (in.limit() < 12) {
            throw new WavException(Code.TRUNCATED, "only " + in.limit() + " bytes: too short for a WAV file");
        }
        String riff = fourCc(0);
        if (riff.equals("RIFX") || riff.equals("RF64")) {
            throw new WavException(Code.UNSUPPORTED, riff + " files are not supported; use a plain RIFF WAV");
        }
        if (!riff.equals("RIFF") || !fourCc(8).equals("WAVE")) {
            throw new WavException(Code.NOT_RIFF, "not a WAV file: it does not start with RIFF....WAVE");
        }
        findChunks();
        if (fmtOffset < 0) {
            throw new WavException(Code.NO_FORMAT, "the WAV file has no 'fmt ' chunk");
        }
        if (dataOffset < 0) {
            throw new WavException(Code.NO_DATA, "the WAV file has no 'data' chunk");
        }
        return decode(WavFormat.parse(in, fmtOffset, fmtSize));
    }

    /** Walks the chunks after "WAVE", remembering the first 'fmt ' and 'data'; others are skipped. */
    private void findChunks() {
        long at = 12;
        while (at + 8 <= in.limit() && (fmtOffset < 0 || dataOffset < 0)) {
            String id = fourCc((int) at);
            long size = Integer.toUnsignedLong(in.getInt((int) at + 4));
            long body = at + 8;
            if (body + size > in.limit()) {
                throw new WavException(Code.TRUNCATED, "chunk '" + printable(id) + "' says " + size
                        + " bytes but only " + (in.limit() - body) + " follow");
            }
            if (id.equals("fmt ") && fmtOffset < 0) {
                fmtOffset = (int) body;
                fmtSize = (int) size;
            } else if (id.equals("data") && dataOffset < 0) {
                dataOffset = (int) body;
                dataSize = (int) size;
            }
            at = body + size + (size & 1); // chunks are padded to an even size
        }
    }

    private Audio decode(WavFormat format) {
        int frameBytes = format.channels() * format.bytesPerSample();
        int frames = dataSize / frameBytes;
        float[][] channels = new float[format.channels()][frames];
        int at = dataOffset;
        for (int i = 0; i < frames; i++) {
            for (float[] channel : channels) {
                channel[i] = sample(format, at);
                at += format.bytesPerSample();
            }
        }
        return new Audio(channels, format.sampleRate());
    }

    private float sample(WavFormat format, int at) {
        if (format.isFloat()) {
            return format.bits() == 32 ? in.getFloat(at) : (float) in.getDouble(at);
        }
        return switch (format.bits()) {
            case 8 -> ((in.get(at) & 0xFF) - 128) / 128f;
            case 16 -> in.getShort(at) / 32768f;
            case 24 -> (((in.get(at + 2) << 16) | ((in.get(at + 1) & 0xFF) << 8) | (in.get(at) & 0xFF))) / 8388608f;
            default -> (float) (in.getInt(at) / 2147483648.0);
        };
    }

    private String fourCc(int at) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (in.get(at + i) & 0xFF);
        }
        return new String(chars);
    }

    private static String printable(String id) {
        char[] chars = id.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = chars[i] >= 32 && chars[i] < 127 ? chars[i] : '?';
        }
        return new String(chars);
    }

    static boolean guidTailMatches(ByteBuffer in, int at) {
        byte[] tail = new byte[Wav.GUID_TAIL.length];
        in.get(at, tail);
        return Arrays.equals(tail, Wav.GUID_TAIL);
    }
}
