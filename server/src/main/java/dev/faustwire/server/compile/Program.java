package dev.faustwire.server.compile;

import dev.faustwire.codegen.SourceMap;
import dev.faustwire.core.diag.Diagnostic;
import java.util.List;

/**
 * A Faust program to compile: its name (the top group of control addresses), its text (null when
 * codegen stopped), the source map back to boxes (null for a {@code dsp} given as text), and the
 * diagnostics found before compiling.
 */
public record Program(String name, String code, SourceMap sourceMap, List<Diagnostic> diagnostics,
        int inputs, int outputs) {

    public Program {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A program written by hand: nothing to map back to boxes. */
    public static Program ofDsp(String name, String code) {
        return new Program(name, code, null, List.of(), -1, -1);
    }

    /** True when there is text to compile and nothing before compiling found an error. */
    public boolean compilable() {
        return code != null && !Diagnostic.anyError(diagnostics);
    }

    /** The file name the compiler sees, which its line errors quote. */
    public String fileName() {
        return name + ".dsp";
    }
}
