package dev.faustwire.server.compile;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.codegen.Resources;
import dev.faustwire.codegen.Tap;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;

/** Makes the {@link Program} of a patch (through codegen, as the browser does) or of Faust text. */
public final class Programs {
    private Programs() {
    }

    /** The program of a patch that knows no files and no code arities. */
    public static Program ofPatch(String patchJson, String name) {
        return ofPatch(patchJson, name, Resources.NONE);
    }

    /**
     * The program of a patch document whose sub-patcher files and code arities come from
     * {@code resources}; reading or codegen problems become its diagnostics.
     */
    public static Program ofPatch(String patchJson, String name, Resources resources) {
        return ofPatch(patchJson, name, resources, (Tap) null);
    }

    /**
     * The program of a patch for audition, with {@code tap} (null for none) as one more output after
     * the patch's own when codegen can place it; {@link Program#outputs()} stays the patch's own count.
     */
    public static Program ofPatch(String patchJson, String name, Resources resources, Tap tap) {
        String program = FaustCompiler.programName(name);
        ReadResult read = PatchReader.read(patchJson);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        if (read.patch() == null) {
            return new Program(program, null, null, diagnostics, -1, -1);
        }
        StdlibIndex stdlib = BundledIndex.get();
        ProbeRecord record = new ProbeRecord(resources);
        CodegenResult generated = Codegen.generate(read.patch(), stdlib, record, tap).result();
        diagnostics.addAll(generated.diagnostics());
        return new Program(program, generated.code(), generated.sourceMap(), diagnostics,
                generated.inputs(), generated.outputs(), record.byBox(read.patch(), stdlib));
    }

    /**
     * The program of a patch whose code boxes were probed within {@code budget}: the boxes the budget
     * left without a probe keep their arity unknown (E022), with a message that says so.
     */
    public static Program ofPatch(String patchJson, String name, Resources resources, ProbeBudget budget) {
        return ofPatch(patchJson, name, resources, budget, null);
    }

    /** As {@link #ofPatch(String, String, Resources, ProbeBudget)}, with an audition tap (null for none). */
    public static Program ofPatch(String patchJson, String name, Resources resources, ProbeBudget budget, Tap tap) {
        Program program = ofPatch(patchJson, name, resources, tap);
        if (!budget.ranOut()) {
            return program;
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : program.diagnostics()) {
            diagnostics.add(d.code() != Code.CODE_ARITY_UNKNOWN ? d
                    : new Diagnostic(d.severity(), d.code(), d.boxId(), d.lineId(), d.port(), budget.exhaustedMessage()));
        }
        return new Program(program.name(), program.code(), program.sourceMap(), diagnostics, program.inputs(),
                program.outputs(), program.probes());
    }

    /** The program of Faust text; an empty (or blank) text says so plainly and is not compiled. */
    public static Program ofDsp(String dsp, String name) {
        String program = FaustCompiler.programName(name);
        if (dsp.isBlank()) {
            return new Program(program, null, null, List.of(Diagnostic.atDocument(Code.COMPILE_ERROR,
                    "the program is empty; " + CompileDiagnostics.NO_PROCESS)), -1, -1);
        }
        return Program.ofDsp(program, dsp);
    }

    /** A patch file ({@code .json}, {@code .dsppat}) or a Faust file ({@code .dsp}), by its name. */
    public static Program ofFile(String fileName, String text) {
        return ofFile(fileName, text, Resources.NONE);
    }

    /** A patch file whose sub-patchers and code boxes are resolved by {@code resources}, or a Faust file. */
    public static Program ofFile(String fileName, String text, Resources resources) {
        String stem = fileName.replaceFirst("^.*/", "").replaceFirst("\\.[^.]*$", "");
        String name = FaustCompiler.programName(stem.replaceAll("[^A-Za-z0-9_]", "_"));
        return fileName.endsWith(".dsp") ? ofDsp(text, name) : ofPatch(text, name, resources);
    }
}
