package dev.faustwire.codegen;

import dev.faustwire.codegen.read.BoxReader;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.codegen.resolve.ResolveReferences;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/** How many inlets and outlets a box has, derived from its text; what the editor draws. */
public final class BoxPorts {
    private BoxPorts() {
    }

    /** Inlet and outlet counts; {@code known} is false when the text means nothing yet. */
    public record Count(int inlets, int outlets, boolean known) {
    }

    public static Count of(Box box, StdlibIndex stdlib) {
        return of(box, stdlib, Resources.NONE);
    }

    /** The counts of a box whose sub-patcher file or code arity may come from {@code resources}. */
    public static Count of(Box box, StdlibIndex stdlib, Resources resources) {
        List<Diagnostic> ignored = new ArrayList<>();
        Context context = new Context(stdlib, ResolveReferences.runOne(box, resources), ignored, Codegen::analyze);
        BoxSpec spec = new BoxReader(context, Patch.EMPTY).read(box);
        return spec == null ? new Count(0, 0, false) : new Count(spec.inlets(), spec.outlets(), true);
    }
}
