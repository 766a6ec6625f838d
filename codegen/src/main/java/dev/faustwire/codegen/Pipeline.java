package dev.faustwire.codegen;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Patch file text to everything the project derives from it: canonical JSON, the program and the
 * diagnostics. The browser and the JVM run this same code; {@link #report} is what a test compares.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** What one patch file gives: canonical JSON (null when unreadable), the codegen result, all diagnostics. */
    public record Output(String canonicalJson, CodegenResult result, List<Diagnostic> diagnostics) {
    }

    public static Output run(String patchText, StdlibIndex stdlib) {
        ReadResult read = PatchReader.read(patchText);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        if (read.patch() == null) {
            return new Output(null, null, diagnostics);
        }
        CodegenResult result = Codegen.generate(read.patch(), stdlib);
        diagnostics.addAll(result.diagnostics());
        return new Output(PatchWriter.write(read.patch()), result, diagnostics);
    }

    /** Canonical JSON, program and rendered diagnostics as one text, for byte-for-byte comparison. */
    public static String report(String name, String patchText, StdlibIndex stdlib) {
        Output output = run(patchText, stdlib);
        StringBuilder text = new StringBuilder();
        text.append("=== canonical\n").append(output.canonicalJson() == null ? "(none)\n" : output.canonicalJson());
        boolean hasCode = output.result() != null && output.result().ok();
        text.append("=== code\n").append(hasCode ? output.result().code() : "(none)\n");
        text.append("=== diagnostics\n");
        for (Diagnostic d : output.diagnostics()) {
            text.append(d.render(name)).append('\n');
        }
        return text.toString();
    }
}
