package dev.faustwire.server;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code faustwire codegen PATCH [-o OUT.dsp]}: the Faust program on stdout, diagnostics on stderr. */
final class CodegenCommand {
    private CodegenCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("o");
        if (args.positional().size() != 1) {
            throw new UsageException("codegen takes one patch file");
        }
        Path file = Path.of(args.positional().get(0));
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ": error: cannot read the file (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        ReadResult read = PatchReader.read(text);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        CodegenResult result = null;
        if (read.patch() != null) {
            result = Codegen.generate(read.patch(), BundledIndex.get());
            diagnostics.addAll(result.diagnostics());
        }
        for (Diagnostic d : diagnostics) {
            err.println(d.render(file.toString()));
        }
        if (read.hasErrors() || result == null || !result.ok()) {
            return 1;
        }
        String target = args.option("o", null);
        if (target == null) {
            out.print(result.code());
            return 0;
        }
        try {
            Files.writeString(Path.of(target), result.code(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(target + ": error: cannot write the file (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        return 0;
    }
}
