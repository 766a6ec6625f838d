package dev.faustwire.server.export;

import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.toolchain.SandboxedJob;
import dev.faustwire.server.toolchain.ToolRun;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * C++ source with Faust's minimal architecture ({@code faust -a minimal.cpp -i}): one self-contained
 * {@code NAME.cpp}, the libraries inlined, that {@code g++ NAME.cpp} builds into a program.
 */
final class CppTarget implements ExportTarget {
    static final String ARCHITECTURE = "minimal.cpp";

    @Override
    public String name() {
        return "cpp";
    }

    @Override
    public String title() {
        return "C++ source (minimal architecture)";
    }

    @Override
    public List<String> debianPackages() {
        return ExportPackages.of(name()).build();
    }

    @Override
    public boolean built() {
        return false;
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        String name = request.programName();
        try (SandboxedJob job = SandboxedJob.open()) {
            job.write(name + ".dsp", request.source());
            if (GenLibrary.usedBy(request.source())) {
                job.write(GenLibrary.FILE, GenLibrary.text());
            }
            // the output goes to its own folder: faust looks for "-a NAME" in the working folder first
            Files.createDirectories(job.inside("out"));
            progress.step("faust -a " + ARCHITECTURE + " -i");
            ToolRun run = job.run(List.of("/usr/bin/faust", "-a", ARCHITECTURE, "-i", "-o", "out/" + name + ".cpp",
                    name + ".dsp"), SandboxLimits.DEFAULT);
            if (run.timedOut()) {
                throw new ExportException(ExportException.Kind.TIMED_OUT, "faust with " + ARCHITECTURE
                        + " ran past its time limit", run.stderr());
            }
            if (!run.ok()) {
                throw new ExportException(ExportException.Kind.BUILD_FAILED, "faust with " + ARCHITECTURE + " failed ("
                        + run.ending() + ")", run.stderr());
            }
            return new ExportArtifact(name + ".cpp", ExportArtifact.TEXT,
                    Files.readAllBytes(job.inside("out/" + name + ".cpp")));
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.BUILD_FAILED, "the C++ source could not be written", e.getMessage());
        }
    }
}
