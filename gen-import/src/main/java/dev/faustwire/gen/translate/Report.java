package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** The compatibility report as it is written: diagnostics in the order the import meets them. */
public final class Report {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void box(Code code, String boxPath, String message) {
        diagnostics.add(Diagnostic.atBox(code, boxPath, message));
    }

    public void document(Code code, String message) {
        diagnostics.add(Diagnostic.atDocument(code, message));
    }

    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
