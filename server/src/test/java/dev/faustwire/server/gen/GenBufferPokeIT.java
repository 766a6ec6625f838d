package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenBufferImportIT.box;
import static dev.faustwire.server.gen.GenBufferImportIT.compileImport;
import static dev.faustwire.server.gen.GenBufferImportIT.line;
import static dev.faustwire.server.gen.GenRender.assertClose;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.testsupport.AudioFileBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code poke} into a {@code buffer} that has an audio file (a patcher box, or GenExpr's {@code poke()} on a
 * {@code Buffer}), imported, compiled by the real faust (-double) and rendered: the reads see the file's samples where
 * nothing was written and the poked values where written, as a Java model of the table says, within 1e-9.
 */
class GenBufferPokeIT {
    static final double TOLERANCE = 1e-9;
    static final int FRAMES = 1500;
    static final int DIM = 40;

    @TempDir
    Path temp;

    /** Writes a stereo 16-bit x.wav of DIM frames; returns its samples as the table holds them, [channel][frame]. */
    double[][] writeFile() throws Exception {
        long[] interleaved = new long[2 * DIM];
        double[][] file = new double[2][DIM];
        for (int f = 0; f < DIM; f++) {
            interleaved[2 * f] = f * 1500L - 30000;
            interleaved[2 * f + 1] = 25000 - f * 977L;
            file[0][f] = interleaved[2 * f] / 32768.0;
            file[1][f] = interleaved[2 * f + 1] / 32768.0;
        }
        Files.write(temp.resolve("x.wav"), AudioFileBytes.wav16(2, 44100, interleaved));
        return file;
    }

    /** Values, write positions (some outside, some fractional), write channels (-1 to 2), read positions. */
    static double[][] inputs() {
        Random random = new Random(41);
        double[][] in = new double[4][FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            in[0][n] = random.nextDouble() * 2 - 1;
            // few writes, so most reads still see the file: a write every 3rd sample, the others outside the table
            in[1][n] = n % 3 == 0 ? random.nextDouble() * (DIM + 6) - 3 : DIM + 5;
            in[2][n] = random.nextInt(8) == 0 ? -1 + random.nextDouble() * 4 : random.nextInt(2) + 0.25;
            in[3][n] = random.nextDouble() * (DIM + 4) - 2;
        }
        return in;
    }

    /** Gen: the poke writes floor(position) of channel floor(channel) when both are inside, then both channels are read. */
    static double[][] model(double[][] table, double[][] in) {
        double[][] out = new double[2][FRAMES];
        int written = 0;
        int fromFile = 0;
        boolean[][] poked = new boolean[2][DIM];
        for (int n = 0; n < FRAMES; n++) {
            int w = (int) Math.floor(in[1][n]);
            int c = (int) Math.floor(in[2][n]);
            if (in[1][n] >= 0 && w < DIM && in[2][n] >= 0 && c < 2) {
                table[c][w] = in[0][n];
                poked[c][w] = true;
            }
            int r = (int) Math.floor(in[3][n]);
            boolean inside = in[3][n] >= 0 && r < DIM;
            for (int ch = 0; ch < 2; ch++) {
                out[ch][n] = inside ? table[ch][r] : 0;
                if (inside) {
                    written += poked[ch][r] ? 1 : 0;
                    fromFile += poked[ch][r] ? 0 : 1;
                }
            }
        }
        assertTrue(written > 300 && fromFile > 300, "the reads see both the file and the pokes: " + written + " poked, "
                + fromFile + " from the file");
        return out;
    }

    static void assertPokedFile(double[][] file, double[][] in, double[][] out) {
        double[][] want = model(new double[][] {file[0].clone(), file[1].clone()}, in);
        assertClose("channel 0 of the poked buffer", want[0], out[0], TOLERANCE, in[0], in[1], in[2], in[3]);
        assertClose("channel 1 of the poked buffer", want[1], out[1], TOLERANCE, in[0], in[1], in[2], in[3]);
        double before = 0;
        for (int n = 0; n < FRAMES; n++) {
            before = Math.max(before, Math.abs(out[0][n] - peekFile(file[0], in[3][n])));
        }
        assertTrue(before > 0.1, "the pokes change what is read: largest difference from the file alone " + before);
    }

    static double peekFile(double[] channel, double position) {
        return GenBufferImportIT.peek(channel, position);
    }

    @Test
    void aPatcherPokeWritesIntoTheFilesTableAndThePeekSeesBoth() throws Exception {
        double[][] file = writeFile();
        String text = "{\"patcher\": {\"classnamespace\": \"dsp.gen\", \"boxes\": [" + box(1, "in 1", 0, 1) + ", "
                + box(2, "in 2", 0, 1) + ", " + box(3, "in 3", 0, 1) + ", " + box(4, "in 4", 0, 1) + ", "
                + box(5, "buffer x", 0, 2) + ", " + box(6, "poke x", 3, 0) + ", " + box(7, "peek x 2", 2, 3) + ", "
                + box(8, "out 1", 1, 0) + ", " + box(9, "out 2", 1, 0) + "], \"lines\": [" + line(1, 0, 6, 0) + ", "
                + line(2, 0, 6, 1) + ", " + line(3, 0, 6, 2) + ", " + line(4, 0, 7, 0) + ", " + line(7, 0, 8, 0) + ", "
                + line(7, 1, 9, 0) + "]}}";
        double[][] in = inputs();
        double[][] out = compileImport("poke.gendsp", text, temp).render(48000, FRAMES, in);
        assertPokedFile(file, in, out);
    }

    @Test
    void aGenExprPokeIntoABufferWritesIntoItsFilesTable() throws Exception {
        double[][] file = writeFile();
        String code = "Buffer b(\\\"x\\\");\\npoke(b, in1, in2, in3);\\nout1 = peek(b, in4);\\nout2 = peek(b, in4, 1);";
        String text = "{\"patcher\": {\"classnamespace\": \"dsp.gen\", \"boxes\": [" + box(1, "in 1", 0, 1) + ", "
                + box(2, "in 2", 0, 1) + ", " + box(3, "in 3", 0, 1) + ", " + box(4, "in 4", 0, 1) + ", "
                + "{\"box\": {\"id\": \"obj-5\", \"maxclass\": \"codebox\", \"code\": \"" + code
                + "\", \"numinlets\": 4, \"numoutlets\": 2}}, " + box(8, "out 1", 1, 0) + ", " + box(9, "out 2", 1, 0)
                + "], \"lines\": [" + line(1, 0, 5, 0) + ", " + line(2, 0, 5, 1) + ", " + line(3, 0, 5, 2) + ", "
                + line(4, 0, 5, 3) + ", " + line(5, 0, 8, 0) + ", " + line(5, 1, 9, 0) + "]}}";
        double[][] in = inputs();
        double[][] out = compileImport("codebox.gendsp", text, temp).render(48000, FRAMES, in);
        assertPokedFile(file, in, out);
    }
}
