package dev.faustwire.embed.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example in WAV mode: its melody comes out at the notes' pitches and velocities, the legato pair
 * returns to the note still held, and the release ends in silence.
 */
class MonoSynthIT {
    private static final int RATE = MonoSynth.RATE;

    @Test
    void theMelodyIsRenderedToAWav(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("melody.wav");
        String said = MonoSynth.run(List.of("--wav", wav.toString()));
        assertTrue(said.startsWith("wrote " + wav), said);

        Audio audio = Wav.read(Files.readAllBytes(wav));
        assertEquals(1, audio.channelCount());
        float[] x = audio.channels()[0];
        assertEquals((int) Math.round((4 + MonoSynth.TAIL_SECONDS) * RATE), x.length);

        assertEquals(MonoVoice.hertz(60), frequency(x, 0.1, 0.45), 1.5, "first note, C4");
        assertEquals(0.9 * 100 / 127, peak(x, 0.2, 0.45), 0.01, "sustain times its velocity");
        assertEquals(MonoVoice.hertz(67), frequency(x, 1.1, 1.45), 2, "third note, G4");
        assertEquals(MonoVoice.hertz(76), frequency(x, 2.05, 2.45), 3, "E5 over the held C5");
        assertEquals(MonoVoice.hertz(72), frequency(x, 2.55, 2.95), 3, "back to the held C5");
        assertTrue(peak(x, 3.3, 3.49) < peak(x, 3.0, 3.1), "the release decays");
        assertEquals(MonoVoice.hertz(67), frequency(x, 3.55, 3.95), 2, "last note");
        assertEquals(0.0, peak(x, 4.55, 4.75), "silence after the last release");
        System.out.printf("mono synth: %s, %.2f s, first note %.2f Hz%n", said, (double) x.length / RATE,
                frequency(x, 0.1, 0.45));
    }

    /** Upward zero crossings per second between two times. */
    private static double frequency(float[] x, double from, double to) {
        int first = -1;
        int last = -1;
        int crossings = 0;
        for (int i = (int) (from * RATE) + 1; i < to * RATE; i++) {
            if (x[i - 1] < 0 && x[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    crossings++;
                }
                last = i;
            }
        }
        return crossings * (double) RATE / (last - first);
    }

    private static double peak(float[] x, double from, double to) {
        double p = 0;
        for (int i = (int) (from * RATE); i < to * RATE; i++) {
            p = Math.max(p, Math.abs(x[i]));
        }
        return p;
    }
}
