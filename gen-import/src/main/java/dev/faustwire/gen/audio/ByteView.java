package dev.faustwire.gen.audio;

/**
 * Reads numbers out of a file's bytes at given offsets, little- or big-endian; a read past the end throws
 * {@link BadAudio}, which the decoder turns into a {@link AudioProblem#MALFORMED} result.
 */
final class ByteView {
    private final byte[] bytes;

    ByteView(byte[] bytes) {
        this.bytes = bytes;
    }

    int length() {
        return bytes.length;
    }

    /** True when {@code count} bytes from {@code offset} are in the file (no int overflow). */
    boolean has(long offset, long count) {
        return offset >= 0 && count >= 0 && offset <= bytes.length && count <= bytes.length - offset;
    }

    private void need(long offset, int count) {
        if (!has(offset, count)) {
            throw new BadAudio(AudioProblem.MALFORMED, "the file ends at byte " + bytes.length + " inside a header field at "
                    + offset + " (truncated?)");
        }
    }

    int u8(long offset) {
        need(offset, 1);
        return bytes[(int) offset] & 0xff;
    }

    /** A four-letter chunk id; characters outside printable ASCII as '?'. */
    String id(long offset) {
        need(offset, 4);
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            int b = bytes[(int) offset + i] & 0xff;
            c[i] = b >= 0x20 && b < 0x7f ? (char) b : '?';
        }
        return new String(c);
    }

    int u16(long offset, boolean bigEndian) {
        need(offset, 2);
        int a = bytes[(int) offset] & 0xff;
        int b = bytes[(int) offset + 1] & 0xff;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    /** An unsigned 32-bit number as a long. */
    long u32(long offset, boolean bigEndian) {
        need(offset, 4);
        return signed(offset, 4, bigEndian) & 0xffffffffL;
    }

    /** A signed integer of {@code size} bytes (1 to 8), sign-extended. */
    long signed(long offset, int size, boolean bigEndian) {
        need(offset, size);
        int at = (int) offset;
        long v = 0;
        for (int i = 0; i < size; i++) {
            int b = bytes[bigEndian ? at + i : at + size - 1 - i] & 0xff;
            v = (v << 8) | b;
        }
        int shift = 64 - 8 * size;
        return (v << shift) >> shift;
    }
}
