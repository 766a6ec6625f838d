package dev.faustwire.server.cli;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.build.FaustProbe;
import dev.faustwire.stdlib.build.IndexGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code faustwire index [-o FILE] [--libraries DIR] [--threads N]}: rebuilds the stdlib index from
 * the installed Faust libraries, by default into the repository's resource.
 */
final class IndexCommand {
    private IndexCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("o", "libraries", "threads");
        if (!args.positional().isEmpty()) {
            throw new UsageException("index takes no file names; use -o FILE");
        }
        Path target = Path.of(args.option("o", defaultTarget()));
        Path libraries = Path.of(args.option("libraries", "/usr/share/faust"));
        int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new UsageException("--threads takes a number from 1");
        }
        if (!Files.isRegularFile(libraries.resolve("stdfaust.lib"))) {
            err.println(libraries + ": error: no stdfaust.lib here; is faust installed?");
            return 1;
        }
        StdlibIndex index = IndexGenerator.generate(libraries, FaustProbe.installed(), threads, err);
        try {
            Files.writeString(target, IndexFormat.write(index), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(target + ": error: cannot write the index (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        out.println("wrote " + target + ": " + index.functions().size() + " functions, "
                + index.skipped().size() + " left out (faust " + index.faustVersion() + ")");
        return 0;
    }

    /** The resource in the checkout the launcher runs from, else relative to the current folder. */
    private static String defaultTarget() {
        String home = System.getenv("FAUSTWIRE_HOME");
        return home == null ? IndexGenerator.RESOURCE : Path.of(home, IndexGenerator.RESOURCE).toString();
    }
}
