package dev.faustwire.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.compile.CodeProbe;
import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.WorkspaceResources;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code faustwire compile PATCH|DSP|GEN [--wasm OUT.wasm]}: the compile JSON the server would answer,
 * without the base64 module (written to {@code --wasm} when asked); diagnostics also on stderr. A
 * Gen file is imported first, its report on stderr.
 */
final class CompileCommand {
    private static final ObjectMapper JSON = CliJson.MAPPER;

    private CompileCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("wasm");
        if (args.positional().size() != 1) {
            throw new UsageException("compile takes one patch (.json, .dsppat), Faust file (.dsp) or Gen file (.gendsp, .maxpat)");
        }
        Path file = Path.of(args.positional().get(0));
        Program program = readProgram(file, err);
        if (program == null) {
            return 1;
        }
        CompileReport report;
        try (CompileService service = oneShotService()) {
            report = CompileReport.of(program, service);
        }
        for (Diagnostic d : report.diagnostics()) {
            err.println(d.render(file.toString()));
        }
        Map<String, Object> json = report.toJson();
        json.remove("wasm");
        try {
            out.println(JSON.writeValueAsString(json));
            String wasm = args.option("wasm", null);
            if (wasm != null && report.outcome() instanceof CompileOutcome.Compiled compiled) {
                Files.write(Path.of(wasm), compiled.wasm());
            }
        } catch (IOException e) {
            err.println(file + ": error: cannot write the result (" + e.getMessage() + ")");
            return 1;
        }
        return report.ok() ? 0 : 1;
    }

    /**
     * The program of a file, or null (with the reason on stderr) when it cannot be read. A patch's
     * sub-patcher files are looked up from its folder and the folders above; its code boxes are probed.
     */
    static Program readProgram(Path file, PrintStream err) {
        if (ImportGenCommand.isGenFile(file)) {
            GenImportResult imported = ImportGenCommand.importFile(file, err);
            if (imported == null || !imported.imported()) {
                return null;
            }
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            try {
                return Programs.ofFile(stem + ".json", PatchWriter.write(imported.patch()), resources(file));
            } catch (IOException e) {
                err.println(file + ": error: cannot read the files beside it (" + e.getClass().getSimpleName() + ")");
                return null;
            }
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Programs.ofFile(file.getFileName().toString(), text, resources(file));
        } catch (IOException e) {
            err.println(file + ": error: cannot read the file (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    /** Sub-patcher files beside the patch file or above it, anywhere on its file system; code boxes probed here. */
    static WorkspaceResources resources(Path patchFile) throws IOException {
        return WorkspaceResources.besideFile(patchFile, CodeProbe.direct());
    }

    static CompileService oneShotService() {
        return new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 1, 1, 16L << 20);
    }
}
