package dev.faustwire.server.compile;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;

/** Makes the {@link Program} of a patch (through codegen, as the browser does) or of Faust text. */
public final class Programs {
    private Programs() {
    }

    /** The program of a patch document; reading or codegen problems become its diagnostics. */
    public static Program ofPatch(String patchJson, String name) {
        String program = FaustCompiler.programName(name);
        ReadResult read = PatchReader.read(patchJson);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        if (read.patch() == null) {
            return new Program(program, null, null, diagnostics, -1, -1);
        }
        CodegenResult generated = Codegen.generate(read.patch(), BundledIndex.get());
        diagnostics.addAll(generated.diagnostics());
        return new Program(program, generated.code(), generated.sourceMap(), diagnostics,
                generated.inputs(), generated.outputs());
    }

    public static Program ofDsp(String dsp, String name) {
        return Program.ofDsp(FaustCompiler.programName(name), dsp);
    }

    /** A patch file ({@code .json}, {@code .dsppat}) or a Faust file ({@code .dsp}), by its name. */
    public static Program ofFile(String fileName, String text) {
        String stem = fileName.replaceFirst("^.*/", "").replaceFirst("\\.[^.]*$", "");
        String name = FaustCompiler.programName(stem.replaceAll("[^A-Za-z0-9_]", "_"));
        return fileName.endsWith(".dsp") ? ofDsp(text, name) : ofPatch(text, name);
    }
}
