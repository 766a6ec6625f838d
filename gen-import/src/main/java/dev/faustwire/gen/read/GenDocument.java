package dev.faustwire.gen.read;

import dev.faustwire.core.diag.Diagnostic;
import java.util.List;

/**
 * What reading a file gave: its gen~ patchers (one for a .gendsp; each gen~ of a .maxpat, in
 * file order), whether it was a .maxpat (so Max objects around them were left out), and problems.
 */
public record GenDocument(List<GenPatcher> patchers, boolean maxpat, List<Diagnostic> problems) {
    public GenDocument {
        patchers = List.copyOf(patchers);
        problems = List.copyOf(problems);
    }
}
