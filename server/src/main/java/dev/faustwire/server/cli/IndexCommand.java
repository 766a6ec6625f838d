package dev.faustwire.server.cli;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.build.FaustProbe;
import dev.faustwire.stdlib.build.GenIndexGenerator;
import dev.faustwire.stdlib.build.IndexGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code faustwire index [-o FILE] [--libraries DIR] [--threads N] [--gen] [--gen-lib FILE]}: rebuilds
 * the stdlib index from the installed Faust libraries, by default into the repository's resource,
 * then gen.lib's index into {@code gen-index.json} beside it; {@code --gen} rebuilds only gen.lib's
 * (into {@code -o FILE} if given), which takes seconds, as gen.lib changes often.
 */
final class IndexCommand {
    private IndexCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("o", "libraries", "threads", "gen", "gen-lib");
        if (!args.positional().isEmpty()) {
            throw new UsageException("index takes no file names; use -o FILE");
        }
        boolean genOnly = args.flag("gen");
        Path target = Path.of(args.option("o", inCheckout(genOnly ? GenIndexGenerator.RESOURCE : IndexGenerator.RESOURCE)));
        Path genTarget = genOnly ? target : target.resolveSibling("gen-index.json");
        Path libraries = Path.of(args.option("libraries", "/usr/share/faust"));
        Path genLib = Path.of(args.option("gen-lib", inCheckout(GenIndexGenerator.LIBRARY)));
        int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new UsageException("--threads takes a number from 1");
        }
        if (!genOnly) {
            if (!Files.isRegularFile(libraries.resolve("stdfaust.lib"))) {
                err.println(libraries + ": error: no stdfaust.lib here; is faust installed?");
                return 1;
            }
            StdlibIndex index = IndexGenerator.generate(libraries, FaustProbe.installed(), threads, err);
            if (!write(target, index, out, err)) {
                return 1;
            }
        }
        String genText;
        try {
            genText = Files.readString(genLib);
        } catch (IOException e) {
            err.println(genLib + ": error: cannot read gen.lib (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        StdlibIndex gen = GenIndexGenerator.generate(genText, FaustProbe.installed(), threads, err);
        return write(genTarget, gen, out, err) ? 0 : 1;
    }

    private static boolean write(Path target, StdlibIndex index, PrintStream out, PrintStream err) {
        try {
            Files.writeString(target, IndexFormat.write(index), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(target + ": error: cannot write the index (" + e.getClass().getSimpleName() + ")");
            return false;
        }
        out.println("wrote " + target + ": " + index.functions().size() + " functions, "
                + index.skipped().size() + " left out (faust " + index.faustVersion() + ")");
        return true;
    }

    /** A file of the checkout the launcher runs from, else relative to the current folder. */
    private static String inCheckout(String path) {
        String home = System.getenv("FAUSTWIRE_HOME");
        return home == null ? path : Path.of(home, path).toString();
    }
}
