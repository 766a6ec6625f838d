package dev.faustwire.codegen.lower;

import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.program.Item;
import dev.faustwire.codegen.program.Program;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.CodeText;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass 7, lower: the analysed levels to the program model, making every decision of the output:
 * one definition per used outlet inside {@code process(In_1_0, ...) = Out_1, ... with { ... };},
 * a sub-patcher as a function of its inputs with its own {@code with}, a code box as
 * {@code environment { ... }.process}, an iteration as Faust's {@code par|seq|sum|prod} with its
 * body in a {@code with}, each loop as a lambda closed with {@code ~}, and the effect as a second
 * top-level definition. A sub-patcher file used several times is one top-level function
 * ({@code file_1}) that each use names, where its meaning does not depend on the use.
 */
public final class Lower {
    private Lower() {
    }

    public static Program run(Level top) {
        List<String> imports = new ArrayList<>();
        imports.add("import(\"stdfaust.lib\");");
        collectImports(top, imports, new ArrayList<>());
        SharedFunctions shared = new SharedFunctions();
        LowerLevel level = LowerLevel.of(top, List.of(), shared);
        Item.Function process = level.function(null, "process", LowerLevel.Side.VOICE);
        String effect = top.split().effect();
        Program.Effect lowered = effect == null ? null : level.effect(effect);
        List<String> helpers = hasOnDemand(top, new ArrayList<>()) ? Ticks.HELPERS : List.of();
        return new Program(imports, helpers, shared.functions(), process, lowered);
    }

    /** True when an ondemand box is somewhere in the level or below it. */
    private static boolean hasOnDemand(Level level, List<String> visited) {
        for (BoxSpec spec : level.graph().specs.values()) {
            if (spec.detail() instanceof BoxSpec.SubPatch sub) {
                if (sub.onDemand()) {
                    return true;
                }
                String file = sub.sharedFile();
                if (file == null || !visited.contains(file)) {
                    if (file != null) {
                        visited.add(file);
                    }
                    if (hasOnDemand(sub.child(), visited)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The imports of every code box and import box, and the libraries outside stdfaust.lib that
     * library boxes call ({@code gen = library("gen.lib");}), hoisted to the top of the program once each;
     * a file's one level is visited once ({@code visited}: the shared files seen).
     */
    private static void collectImports(Level level, List<String> imports, List<String> visited) {
        for (BoxSpec spec : level.graph().specs.values()) {
            if (spec.detail() instanceof BoxSpec.SubPatch sub) {
                String file = sub.sharedFile();
                if (file == null || !visited.contains(file)) {
                    if (file != null) {
                        visited.add(file);
                    }
                    collectImports(sub.child(), imports, visited);
                }
            } else if (spec.detail() instanceof BoxSpec.LibraryCall call) {
                if (call.importLine() != null && !imports.contains(call.importLine())) {
                    imports.add(call.importLine());
                }
            } else if (spec.detail() instanceof BoxSpec.Import library) {
                String imported = "import(\"" + library.library() + "\");";
                if (!imports.contains(imported)) {
                    imports.add(imported);
                }
            } else if (spec.detail() instanceof BoxSpec.CodeText code) {
                for (String line : code.libraryImports()) {
                    if (!imports.contains(line)) {
                        imports.add(line);
                    }
                }
                for (String line : CodeText.lines(code.faust())) {
                    String imported = CodeText.importOf(line);
                    if (imported != null && !imports.contains(imported)) {
                        imports.add(imported);
                    }
                }
            }
        }
    }
}
