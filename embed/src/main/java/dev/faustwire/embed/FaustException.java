package dev.faustwire.embed;

import dev.faustwire.core.diag.Diagnostic;
import java.util.List;

/**
 * Something the embedding API could not do: a program that does not compile (its {@link #diagnostics()},
 * each pinned to a box of the patch where the compiler's message allows, are also in the message), a
 * file that cannot be read, or a DSP that failed while computing.
 */
public final class FaustException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    FaustException(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    FaustException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.of();
    }

    /** Why the program did not compile, as the editor and {@code ./faustwire compile} show it; empty for other failures. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
