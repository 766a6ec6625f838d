package dev.faustwire.server.export;

import java.nio.charset.StandardCharsets;

/** The Faust program itself, as the code panel shows it: {@code NAME.dsp}. */
final class DspTarget extends NamedTarget {
    DspTarget() {
        super("dsp", "Faust program (.dsp)", false);
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) {
        String text = request.source().endsWith("\n") ? request.source() : request.source() + "\n";
        return new ExportArtifact(request.programName() + ".dsp", ExportArtifact.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }
}
