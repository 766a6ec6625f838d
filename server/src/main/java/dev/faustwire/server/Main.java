package dev.faustwire.server;

import dev.faustwire.server.cli.CommandLine;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The entry point the launcher runs: {@code faustwire serve|codegen ...}, dispatched by {@link CommandLine}. */
public final class Main {
    static final String USAGE = CommandLine.USAGE;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out, System.err);
        if (code != 0 || !(args.length > 0 && args[0].equals("serve"))) {
            System.exit(code);
        }
    }

    /** Runs a command; {@code serve} returns once the server is listening. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        return CommandLine.run(args, out, err);
    }
}
