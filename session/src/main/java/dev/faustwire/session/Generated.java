package dev.faustwire.session;

import dev.faustwire.core.diag.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * What the session shows for a state of the patch: the program (null when there is none), every
 * diagnostic (reading the file, then code generation), and the paths of the boxes in error.
 */
public record Generated(String code, List<Diagnostic> diagnostics, Set<String> boxesInError) {

    public Generated {
        diagnostics = List.copyOf(diagnostics);
        boxesInError = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(boxesInError));
    }

    public boolean ok() {
        return code != null;
    }
}
