package dev.faustwire.server.cli;

import java.io.PrintStream;
import java.util.List;

/** The command line's dispatch: the first word picks a command. Exit 0 on success, 1 on errors, 2 on misuse. */
public final class CommandLine {
    public static final String USAGE = String.join("\n",
            "usage: faustwire serve [--port 7070] [--host 127.0.0.1] [--workspace DIR] [--token] [--osc-port 5510]",
            "       faustwire codegen PATCH [-o OUT.dsp]",
            "       faustwire compile PATCH|DSP|GEN [--wasm OUT.wasm]",
            "       faustwire render PATCH|DSP|GEN -o OUT.wav [--seconds S] [--rate R] [--set /addr=value]... [--input IN.wav]",
            "       faustwire export PATCH|DSP|GEN --target dsp|cpp|web|lv2|pd|sc|jack -o OUT (OUT/ for a folder)",
            "       faustwire lib QUERY [--json] [--all]",
            "       faustwire index [-o FILE] [--libraries DIR] [--threads N] [--gen] [--gen-lib FILE]",
            "       faustwire import-gen FILE.gendsp|FILE.maxpat [-o PATCH.json]",
            "       faustwire test");

    private CommandLine() {
    }

    /**
     * Runs a command; {@code serve} returns once the server is listening. What it prints passes
     * through {@link TerminalText}, so a patch cannot send escape sequences to the terminal.
     */
    public static int run(List<String> args, PrintStream rawOut, PrintStream rawErr) {
        PrintStream out = TerminalText.guard(rawOut);
        PrintStream err = TerminalText.guard(rawErr);
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "codegen" -> CodegenCommand.run(CliArgs.parse(rest), out, err);
                case "compile" -> CompileCommand.run(CliArgs.parse(rest), out, err);
                case "render" -> RenderCommand.run(CliArgs.parse(rest), out, err);
                case "export" -> ExportCommand.run(CliArgs.parse(rest), out, err);
                case "import-gen" -> ImportGenCommand.run(CliArgs.parse(rest), out, err);
                case "lib" -> LibCommand.run(CliArgs.parse(rest, "json", "all"), out, err);
                case "index" -> IndexCommand.run(CliArgs.parse(rest, "gen"), out, err);
                case "serve" -> ServeCommand.run(CliArgs.parse(rest, "token"), out);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("faustwire: unknown command \"" + args.get(0) + "\"\n" + USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("faustwire: " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (RuntimeException e) {
            err.println("faustwire: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it with the file that caused it");
            return 1;
        }
    }
}
