package dev.faustwire.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faustwire.server.render.WavException.Code;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WavTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6})
    void roundTripIsExact(int channels) {
        float[][] audio = Tools.noise(channels, 1001, 1.5f, channels);
        audio[0][0] = Float.MIN_VALUE;
        audio[0][1] = -0.0f;
        byte[] file = Wav.write(audio, 44100);
        Audio back = Wav.read(file);
        assertEquals(44100, back.sampleRate());
        assertEquals(channels, back.channelCount());
        assertEquals(1001, back.frames());
        for (int c = 0; c < channels; c++) {
            assertArrayEquals(audio[c], back.channels()[c]);
        }
        ByteBuffer header = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(file.length - 8, header.getInt(4));
        assertEquals(channels > 2 ? Wav.FORMAT_EXTENSIBLE : Wav.FORMAT_FLOAT, Short.toUnsignedInt(header.getShort(20)));
        assertEquals(channels, header.getShort(22));
        assertEquals(44100 * 4 * channels, header.getInt(28));
        assertEquals(4 * channels, header.getShort(32));
        assertEquals(32, header.getShort(34));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6})
    void theJdkSoundReaderReadsWhatWeWrite(int channels) throws Exception {
        float[][] audio = Tools.noise(channels, 300, 1, 10 + channels);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(Wav.write(audio, 96000)))) {
            AudioFormat format = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_FLOAT, format.getEncoding());
            assertEquals(channels, format.getChannels());
            assertEquals(96000, format.getSampleRate());
            assertEquals(300, in.getFrameLength());
            ByteBuffer samples = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 300; i++) {
                for (int c = 0; c < channels; c++) {
                    assertEquals(audio[c][i], samples.getFloat());
                }
            }
        }
    }

    @Test
    void writeRefusesWhatWavCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Wav.write(new float[0][], 48000));
        assertThrows(IllegalArgumentException.class, () -> Wav.write(new float[][] {{1}, {1, 2}}, 48000));
        assertThrows(IllegalArgumentException.class, () -> Wav.write(new float[1][4], 0));
    }

    @Test
    void readsPcm8() {
        byte[] data = {(byte) 128, (byte) 255, 0, 64};
        assertArrayEquals(new float[] {0, 127 / 128f, -1, -0.5f}, mono(Wav.FORMAT_PCM, 8, data));
    }

    @Test
    void readsPcm16() {
        byte[] data = WavFiles.le(8).putShort((short) 0).putShort(Short.MAX_VALUE).putShort(Short.MIN_VALUE)
                .putShort((short) 16384).array();
        assertArrayEquals(new float[] {0, 32767 / 32768f, -1, 0.5f}, mono(Wav.FORMAT_PCM, 16, data));
    }

    @Test
    void readsPcm24() {
        byte[] data = {0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0x7F, 0, 0, (byte) 0x80, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            0, 0, 0x40};
        assertArrayEquals(new float[] {0, 8388607 / 8388608f, -1, -1 / 8388608f, 0.5f}, mono(Wav.FORMAT_PCM, 24, data));
    }

    @Test
    void readsPcm32() {
        byte[] data = WavFiles.le(12).putInt(Integer.MIN_VALUE).putInt(1 << 30).putInt(-1).array();
        assertArrayEquals(new float[] {-1, 0.5f, (float) (-1 / 2147483648.0)}, mono(Wav.FORMAT_PCM, 32, data));
    }

    @Test
    void readsFloat64() {
        byte[] data = WavFiles.le(24).putDouble(0.125).putDouble(-1.5).putDouble(1e-3).array();
        assertArrayEquals(new float[] {0.125f, -1.5f, 1e-3f}, mono(Wav.FORMAT_FLOAT, 64, data));
    }

    @Test
    void readsExtensiblePcmInterleaved() {
        byte[] data = WavFiles.le(12).putShort((short) 16384).putShort((short) -16384).putShort((short) 0)
                .putShort((short) 8192).putShort((short) -8192).putShort((short) 0).array();
        Audio audio = Wav.read(WavFiles.riff().chunk("fmt ", WavFiles.extensible(Wav.FORMAT_PCM, 3, 22050, 16))
                .chunk("data", data).bytes());
        assertEquals(22050, audio.sampleRate());
        assertArrayEquals(new float[] {0.5f, 0.25f}, audio.channels()[0]);
        assertArrayEquals(new float[] {-0.5f, -0.25f}, audio.channels()[1]);
        assertArrayEquals(new float[] {0, 0}, audio.channels()[2]);
    }

    @Test
    void skipsUnknownAndOddSizedChunks() {
        byte[] data = {(byte) 200, 56};
        Audio audio = Wav.read(WavFiles.riff().chunk("LIST", new byte[] {1, 2, 3}).chunk("JUNK", new byte[0])
                .chunk("fmt ", WavFiles.fmt(Wav.FORMAT_PCM, 1, 8000, 8)).chunk("odd!", new byte[5])
                .chunk("data", data).chunk("cue ", new byte[7]).bytes());
        assertArrayEquals(new float[] {72 / 128f, -72 / 128f}, audio.channels()[0]);
    }

    @Test
    void partialLastFrameIsDropped() {
        byte[] data = {0, 64, 0, 32, 1}; // two 16-bit samples and one stray byte
        Audio audio = Wav.read(WavFiles.riff().chunk("fmt ", WavFiles.fmt(Wav.FORMAT_PCM, 1, 8000, 16))
                .chunk("data", data).bytes());
        assertArrayEquals(new float[] {0.5f, 0.25f}, audio.channels()[0]);
    }

    @Test
    void malformedFilesSayWhat() {
        byte[] fmt = WavFiles.fmt(Wav.FORMAT_PCM, 1, 8000, 16);
        byte[] data = new byte[4];
        assertCode(Code.TRUNCATED, new byte[] {'R', 'I', 'F', 'F'});
        assertCode(Code.NOT_RIFF, "RIFF\0\0\0\0AVI LIST\0\0\0\0".getBytes());
        assertCode(Code.NOT_RIFF, "OggS and some more bytes".getBytes());
        assertCode(Code.UNSUPPORTED, "RIFX\0\0\0\0WAVEfmt ".getBytes());
        assertCode(Code.NO_FORMAT, WavFiles.riff().chunk("data", data).bytes());
        assertCode(Code.NO_DATA, WavFiles.riff().chunk("fmt ", fmt).bytes());
        assertCode(Code.BAD_FORMAT, WavFiles.riff().chunk("fmt ", new byte[14]).chunk("data", data).bytes());
        assertCode(Code.BAD_FORMAT, file(WavFiles.fmt(Wav.FORMAT_PCM, 0, 8000, 16), data));
        assertCode(Code.BAD_FORMAT, file(WavFiles.fmt(Wav.FORMAT_PCM, 1, 0, 16), data));
        assertCode(Code.BAD_FORMAT, file(WavFiles.le(16).put(fmt).putShort(12, (short) 3).array(), data));
        assertCode(Code.UNSUPPORTED, file(WavFiles.fmt(2, 1, 8000, 4), data));
        assertCode(Code.UNSUPPORTED, file(WavFiles.fmt(Wav.FORMAT_PCM, 1, 8000, 12), data));
        assertCode(Code.UNSUPPORTED, file(WavFiles.fmt(Wav.FORMAT_FLOAT, 1, 8000, 16), data));
        assertCode(Code.BAD_FORMAT, file(Arrays.copyOf(WavFiles.extensible(Wav.FORMAT_PCM, 1, 8000, 16), 18), data));
        byte[] strangeGuid = WavFiles.extensible(Wav.FORMAT_PCM, 1, 8000, 16);
        strangeGuid[30] ^= 1;
        assertCode(Code.UNSUPPORTED, file(strangeGuid, data));
        byte[] cut = file(fmt, new byte[100]);
        assertCode(Code.TRUNCATED, Arrays.copyOf(cut, cut.length - 1));
    }

    @Test
    void everyPrefixOfAFileIsRefused() {
        byte[] file = Wav.write(Tools.noise(2, 20, 1, 1), 48000);
        for (int n = 0; n < file.length; n++) {
            byte[] prefix = Arrays.copyOf(file, n);
            assertThrows(WavException.class, () -> Wav.read(prefix), "prefix of " + n + " bytes");
        }
    }

    @Test
    void hostileBytesOnlyEverGiveWavException() {
        Random random = new Random(1234);
        byte[][] seeds = {
            Wav.write(Tools.noise(1, 50, 1, 2), 48000),
            Wav.write(Tools.noise(6, 30, 1, 3), 96000),
            file(WavFiles.fmt(Wav.FORMAT_PCM, 2, 44100, 24), new byte[60]),
            file(WavFiles.extensible(Wav.FORMAT_FLOAT, 1, 44100, 64), new byte[64]),
        };
        for (int i = 0; i < 20000; i++) {
            byte[] bytes = mutate(seeds[i % seeds.length], random);
            try {
                Audio audio = Wav.read(bytes);
                assertEquals(audio.channelCount(), audio.channels().length);
            } catch (WavException expected) {
                // the only failure allowed
            }
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        switch (random.nextInt(4)) {
            case 0 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> {
                for (int k = random.nextInt(6); k >= 0; k--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> { // a size or header field set to an extreme
                int at = 4 * random.nextInt(Math.min(20, bytes.length / 4));
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)
                        .putInt(at, random.nextBoolean() ? -1 : random.nextInt());
            }
            default -> {
                bytes = new byte[random.nextInt(80)];
                random.nextBytes(bytes);
                if (bytes.length >= 12 && random.nextBoolean()) {
                    System.arraycopy("RIFF".getBytes(), 0, bytes, 0, 4);
                    System.arraycopy("WAVE".getBytes(), 0, bytes, 8, 4);
                }
            }
        }
        return bytes;
    }

    private static float[] mono(int tag, int bits, byte[] data) {
        Audio audio = Wav.read(file(WavFiles.fmt(tag, 1, 48000, bits), data));
        assertEquals(1, audio.channelCount());
        return audio.channels()[0];
    }

    private static byte[] file(byte[] fmt, byte[] data) {
        return WavFiles.riff().chunk("fmt ", fmt).chunk("data", data).bytes();
    }

    private static void assertCode(Code code, byte[] bytes) {
        WavException e = assertThrows(WavException.class, () -> Wav.read(bytes));
        assertEquals(code, e.code(), e.getMessage());
    }
}
