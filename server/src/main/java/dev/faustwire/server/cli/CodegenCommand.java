package dev.faustwire.server.cli;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code faustwire codegen PATCH [-o OUT.dsp]}: the Faust program on stdout, diagnostics on stderr.
 * Sub-patcher files are looked up from the patch's folder upwards; code boxes of unknown arity are
 * probed with the sandboxed compiler.
 */
final class CodegenCommand {
    private CodegenCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("o");
        if (args.positional().size() != 1) {
            throw new UsageException("codegen takes one patch file");
        }
        Path file = Path.of(args.positional().get(0));
        Program program;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            program = Programs.ofPatch(text, null, CompileCommand.resources(file));
        } catch (IOException e) {
            err.println(file + ": error: cannot read the file (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        for (Diagnostic d : program.diagnostics()) {
            err.println(d.render(file.toString()));
        }
        if (!program.compilable()) {
            return 1;
        }
        String target = args.option("o", null);
        if (target == null) {
            out.print(program.code());
            return 0;
        }
        try {
            Files.writeString(Path.of(target), program.code(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(target + ": error: cannot write the file (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        return 0;
    }
}
