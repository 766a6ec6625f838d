package dev.faustwire.server.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Faust program itself, as the code panel shows it: {@code NAME.dsp}. */
final class DspTarget implements ExportTarget {
    @Override
    public String name() {
        return "dsp";
    }

    @Override
    public String title() {
        return "Faust program (.dsp)";
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
    public ExportArtifact export(ExportRequest request, ExportProgress progress) {
        String text = request.source().endsWith("\n") ? request.source() : request.source() + "\n";
        return new ExportArtifact(request.programName() + ".dsp", ExportArtifact.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }
}
