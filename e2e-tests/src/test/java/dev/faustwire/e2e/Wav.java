package dev.faustwire.e2e;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** 16-bit PCM WAV files for tests: read with every header field checked, and written (a test's own input file). */
final class Wav {
    private Wav() {
    }

    /** A read file: its header fields and the samples of each channel in [-1, 1). */
    record Audio(int format, int channels, int rate, int byteRate, int blockAlign, int bits, int riffSize, int dataSize,
            double[][] samples) {
    }

    /** Reads a canonical 44-byte-header PCM WAV (as the page writes); fails on any other layout. */
    static Audio read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        expect(bytes, 0, "RIFF");
        expect(bytes, 8, "WAVE");
        expect(bytes, 12, "fmt ");
        if (b.getInt(16) != 16) {
            throw new AssertionError("fmt chunk of " + b.getInt(16) + " bytes, not 16");
        }
        expect(bytes, 36, "data");
        int channels = b.getShort(22);
        int bits = b.getShort(34);
        int dataSize = b.getInt(40);
        int frames = dataSize / (channels * bits / 8);
        double[][] samples = new double[channels][frames];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                samples[c][i] = b.getShort(44 + (i * channels + c) * 2) / 32768.0;
            }
        }
        return new Audio(b.getShort(20), channels, b.getInt(24), b.getInt(28), b.getShort(32), bits, b.getInt(4), dataSize,
                samples);
    }

    private static void expect(byte[] bytes, int at, String tag) {
        String found = new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
        if (!found.equals(tag)) {
            throw new AssertionError("expected \"" + tag + "\" at byte " + at + ", found \"" + found + "\"");
        }
    }

    /** A mono 16-bit sine of that frequency, amplitude and length. */
    static byte[] sine(int rate, double frequency, double amplitude, double seconds) {
        int frames = (int) Math.round(rate * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 2).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * 2);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) Math.round(32767 * amplitude * Math.sin(2 * Math.PI * frequency * i / rate)));
        }
        return b.array();
    }
}
