package dev.faustwire.server.export;

/**
 * C++ source with Faust's minimal architecture ({@code faust -a minimal.cpp -i}): one self-contained
 * {@code NAME.cpp}, the libraries inlined, that {@code g++ NAME.cpp} builds into a program.
 */
final class CppTarget extends NamedTarget {
    static final String ARCHITECTURE = "minimal.cpp";

    CppTarget() {
        super("cpp", "C++ source (minimal architecture)", false);
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        try (HostBuild build = HostBuild.open(request, progress)) {
            String cpp = build.faust(ARCHITECTURE);
            return new ExportArtifact(request.programName() + ".cpp", ExportArtifact.TEXT, build.read(cpp));
        }
    }
}
