package dev.faustwire.server.export;

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
        try (HostBuild build = HostBuild.open(request, progress)) {
            String cpp = build.faust(ARCHITECTURE);
            return new ExportArtifact(request.programName() + ".cpp", ExportArtifact.TEXT, build.read(cpp));
        }
    }
}
