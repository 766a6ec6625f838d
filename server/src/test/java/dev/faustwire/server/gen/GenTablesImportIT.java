package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenRender.assertClose;
import static dev.faustwire.server.gen.GenStatefulOperatorsIT.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.cli.GenFolderFiles;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Imported patchers with tables, rendered by the real faust (-double) and compared within 1e-9 with the Gen patcher
 * computed in Java: mischmasch's average.gendsp (a 2-channel tape of 48000 frames, 4 pokes of which 2 overdub, a peek
 * of 2 channels with its index outlet, dim).
 */
class GenTablesImportIT {
    static final double TOLERANCE = 1e-9;
    static final Path AVERAGE = Corpus.root().resolve("gen/mischmasch/Components/Palette/code/average.gendsp");

    static GenRender.Program compileImport(Path file) throws Exception {
        return compileImport(GenImport.run(file.getFileName().toString(), Corpus.read(file),
                new GenFolderFiles(file, Corpus.root())), file.toString());
    }

    static GenRender.Program compileImport(GenImportResult result, String name) {
        assertTrue(result.imported());
        Program program = Programs.ofFile("imported.json", PatchWriter.write(result.patch()));
        assertTrue(program.compilable(), () -> program.diagnostics().toString());
        CompileOutcome outcome = new FaustCompiler(SandboxLimits.DEFAULT).compile(program.code(), "imported",
                GenRender.OPTIONS);
        assertTrue(outcome instanceof CompileOutcome.Compiled, () -> outcome.toString() + "\n" + program.code());
        return new GenRender.Program(name, WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()));
    }

    /** average.gendsp as Gen computes it, at 48 kHz and its default 0.5 s: outputs mean and rms. */
    static double[][] averageModel(double[] x) {
        int dim = 48000;
        double period = 0.5 * 48000;
        double[][] tape = new double[2][dim];
        double history = 0;
        double mean = 0;
        double square = 0;
        double[][] out = new double[2][x.length];
        for (int n = 0; n < x.length; n++) {
            double readHead = wrap(history + 1, dim);
            history = readHead;
            int r = (int) Math.floor(readHead);
            double old0 = tape[0][r];
            double old1 = tape[1][r];
            double writeHead = wrap(readHead + period, dim);
            int w = (int) Math.floor(writeHead);
            // Gen's order of the pokes as the file lists them: burn channel 1, burn channel 0, then overdub x^2/period
            // into channel 1 and x/period into channel 0 (old * 1 + value).
            tape[1][r] = 0;
            tape[0][r] = 0;
            tape[1][w] = x[n] * x[n] / period + 1 * tape[1][w];
            tape[0][w] = x[n] / period + 1 * tape[0][w];
            mean += x[n] / period - old0;
            square += x[n] * x[n] / period - old1;
            out[0][n] = mean;
            out[1][n] = Math.sqrt(Math.abs(square));
        }
        return out;
    }

    /** A .gendsp of newobj boxes "n|text|inlets|outlets" and lines "from:outlet>to:inlet". */
    static String gendsp(String[] boxes, String... lines) {
        StringBuilder out = new StringBuilder("{\"patcher\": {\"boxes\": [");
        for (int i = 0; i < boxes.length; i++) {
            String[] f = boxes[i].split("\\|");
            out.append(i == 0 ? "" : ", ").append("{\"box\": {\"id\": \"obj-").append(f[0])
                    .append("\", \"maxclass\": \"newobj\", \"text\": \"").append(f[1]).append("\", \"numinlets\": ")
                    .append(f[2]).append(", \"numoutlets\": ").append(f[3]).append(", \"patching_rect\": [")
                    .append(40 * i).append(".0, ").append(30 * i).append(".0, 60.0, 22.0]}}");
        }
        out.append("], \"lines\": [");
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split("[:>]");
            out.append(i == 0 ? "" : ", ").append("{\"patchline\": {\"source\": [\"obj-").append(f[0]).append("\", ")
                    .append(f[1]).append("], \"destination\": [\"obj-").append(f[2]).append("\", ").append(f[3])
                    .append("]}}");
        }
        return out.append("]}}").toString();
    }

    /** Positions in and around a table of 8: whole, fractional, outside both sides. */
    static double[] positions(long seed, int frames) {
        double[] p = random(seed, frames, -2, 10);
        for (int n = 0; n < frames; n += 2) {
            p[n] = Math.floor(p[n]);
        }
        return p;
    }

    @Test
    void aLoopThroughATableGetsItsPokeOneSampleLateAndComputesWhatGenDoes() {
        String patcher = gendsp(new String[] {"1|in 1|0|1", "2|in 2|0|1", "3|data t 8|0|2", "4|peek t|2|2",
            "5|* 0.5|1|1", "6|+|2|1", "7|poke t|4|0", "8|out 1|1|0"},
                "2:0>4:0", "2:0>7:1", "4:0>5:0", "5:0>6:0", "1:0>6:1", "6:0>7:0", "4:0>8:0");
        GenImportResult result = GenImport.run("loop.gendsp", patcher, dev.faustwire.gen.GenFiles.NONE);
        assertEquals(0, result.report().size(), () -> result.report().toString());
        int frames = 2000;
        double[] x = random(61, frames, -1, 1);
        double[] p = positions(62, frames);
        double[][] out = compileImport(result, "loop").render(48000, frames, x, p);
        double[] table = new double[8];
        double[] expected = new double[frames];
        for (int n = 0; n < frames; n++) {
            int i = GenTableStoreModel.toInt(p[n]);
            double read = i >= 0 && i < 8 ? table[i] : 0;
            expected[n] = read;
            if (i >= 0 && i < 8) {
                table[i] = read * 0.5 + x[n];
            }
        }
        assertClose("peek of a table its poke feeds back into (a read, then the poke, in Gen's order)", expected, out[0],
                TOLERANCE, x, p);
    }

    @Test
    void twoPokesAtTheSameAndOtherPlacesTheLaterBoxWinsAndTheSavedPatchGeneratesTheSameProgram() {
        String patcher = gendsp(new String[] {"1|in 1|0|1", "2|in 2|0|1", "3|in 3|0|1", "4|in 4|0|1",
            "5|data t 8|0|2", "6|poke t|4|0", "7|* 2|1|1", "8|poke t|4|0", "9|peek t|2|2", "10|out 1|1|0"},
                "1:0>6:0", "2:0>6:1", "1:0>7:0", "7:0>8:0", "3:0>8:1", "4:0>9:0", "9:0>10:0");
        GenImportResult result = GenImport.run("pokes.gendsp", patcher, dev.faustwire.gen.GenFiles.NONE);
        assertEquals(0, result.report().size(), () -> result.report().toString());
        String saved = PatchWriter.write(result.patch());
        String reopened = PatchWriter.write(dev.faustwire.core.io.PatchReader.read(saved).patch());
        assertEquals(saved, reopened, "saving the reopened patch changes nothing");
        assertEquals(Programs.ofFile("p.json", saved).code(), Programs.ofFile("p.json", reopened).code(),
                "saved and reopened: the same program");
        int frames = 2000;
        double[] x = random(71, frames, -1, 1);
        double[] p1 = positions(72, frames);
        double[] p2 = positions(73, frames);
        for (int n = 0; n < frames; n += 3) {
            p2[n] = p1[n];
        }
        double[] r = positions(74, frames);
        double[][] out = compileImport(result, "pokes").render(48000, frames, x, p1, p2, r);
        double[] table = new double[8];
        double[] expected = new double[frames];
        for (int n = 0; n < frames; n++) {
            int a = GenTableStoreModel.toInt(p1[n]);
            int b = GenTableStoreModel.toInt(p2[n]);
            if (a >= 0 && a < 8) {
                table[a] = x[n];
            }
            if (b >= 0 && b < 8) {
                table[b] = x[n] * 2;
            }
            int i = GenTableStoreModel.toInt(r[n]);
            expected[n] = i >= 0 && i < 8 ? table[i] : 0;
        }
        assertClose("two pokes then a peek", expected, out[0], TOLERANCE, p1, p2, r);
    }

    @Test
    void twoOverdubPokesAtTheSamePlaceInOneSampleAddUpAndReadsSeeTheSamplesBefore() {
        String patcher = gendsp(new String[] {"1|in 1|0|1", "2|in 2|0|1", "3|in 3|0|1", "4|in 4|0|1", "11|in 5|0|1",
            "5|data t 8|0|2", "6|poke t|4|0", "7|* 2|1|1", "8|poke t|4|0", "9|peek t|2|2", "10|out 1|1|0"},
                "1:0>6:0", "2:0>6:1", "11:0>6:3", "1:0>7:0", "7:0>8:0", "3:0>8:1", "11:0>8:3", "4:0>9:0", "9:0>10:0");
        GenImportResult result = GenImport.run("overdub.gendsp", patcher, dev.faustwire.gen.GenFiles.NONE);
        assertEquals(0, result.report().size(), () -> result.report().toString());
        int frames = 2000;
        double[] x = random(81, frames, -1, 1);
        double[] p1 = positions(82, frames);
        double[] p2 = positions(83, frames);
        for (int n = 0; n < frames; n += 2) {
            p2[n] = p1[n];
        }
        double[] r = positions(84, frames);
        double[] od = random(85, frames, 0, 1.2);
        double[][] out = compileImport(result, "overdub").render(48000, frames, x, p1, p2, r, od);
        double[] table = new double[8];
        double[] expected = new double[frames];
        for (int n = 0; n < frames; n++) {
            int i = GenTableStoreModel.toInt(r[n]);
            expected[n] = i >= 0 && i < 8 ? table[i] : 0;
            int a = GenTableStoreModel.toInt(p1[n]);
            int b = GenTableStoreModel.toInt(p2[n]);
            if (a >= 0 && a < 8) {
                table[a] = x[n] + od[n] * table[a];
            }
            if (b >= 0 && b < 8) {
                table[b] = x[n] * 2 + od[n] * table[b];
            }
        }
        assertClose("a peek of two overdub pokes (old * overdub + value, the second over the first's write)", expected,
                out[0], TOLERANCE, p1, p2, r, od);
    }

    @Test
    void aPeekOfTwoChannelsFromAChannelOffsetReadsZeroOutsideTheTable() {
        String patcher = gendsp(new String[] {"1|in 1|0|1", "2|in 2|0|1", "3|in 3|0|1", "4|in 4|0|1", "5|in 5|0|1",
            "6|data t 8 2|0|2", "7|poke t|4|0", "8|peek t @channels 2|2|3", "9|out 1|1|0", "10|out 2|1|0"},
                "1:0>7:0", "2:0>7:1", "3:0>7:2", "4:0>8:0", "5:0>8:1", "8:0>9:0", "8:1>10:0");
        GenImportResult result = GenImport.run("channels.gendsp", patcher, dev.faustwire.gen.GenFiles.NONE);
        assertEquals(0, result.report().size(), () -> result.report().toString());
        int frames = 2000;
        double[] x = random(91, frames, -1, 1);
        double[] p = positions(92, frames);
        double[] c = random(93, frames, -0.5, 2.5);
        double[] r = positions(94, frames);
        double[] offset = random(95, frames, -1.5, 2.5);
        double[][] out = compileImport(result, "channels").render(48000, frames, x, p, c, r, offset);
        GenTableStoreModel table = new GenTableStoreModel(8, 2, j -> 0.0);
        double[][] expected = new double[2][frames];
        for (int n = 0; n < frames; n++) {
            table.poke(x[n], p[n], c[n]);
            for (int k = 0; k < 2; k++) {
                double ch = Math.floor(offset[n]) + k;
                expected[k][n] = ch < 0 || ch >= 2 ? 0 : table.read(0, 0, 0, r[n], ch);
            }
        }
        assertClose("peek @channels 2, channel 1 of 2 from the offset", expected[0], out[0], TOLERANCE, r, offset);
        assertClose("peek @channels 2, channel 2 of 2 from the offset", expected[1], out[1], TOLERANCE, r, offset);
    }

    static double wrap(double v, double hi) {
        double r = v - hi * Math.floor(v / hi);
        return r;
    }

    @Test
    void averageImportsWithoutReportAndComputesGensMovingAverage() throws Exception {
        GenImportResult result = GenImport.run("average.gendsp", Corpus.read(AVERAGE), new GenFolderFiles(AVERAGE,
                Corpus.root()));
        assertEquals(0, result.report().size(), () -> "average's tables translate exactly: " + result.report());
        int frames = 60000;
        double[] x = random(51, frames, -1, 1);
        double[][] out = compileImport(AVERAGE).render(48000, frames, x);
        double[][] expected = averageModel(x);
        System.out.println("average.gendsp: mean at 1.25 s " + out[0][frames - 1] + " (Java " + expected[0][frames - 1]
                + "), rms " + out[1][frames - 1] + " (Java " + expected[1][frames - 1] + ")");
        assertClose("average's out 1 (mean over 0.5 s)", expected[0], out[0], TOLERANCE, x);
        assertClose("average's out 2 (rms over 0.5 s)", expected[1], out[1], TOLERANCE, x);
    }
}
