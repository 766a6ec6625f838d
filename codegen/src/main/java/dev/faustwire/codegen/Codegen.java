package dev.faustwire.codegen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Patch to Faust. Passes, in order: validate the document; read every box into its meaning and
 * keep the lines between existing ports; check channels; find loops and reject those without a
 * delay; write the program.
 */
public final class Codegen {
    private Codegen() {
    }

    /** The program of a patch; library boxes get their arity from {@code stdlib}. */
    public static CodegenResult generate(Patch patch, StdlibIndex stdlib) {
        return generate(patch, stdlib, Resources.NONE);
    }

    /** The program of a patch whose sub-patcher files and code-box arities come from {@code resources}. */
    public static CodegenResult generate(Patch patch, StdlibIndex stdlib, Resources resources) {
        List<Diagnostic> diagnostics = new ArrayList<>(PatchValidator.validate(patch));
        Level top = new Level(patch, new Context(stdlib, ResolveReferences.run(patch, resources), diagnostics));
        if (top.outputs.isEmpty() && !Diagnostic.anyError(diagnostics)) {
            diagnostics.add(Diagnostic.atDocument(Code.NO_OUTPUT, "the patch has no out box; add \"out 1\" to hear it"));
        }
        if (Diagnostic.anyError(diagnostics)) {
            return new CodegenResult(null, null, diagnostics, top.inputCount, top.outputCount);
        }
        ProgramWriter writer = new ProgramWriter(top);
        return new CodegenResult(writer.text(), writer.sourceMap(), diagnostics, top.inputCount, top.outputCount);
    }
}
