package dev.faustwire.server.export;

import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.toolchain.SandboxedJob;
import dev.faustwire.server.toolchain.ToolRun;
import java.io.IOException;
import java.util.List;

/**
 * A built target for the tests whose build really fails: the C++ of {@link CppTarget} given to g++
 * in the sandbox with a host SDK header that does not exist, as when a host's -dev package is broken.
 */
final class FailingBuildTarget implements ExportTarget {
    static final String HEADER = "faustwire_no_such_sdk.h";
    /** The thread each build ran on, for the test of the one build thread. */
    volatile String lastThread;

    @Override
    public String name() {
        return "failing";
    }

    @Override
    public String title() {
        return "Build that fails (test)";
    }

    @Override
    public List<String> debianPackages() {
        return List.of();
    }

    @Override
    public boolean built() {
        return true;
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        lastThread = Thread.currentThread().getName();
        ExportArtifact cpp = new CppTarget().export(request, progress);
        try (SandboxedJob job = SandboxedJob.open()) {
            job.write("src/" + cpp.fileName(), cpp.bytes());
            progress.step("g++ -c");
            ToolRun run = job.run(List.of("/usr/bin/g++", "-c", "-include", HEADER, "-o", "out.o", "src/" + cpp.fileName()),
                    SandboxLimits.BUILD);
            if (!run.ok()) {
                throw new ExportException(ExportException.Kind.BUILD_FAILED, "g++ failed (" + run.ending() + ")",
                        run.stderr());
            }
            return new ExportArtifact(request.programName() + ".o", "application/octet-stream",
                    java.nio.file.Files.readAllBytes(job.inside("out.o")));
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.BUILD_FAILED, "the build could not run", e.getMessage());
        }
    }
}
