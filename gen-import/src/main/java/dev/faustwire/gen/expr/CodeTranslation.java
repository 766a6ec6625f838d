package dev.faustwire.gen.expr;

import dev.faustwire.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * GenExpr translated to Faust: a program text that defines {@code process} with {@code inputs}
 * inputs and {@code outputs} outputs (the highest {@code inN} and {@code outN} the code uses),
 * and what could not be translated exactly, each problem pinned to the box, its message starting
 * with the GenExpr line ({@code line 3: ...}). {@code faust} is null when nothing could be made.
 */
public record CodeTranslation(String faust, int inputs, int outputs, List<Diagnostic> problems) {
    public CodeTranslation {
        problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }
}
