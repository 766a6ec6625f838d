package dev.faustwire.server.compile;

import dev.faustwire.codegen.Resources.Arity;
import dev.faustwire.codegen.SourceMap;
import dev.faustwire.core.diag.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Faust program to compile: its name (the top group of control addresses), its text (null when
 * codegen stopped), the source map back to boxes (null for a {@code dsp} given as text), the
 * diagnostics found before compiling, and the arities probed for code boxes of the patch, by box id.
 */
public record Program(String name, String code, SourceMap sourceMap, List<Diagnostic> diagnostics,
        int inputs, int outputs, Map<String, Arity> probes) {

    public Program {
        diagnostics = List.copyOf(diagnostics);
        probes = Collections.unmodifiableMap(new TreeMap<>(probes));
    }

    /** A program whose code boxes needed no probe. */
    public Program(String name, String code, SourceMap sourceMap, List<Diagnostic> diagnostics, int inputs,
            int outputs) {
        this(name, code, sourceMap, diagnostics, inputs, outputs, Map.of());
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
