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
        GenImportResult result = GenImport.run(file.getFileName().toString(), Corpus.read(file),
                new GenFolderFiles(file, Corpus.root()));
        assertTrue(result.imported());
        Program program = Programs.ofFile("imported.json", PatchWriter.write(result.patch()));
        assertTrue(program.compilable(), () -> program.diagnostics().toString());
        CompileOutcome outcome = new FaustCompiler(SandboxLimits.DEFAULT).compile(program.code(), "imported",
                GenRender.OPTIONS);
        assertTrue(outcome instanceof CompileOutcome.Compiled, () -> outcome.toString() + "\n" + program.code());
        return new GenRender.Program(file.toString(), WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()));
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
