package dev.faustwire.codegen;

import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.codegen.resolve.ResolveReferences;
import dev.faustwire.codegen.resolve.Resolved;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which boxes each iteration's body holds, per level of a patch, as the analysis pass
 * {@code check.FindIterationBodies} finds them for code generation (so what the editor outlines is
 * what the program iterates): a box belongs to every body around it, a nested iteration's too.
 * Levels are keyed by their path of sub-patcher boxes, {@code box-9/} inside box-9, empty at the top.
 */
public final class IterationBodies {
    private IterationBodies() {
    }

    /** Per level path, per iteration box id, the ids of its body's boxes in graph order; levels without iteration are left out. */
    public static Map<String, Map<String, List<String>>> of(Patch patch, StdlibIndex stdlib, Resources resources) {
        Map<String, Map<String, List<String>>> levels = new TreeMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>(PatchValidator.validate(patch));
        Resolved resolved = ResolveReferences.run(patch, resources);
        if (resolved.overBudgetBox() != null) {
            return levels;
        }
        Level.Analysis recording = (level, context) -> {
            Level analysed = Codegen.analyze(level, context);
            Map<String, List<String>> bodies = bodiesOf(analysed);
            if (!bodies.isEmpty()) {
                levels.putIfAbsent(context.id(""), bodies);
            }
            return analysed;
        };
        Context context = new Context(stdlib, resolved, diagnostics, recording);
        context.budget.charge(patch);
        recording.analyze(patch, context);
        return levels;
    }

    /** Each iteration of one level with every box whose chain of innermost bodies leads to it. */
    private static Map<String, List<String>> bodiesOf(Level level) {
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        for (String id : level.graph().order) {
            for (String around = level.scopes().of(id); around != null; around = level.scopes().of(around)) {
                bodies.computeIfAbsent(around, k -> new ArrayList<>()).add(id);
            }
        }
        return bodies;
    }
}
