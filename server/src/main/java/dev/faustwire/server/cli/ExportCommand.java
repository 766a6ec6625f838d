package dev.faustwire.server.cli;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.export.ExportArtifact;
import dev.faustwire.server.export.ExportException;
import dev.faustwire.server.export.ExportJob;
import dev.faustwire.server.export.ExportNames;
import dev.faustwire.server.export.ExportService;
import dev.faustwire.server.export.ExportState;
import dev.faustwire.server.export.ExportTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code faustwire export PATCH|DSP|GEN --target T -o OUT}: the export service of the server, its
 * steps on stdout. {@code OUT} ending in {@code /}, or an existing folder, receives the file, a zip
 * unpacked into it; another {@code OUT} is the file itself. Without {@code --target}, lists the targets.
 */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("target", "o");
        String targetName = args.option("target", null);
        if (targetName == null) {
            throw new UsageException("export needs --target, one of: " + targetList());
        }
        if (args.positional().size() != 1) {
            throw new UsageException("export takes one patch (.json, .dsppat), Faust file (.dsp) or Gen file (.gendsp, .maxpat)");
        }
        String output = args.option("o", null);
        if (output == null) {
            throw new UsageException("export needs -o OUT (a file, or a folder ending in /)");
        }
        Path file = Path.of(args.positional().get(0));
        Program program = CompileCommand.readProgram(file, err);
        if (program == null) {
            return 1;
        }
        try (CompileService compiles = CompileCommand.oneShotService(); ExportService service = new ExportService(compiles)) {
            ExportJob job = service.start(targetName, program, ExportNames.stem(file.getFileName().toString()));
            int shown = 0;
            while (!job.state().finished()) {
                shown = showSteps(job, shown, out);
                synchronized (job) {
                    if (!job.state().finished()) {
                        job.wait(200);
                    }
                }
            }
            showSteps(job, shown, out);
            if (job.state() == ExportState.FAILED) {
                for (Diagnostic d : job.diagnostics()) {
                    err.println(d.render(file.toString()));
                }
                return 1;
            }
            ExportArtifact artifact = job.artifact();
            List<Path> written = ExportOutput.write(artifact, Path.of(output), output.endsWith("/"));
            for (Path path : written) {
                out.println("wrote " + path);
            }
            return 0;
        } catch (ExportException e) {
            err.println(file + ": error " + dev.faustwire.core.diag.Code.EXPORT_TARGET_UNKNOWN.id() + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(output + ": error: cannot write the export (" + e.getMessage() + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(file + ": error: the export was stopped");
            return 1;
        }
    }

    private static int showSteps(ExportJob job, int shown, PrintStream out) {
        List<String> steps = job.steps();
        for (int i = shown; i < steps.size(); i++) {
            out.println("  " + steps.get(i));
        }
        return steps.size();
    }

    private static String targetList() {
        return String.join(", ", dev.faustwire.server.export.ExportTargets.all().stream().map(ExportTarget::name).toList());
    }
}
