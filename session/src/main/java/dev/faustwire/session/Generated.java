package dev.faustwire.session;

import dev.faustwire.core.diag.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * What the session shows for a state of the patch: the program (null when there is none), the box
 * path each of its lines comes from (the source map: {@code lineOwners.get(n - 1)} for line n, null
 * for a line of no box, {@code box-9/box-2} inside sub-patcher box-9), every diagnostic (reading the
 * file, then code generation), and the paths of the boxes in error.
 */
public record Generated(String code, List<String> lineOwners, List<Diagnostic> diagnostics, Set<String> boxesInError) {

    public Generated {
        lineOwners = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lineOwners));
        diagnostics = List.copyOf(diagnostics);
        boxesInError = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(boxesInError));
    }

    public boolean ok() {
        return code != null;
    }
}
