package dev.faustwire.embed;

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
import dev.faustwire.server.render.RenderException;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.WorkspaceResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The embedding API's entry: a patch ({@code .json}, {@code .dsppat}), a Faust file ({@code .dsp}), a Gen
 * file ({@code .gendsp}, {@code .maxpat}) or Faust text, compiled by the installed faust in the same sandbox
 * as the server's compiles and run in the JVM by Chicory, exactly as {@code ./faustwire render} runs it:
 * <pre>
 * FaustDsp dsp = Faustwire.load(Path.of("synth.dsppat"));
 * dsp.control("freq").set(440);
 * float[] out = new float[256];
 * dsp.compute(null, out);
 * </pre>
 * A program that does not compile is a {@link FaustException} with its diagnostics. Every method may be
 * called from any thread; each call compiles (about 0.1 to 2 s), so compile once and make instances.
 */
public final class Faustwire {
    private Faustwire() {
    }

    /** One DSP of a file at {@value FaustFactory#DEFAULT_RATE} Hz: {@code factory(file).instance()}. */
    public static FaustDsp load(Path file) {
        return factory(file).instance();
    }

    /**
     * Compiles a file once. A patch's sub-patcher files are looked up from its folder upwards and its code
     * boxes probed, and a Gen file is imported first, as the command line does; the program is named after
     * the file ({@code synth.dsp}: controls at {@code /synth/...}).
     */
    public static FaustFactory factory(Path file) {
        return build(program(file), file.toString());
    }

    /** Compiles Faust text once, as the program {@code main} (controls at {@code /main/...}). */
    public static FaustFactory compile(String faustText) {
        return compile(faustText, FaustCompiler.DEFAULT_NAME);
    }

    /** Compiles Faust text once under a program name ({@code [A-Za-z][A-Za-z0-9_]*}, else {@code main}). */
    public static FaustFactory compile(String faustText, String name) {
        Program program = Programs.ofDsp(faustText, name);
        return build(program, program.fileName());
    }

    private static Program program(Path file) {
        String fileName = file.getFileName().toString();
        try {
            if (isGenFile(fileName)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                GenImportResult imported = GenImport.run(fileName, text, GenFolderFiles.beside(file));
                if (!imported.imported()) {
                    throw failure("cannot import " + file, imported.report(), file.toString());
                }
                String stem = fileName.replaceFirst("\\.[^.]*$", "");
                return Programs.ofFile(stem + ".json", PatchWriter.write(imported.patch()), resources(file));
            }
            return Programs.ofFile(fileName, Files.readString(file, StandardCharsets.UTF_8), resources(file));
        } catch (IOException e) {
            throw new FaustException(file + ": cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static boolean isGenFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gendsp") || lower.endsWith(".maxpat");
    }

    private static WorkspaceResources resources(Path file) throws IOException {
        return WorkspaceResources.besideFile(file, CodeProbe.direct());
    }

    private static FaustFactory build(Program program, String where) {
        CompileReport report;
        try (CompileService compiles = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 1, 1, 16L << 20)) {
            report = CompileReport.of(program, compiles);
        }
        if (!(report.outcome() instanceof CompileOutcome.Compiled compiled)) {
            throw failure(where + " does not compile", report.diagnostics(), where);
        }
        try {
            return new FaustFactory(program.name(), program.code(), WasmProgram.compile(compiled.wasm()),
                    compiled.description());
        } catch (RenderException e) {
            throw new FaustException(where + ": " + e.getMessage(), e);
        }
    }

    private static FaustException failure(String headline, List<Diagnostic> diagnostics, String where) {
        String lines = diagnostics.stream().map(d -> d.render(where)).collect(Collectors.joining("\n"));
        return new FaustException(lines.isEmpty() ? headline : headline + ":\n" + lines, diagnostics);
    }
}
