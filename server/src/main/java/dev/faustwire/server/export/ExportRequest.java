package dev.faustwire.server.export;

import dev.faustwire.server.toolchain.FaustCompiler;

/**
 * What is exported: the Faust program generated from the patch (already known to compile) and the
 * program's name, which becomes the plugin's, the class's and the top group's name.
 */
public record ExportRequest(String source, String programName) {
    public ExportRequest {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an export needs a program");
        }
        programName = FaustCompiler.programName(programName);
    }
}
