package dev.faustwire.server.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A JACK command-line application, {@code NAME}: a JACK client of that name whose output ports
 * connect to the system's, with each control settable by its label ({@code NAME -freq 330}).
 * The file is the executable itself (make it executable after download: {@code chmod +x NAME}).
 */
final class JackTarget extends NamedTarget {
    static final String EXECUTABLE = "application/octet-stream";

    JackTarget() {
        super("jack", "JACK application", true);
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        try (HostBuild build = HostBuild.open(request, progress)) {
            String name = build.name();
            String cpp = build.faust("jack-console.cpp");
            List<String> compile = new ArrayList<>(HostBuild.CXXFLAGS);
            compile.addAll(List.of(cpp, "-o", "out/" + name, "-ljack", "-lpthread"));
            build.gpp("g++ (" + name + ")", compile);
            return new ExportArtifact(name, EXECUTABLE, build.read("out/" + name));
        }
    }
}
