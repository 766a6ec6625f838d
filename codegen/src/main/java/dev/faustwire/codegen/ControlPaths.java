package dev.faustwire.codegen;

import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.lower.Lower;
import dev.faustwire.codegen.program.Program;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.codegen.resolve.ResolveReferences;
import dev.faustwire.codegen.resolve.Resolved;
import dev.faustwire.codegen.ui.UiPaths;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each control box of a patch sits in the UI of its program: the labels of the groups around
 * it and its own, read from the program model that code generation lowers (the groups a box's
 * signal is wrapped in, the sub-patchers and iterations it is used in), so that the page can find
 * the control address of a box on the canvas without guessing from labels.
 */
public final class ControlPaths {
    private ControlPaths() {
    }

    /** The control paths of a patch's program; none when the patch has errors. */
    public static List<UiPaths.ControlPath> of(Patch patch, StdlibIndex stdlib, Resources resources) {
        List<Diagnostic> diagnostics = new ArrayList<>(PatchValidator.validate(patch));
        Resolved resolved = ResolveReferences.run(patch, resources);
        if (resolved.overBudgetBox() != null) {
            return List.of();
        }
        Context context = new Context(stdlib, resolved, diagnostics, Codegen::analyze);
        context.budget.charge(patch);
        Level top = Codegen.analyze(patch, context);
        if (Diagnostic.anyError(diagnostics)) {
            return List.of();
        }
        Program program = Lower.run(top);
        return UiPaths.of(program);
    }
}
