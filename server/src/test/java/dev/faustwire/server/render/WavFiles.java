package dev.faustwire.server.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds WAV files by hand for reader tests, chunk by chunk, with nothing checked. */
final class WavFiles {
    private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();

    static WavFiles riff() {
        return new WavFiles();
    }

    /** A plain 16-byte 'fmt ' chunk body. */
    static byte[] fmt(int tag, int channels, int rate, int bits) {
        int align = channels * bits / 8;
        return le(16).putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * align)
                .putShort((short) align).putShort((short) bits).array();
    }

    /** A 40-byte WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk body whose sub-format GUID starts with {@code subTag}. */
    static byte[] extensible(int subTag, int channels, int rate, int bits) {
        ByteBuffer b = le(40).put(fmt(Wav.FORMAT_EXTENSIBLE, channels, rate, bits));
        b.putShort((short) 22).putShort((short) bits).putInt(0).putShort((short) subTag).put(Wav.GUID_TAIL);
        return b.array();
    }

    WavFiles chunk(String id, byte[] body) {
        chunks.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        chunks.writeBytes(le(4).putInt(body.length).array());
        chunks.writeBytes(body);
        if (body.length % 2 == 1) {
            chunks.write(0);
        }
        return this;
    }

    byte[] bytes() {
        byte[] body = chunks.toByteArray();
        return le(12 + body.length).put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put(body).array();
    }

    static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
