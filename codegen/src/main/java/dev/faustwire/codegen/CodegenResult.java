package dev.faustwire.codegen;

import dev.faustwire.core.diag.Diagnostic;
import java.util.List;

/**
 * A generated program with its source map, or null code when an error stopped generation; the
 * diagnostics in either case; and the channel counts the program has (or would have).
 */
public record CodegenResult(String code, SourceMap sourceMap, List<Diagnostic> diagnostics, int inputs, int outputs) {

    public CodegenResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return code != null;
    }
}
