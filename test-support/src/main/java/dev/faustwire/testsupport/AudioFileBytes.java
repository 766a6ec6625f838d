package dev.faustwire.testsupport;

import java.io.ByteArrayOutputStream;

/**
 * WAV and AIFF files built byte by byte for tests, written here from the formats' specifications (not by the
 * decoder under test): sample data in any encoding, chunks with any (also lying) sizes, whole files.
 */
public final class AudioFileBytes {
    /** KSDATAFORMAT_SUBTYPE_PCM (tag 1) or _IEEE_FLOAT (tag 3) after its 4-byte tag, as a little-endian WAV stores it. */
    private static final int[] GUID_AFTER_TAG = {0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71};

    private AudioFileBytes() {
    }

    /** Integer samples (interleaved) in {@code bytes} bytes each; 1-byte samples unsigned (WAV) when {@code offset8}. */
    public static byte[] ints(long[] interleaved, int bytes, boolean bigEndian, boolean offset8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long v : interleaved) {
            long stored = bytes == 1 && offset8 ? v + 128 : v;
            put(out, stored, bytes, bigEndian);
        }
        return out.toByteArray();
    }

    /** IEEE float samples (interleaved), 4 or 8 bytes each. */
    public static byte[] floats(double[] interleaved, int bytes, boolean bigEndian) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (double v : interleaved) {
            put(out, bytes == 4 ? Float.floatToRawIntBits((float) v) & 0xffffffffL : Double.doubleToRawLongBits(v), bytes,
                    bigEndian);
        }
        return out.toByteArray();
    }

    /** A chunk: four-letter id, the size given (true or not), the body, a pad byte after an odd body. */
    public static byte[] chunk(String id, long size, byte[] body, boolean bigEndian) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(id));
        put(out, size, 4, bigEndian);
        out.writeBytes(body);
        if (body.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /** A chunk whose size is its body's. */
    public static byte[] chunk(String id, byte[] body, boolean bigEndian) {
        return chunk(id, body.length, body, bigEndian);
    }

    /** A RIFF/RIFX (or FORM) container: magic, the size of what follows, the form type, the chunks. */
    public static byte[] container(String magic, String form, boolean bigEndian, byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii(form));
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(magic));
        put(out, body.size(), 4, bigEndian);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** A 16-byte fmt chunk body. */
    public static byte[] fmt(int tag, int channels, long rate, int blockAlign, int bits, boolean bigEndian) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        put(out, tag, 2, bigEndian);
        put(out, channels, 2, bigEndian);
        put(out, rate, 4, bigEndian);
        put(out, rate * blockAlign, 4, bigEndian);
        put(out, blockAlign, 2, bigEndian);
        put(out, bits, 2, bigEndian);
        return out.toByteArray();
    }

    /** A 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk body (little-endian) with sub-format tag 1 or 3. */
    public static byte[] fmtExtensible(int subTag, int channels, long rate, int blockAlign, int bits, int validBits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(fmt(0xFFFE, channels, rate, blockAlign, bits, false));
        put(out, 22, 2, false);
        put(out, validBits, 2, false);
        put(out, channels == 2 ? 3 : 4, 4, false);
        put(out, subTag, 4, false);
        for (int b : GUID_AFTER_TAG) {
            out.write(b);
        }
        return out.toByteArray();
    }

    /** A plain WAV: fmt (PCM tag 1 or float tag 3), then data. */
    public static byte[] wav(int tag, int channels, long rate, int bytesPerSample, byte[] data) {
        return container("RIFF", "WAVE", false, chunk("fmt ", fmt(tag, channels, rate, channels * bytesPerSample,
                8 * bytesPerSample, false), false), chunk("data", data, false));
    }

    /** A 16-bit PCM WAV of integer samples (interleaved). */
    public static byte[] wav16(int channels, long rate, long... interleaved) {
        return wav(1, channels, rate, 2, ints(interleaved, 2, false, false));
    }

    /** A 32-bit float WAV (interleaved). */
    public static byte[] wavFloat(int channels, long rate, double... interleaved) {
        return wav(3, channels, rate, 4, floats(interleaved, 4, false));
    }

    /** An AIFF COMM body: channels, frames, bits, the rate as 80-bit extended; AIFC adds the compression and its name. */
    public static byte[] comm(int channels, long frames, int bits, double rate, String compression) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        put(out, channels, 2, true);
        put(out, frames, 4, true);
        put(out, bits, 2, true);
        out.writeBytes(extended(rate));
        if (compression != null) {
            out.writeBytes(ascii(compression));
            out.write(0);
            out.write(0);
        }
        return out.toByteArray();
    }

    /** An SSND body: offset, block size 0, {@code offset} bytes of junk, the data. */
    public static byte[] ssnd(int offset, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        put(out, offset, 4, true);
        put(out, 0, 4, true);
        for (int i = 0; i < offset; i++) {
            out.write(0x5a);
        }
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** An AIFF (compression null) or AIFC file of COMM and SSND. */
    public static byte[] aiff(String compression, int channels, long frames, int bits, double rate, byte[] data) {
        boolean aifc = compression != null;
        return container("FORM", aifc ? "AIFC" : "AIFF", true, aifc ? chunk("FVER", new byte[] {(byte) 0xA2, (byte) 0x80, 0x51, 0x40}, true)
                : new byte[0], chunk("COMM", comm(channels, frames, bits, rate, compression), true), chunk("SSND", ssnd(0, data), true));
    }

    /** An 80-bit IEEE extended float (sign, 15-bit biased exponent, 64-bit mantissa with the integer bit). */
    public static byte[] extended(double value) {
        byte[] out = new byte[10];
        if (value == 0) {
            return out;
        }
        int sign = value < 0 ? 0x8000 : 0;
        double v = Math.abs(value);
        int exponent = Math.getExponent(v);
        long mantissa = (Double.doubleToRawLongBits(v) & 0xFFFFFFFFFFFFFL | 0x10000000000000L) << 11;
        int head = sign | (exponent + 16383);
        out[0] = (byte) (head >> 8);
        out[1] = (byte) head;
        for (int i = 0; i < 8; i++) {
            out[2 + i] = (byte) (mantissa >>> (56 - 8 * i));
        }
        return out;
    }

    /** Joins byte arrays. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, long value, int bytes, boolean bigEndian) {
        for (int i = 0; i < bytes; i++) {
            int shift = 8 * (bigEndian ? bytes - 1 - i : i);
            out.write((int) (value >>> shift) & 0xff);
        }
    }

    private static byte[] ascii(String id) {
        byte[] out = new byte[id.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) id.charAt(i);
        }
        return out;
    }
}
