package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.cli.GenFolderFiles;
import dev.faustwire.server.compile.CodeProbe;
import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.WorkspaceResources;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Gen patcher of the shared corpus is imported, its patch generated and compiled by the real
 * sandboxed Faust, and rendered for 2 s of a test input (a 220 Hz sine at half scale on every input)
 * at default parameters; no sample may be NaN or infinite. Prints how many import, compile and
 * render, and every exception with its reason; fails when a count drops below what was reached.
 */
class GenCorpusIT {
    /** The counts reached; raise them when the import gets better, never lower them. */
    static final int IMPORTED = 86;
    static final int COMPILED = 84;
    static final int RENDERED = 83;

    /** What the exceptions come from, as found by reading them; printed beside each. */
    static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("jspatcher/ifc/05-00.gendsp", "its + and + 1 form a loop without history, which gen~ refuses too"),
            Map.entry("gen/oopsy/code/oopsy.suggestions.gendsp", "a page of notes and sub-patchers with no out: nothing to hear"),
            Map.entry("gen/velitch/assets/maxmsp_tools/plugin/corkino/corkino_psc8/internals/comb.gendsp",
                    "in2 is a decay time: the test sine crosses 0, so 10^(-0.393/in2) overflows, in Gen too"));
    static final double SECONDS = 2;
    static final int RATE = 48000;

    @Test
    void everyCorpusPatcherImportsCompilesAndRendersWithoutNaN() throws Exception {
        List<Path> files = GenCorpus.files();
        List<String> exceptions = new ArrayList<>();
        int imported = 0;
        int compiled = 0;
        int rendered = 0;
        int exact = 0;
        // Within the server's own limits (10 s, its memory): the seven large reverbs that Faust 2.54.9 gave up on at 45 s
        // (gen.lib calls applied to arguments, re-evaluated at each use of a parameter) now compile in about a second.
        SandboxLimits limits = SandboxLimits.DEFAULT;
        String slowest = "";
        double slowestSeconds = 0;
        for (Path file : files) {
            // A service per patcher: one slow compile must not make the next wait for the pool's drain estimate.
            try (CompileService service = new CompileService(new FaustCompiler(limits), 1, 4, 64L << 20)) {
                String name = GenCorpus.name(file);
                GenImportResult result;
                try {
                    result = GenImport.run(file.getFileName().toString(), Corpus.read(file), new GenFolderFiles(file, Corpus.root()));
                } catch (RuntimeException e) {
                    exceptions.add(name + ": the import threw " + e);
                    continue;
                }
                if (!result.imported()) {
                    exceptions.add(name + ": not imported: " + first(result.report()));
                    continue;
                }
                imported++;
                exact += result.exact() ? 1 : 0;
                String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                Program program = Programs.ofFile(stem + ".json", PatchWriter.write(result.patch()),
                        WorkspaceResources.besideFile(file, CodeProbe.direct()));
                if (!program.compilable()) {
                    exceptions.add(name + ": codegen: " + first(program.diagnostics()));
                    continue;
                }
                long start = System.nanoTime();
                CompileReport report = CompileReport.of(program, service);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seconds > slowestSeconds) {
                    slowestSeconds = seconds;
                    slowest = name;
                }
                if (!report.ok()) {
                    exceptions.add(name + ": compile: " + first(report.diagnostics()));
                    continue;
                }
                compiled++;
                RenderSpec spec = RenderSpec.of(SECONDS, RATE).withInput(testInput(Math.max(0, program.inputs())));
                CompileOutcome.Compiled module = (CompileOutcome.Compiled) report.outcome();
                // Rendered here rather than through RenderService: its pool refuses work after a long compile.
                float[][] audio;
                try {
                    audio = Renderer.render(WasmProgram.compile(module.wasm()), module.description(), spec);
                } catch (RuntimeException e) {
                    exceptions.add(name + ": render: " + e.getMessage());
                    continue;
                }
                String bad = firstNonFinite(new Audio(audio, RATE));
                if (bad != null) {
                    exceptions.add(name + ": render: " + bad);
                    continue;
                }
                rendered++;
            }
        }
        System.out.println("Gen corpus: " + files.size() + " patchers; imported " + imported + ", compiled " + compiled
                + ", rendered without NaN/inf " + rendered + " (" + exact + " imported exactly, with an empty report)");
        System.out.println("  slowest compile (the server's limits): " + slowest + " " + Math.round(slowestSeconds * 10) / 10.0 + " s");
        for (String exception : exceptions) {
            String why = WHY.get(exception.substring(0, exception.indexOf(": ")));
            System.out.println("  exception: " + exception + (why == null ? "" : "\n    because " + why));
        }
        assertTrue(imported >= IMPORTED, "imported " + imported + " < " + IMPORTED);
        assertTrue(compiled >= COMPILED, "compiled " + compiled + " < " + COMPILED);
        assertTrue(rendered >= RENDERED, "rendered " + rendered + " < " + RENDERED);
    }

    static float[][] testInput(int channels) {
        int frames = (int) (SECONDS * RATE);
        float[][] input = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                input[c][i] = (float) (0.5 * Math.sin(2 * Math.PI * 220 * i / RATE));
            }
        }
        return input;
    }

    /** Where the first NaN or infinite sample is, or null when there is none. */
    static String firstNonFinite(Audio audio) {
        for (int c = 0; c < audio.channelCount(); c++) {
            float[] samples = audio.channels()[c];
            for (int i = 0; i < samples.length; i++) {
                if (!Float.isFinite(samples[i])) {
                    return "output " + (c + 1) + " is " + samples[i] + " at sample " + i;
                }
            }
        }
        return null;
    }

    private static String first(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return d.render("");
            }
        }
        return diagnostics.isEmpty() ? "(no diagnostic)" : diagnostics.get(0).render("");
    }
}
