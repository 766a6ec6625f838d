package dev.faustwire.core.io;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Patch;
import java.util.List;

/** A patch as read (null when the document could not be read at all) and what was wrong with it. */
public record ReadResult(Patch patch, List<Diagnostic> diagnostics) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return Diagnostic.anyError(diagnostics);
    }
}
