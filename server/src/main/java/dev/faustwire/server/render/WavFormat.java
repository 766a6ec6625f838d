package dev.faustwire.server.render;

import dev.faustwire.server.render.WavException.Code;
import java.nio.ByteBuffer;

/** The sample layout a WAV 'fmt ' chunk declares, checked to be one the reader decodes. */
record WavFormat(boolean isFloat, int channels, int sampleRate, int bits) {
    int bytesPerSample() {
        return bits / 8;
    }

    static WavFormat parse(ByteBuffer in, int at, int size) {
        if (size < 16) {
            throw new WavException(Code.BAD_FORMAT, "the 'fmt ' chunk has " + size + " bytes, fewer than 16");
        }
        int tag = Short.toUnsignedInt(in.getShort(at));
        int channels = Short.toUnsignedInt(in.getShort(at + 2));
        long rate = Integer.toUnsignedLong(in.getInt(at + 4));
        int blockAlign = Short.toUnsignedInt(in.getShort(at + 12));
        int bits = Short.toUnsignedInt(in.getShort(at + 14));
        if (tag == Wav.FORMAT_EXTENSIBLE) {
            if (size < 40 || Short.toUnsignedInt(in.getShort(at + 16)) < 22) {
                throw new WavException(Code.BAD_FORMAT, "a WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk shorter than 40 bytes");
            }
            if (!WavReader.guidTailMatches(in, at + 26)) {
                throw new WavException(Code.UNSUPPORTED, "an extensible WAV whose sub-format is not PCM or float");
            }
            tag = Short.toUnsignedInt(in.getShort(at + 24));
        }
        if (channels == 0) {
            throw new WavException(Code.BAD_FORMAT, "the WAV file declares zero channels");
        }
        if (rate == 0 || rate > Integer.MAX_VALUE) {
            throw new WavException(Code.BAD_FORMAT, "the WAV file declares a sample rate of " + rate + " Hz");
        }
        boolean pcm = tag == Wav.FORMAT_PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
        boolean flt = tag == Wav.FORMAT_FLOAT && (bits == 32 || bits == 64);
        if (!pcm && !flt) {
            throw new WavException(Code.UNSUPPORTED, "WAV format " + tag + " with " + bits
                    + " bits is not supported; use 8/16/24/32-bit PCM or 32/64-bit float");
        }
        if (blockAlign != channels * (bits / 8)) {
            throw new WavException(Code.BAD_FORMAT, "block align " + blockAlign + " does not fit " + channels
                    + " channels of " + bits + " bits");
        }
        return new WavFormat(flt, channels, (int) rate, bits);
    }
}
