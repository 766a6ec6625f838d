package dev.faustwire.gen.audio;

import static dev.faustwire.testsupport.AudioFileBytes.aiff;
import static dev.faustwire.testsupport.AudioFileBytes.chunk;
import static dev.faustwire.testsupport.AudioFileBytes.container;
import static dev.faustwire.testsupport.AudioFileBytes.floats;
import static dev.faustwire.testsupport.AudioFileBytes.fmtExtensible;
import static dev.faustwire.testsupport.AudioFileBytes.ints;
import static dev.faustwire.testsupport.AudioFileBytes.wav;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Valid files of every kind with bytes flipped, header fields set to random or extreme values, and cuts: the
 * decoder always answers (no exception, no "stopped" from its last guard), and what it decodes is consistent.
 */
class AudioDecoderFuzzTest {
    static final int LIMIT = 4096;

    static List<byte[]> seeds() {
        long[] values = {0, 1, -1, 1000, -1000, 32767, -32768, 5};
        return List.of(wav(1, 2, 44100, 2, ints(values, 2, false, false)),
                wav(1, 1, 8000, 1, ints(new long[] {0, 10, -10, 127}, 1, false, true)),
                wav(1, 1, 48000, 3, ints(values, 3, false, false)),
                wav(3, 2, 48000, 4, floats(new double[] {0.5, -0.5, Double.NaN, 1e9}, 4, false)),
                wav(3, 1, 48000, 8, floats(new double[] {0.1, 0.2}, 8, false)),
                container("RIFF", "WAVE", false, chunk("fmt ", fmtExtensible(1, 1, 44100, 4, 32, 24), false),
                        chunk("data", ints(values, 4, false, false), false)),
                aiff(null, 2, 4, 16, 44100, ints(values, 2, true, false)),
                aiff("sowt", 1, 8, 16, 44100, ints(values, 2, false, false)),
                aiff("fl32", 1, 2, 32, 44100, floats(new double[] {0.25, -1}, 4, true)),
                aiff("fl64", 1, 2, 64, 44100, floats(new double[] {0.25, -1}, 8, true)));
    }

    @Test
    void mutatedFilesAlwaysGetAnAnswer() {
        Random random = new Random(16);
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        int runs = 0;
        for (byte[] seed : seeds()) {
            for (int n = 0; n < 3000; n++) {
                byte[] bytes = mutate(seed, random);
                AudioDecoding d = AudioDecoder.decode(bytes, LIMIT);
                runs++;
                assertNotNull(d);
                if (d.ok()) {
                    AudioData a = d.audio();
                    assertTrue(a.frames() > 0 && a.channels() > 0 && a.size() == a.frames() * a.channels() && a.size() <= LIMIT);
                    assertTrue(a.sampleRate() > 0);
                    assertEquals((long) a.frames() * a.channels(), a.samples().length);
                    outcomes.merge("decoded", 1, Integer::sum);
                } else {
                    assertFalse(d.message().contains("stopped"), "the decoder's last guard caught an exception: "
                            + d.message());
                    assertFalse(d.message().isEmpty());
                    outcomes.merge(d.problem().name(), 1, Integer::sum);
                }
            }
        }
        System.out.println("audio decoder fuzz: " + runs + " mutated files: " + outcomes);
        assertTrue(outcomes.size() >= 4, "the mutations reach decoded files and several problems: " + outcomes);
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int kind = random.nextInt(4);
        if (kind == 0) {
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        } else if (kind == 1) {
            // a header field (the first 60 bytes) set to an extreme value
            int at = random.nextInt(Math.min(60, bytes.length - 4));
            int[] extremes = {0x00, 0xFF, 0x7F, 0x80};
            int value = extremes[random.nextInt(extremes.length)];
            for (int i = 0; i < 4; i++) {
                bytes[at + i] = (byte) value;
            }
        } else if (kind == 2) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        } else {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length + random.nextInt(40));
            for (int i = seed.length; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
            bytes[4 + random.nextInt(Math.min(50, bytes.length - 8))] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }
}
