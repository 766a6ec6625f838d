package dev.faustwire.server.cli;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Patch;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code faustwire import-gen FILE.gendsp|FILE.maxpat [-o PATCH.json]}: the compatibility report on
 * stderr ({@code file: box-7: error G012: ...}), the patch on stdout or in {@code -o} with its
 * abstractions beside it; exit 1 when nothing could be imported.
 */
final class ImportGenCommand {
    private ImportGenCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("o");
        if (args.positional().size() != 1) {
            throw new UsageException("import-gen takes one .gendsp or .maxpat file");
        }
        Path file = Path.of(args.positional().get(0));
        GenImportResult result = importFile(file, err);
        if (result == null || !result.imported()) {
            return 1;
        }
        String target = args.option("o", null);
        if (target == null) {
            out.print(PatchWriter.write(result.patch()));
            return 0;
        }
        Path patchFile = Path.of(target);
        try {
            Files.writeString(patchFile, PatchWriter.write(result.patch()), StandardCharsets.UTF_8);
            Path folder = patchFile.toAbsolutePath().getParent();
            for (Map.Entry<String, Patch> abstraction : result.files().entrySet()) {
                Files.writeString(folder.resolve(abstraction.getKey()), PatchWriter.write(abstraction.getValue()), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println(target + ": error: cannot write the file (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        out.println("wrote " + target + (result.files().isEmpty() ? "" : " and " + String.join(", ", result.files().keySet()))
                + ": " + result.patch().boxes().size() + " boxes, " + count(result, true) + " errors and "
                + count(result, false) + " warnings in the report");
        return 0;
    }

    /** True for the files the Gen import reads, by their ending in any case. */
    static boolean isGenFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gendsp") || name.endsWith(".maxpat");
    }

    /** Imports a file, its report on {@code err}; null (with the reason) when it cannot be read. */
    static GenImportResult importFile(Path file, PrintStream err) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ": error: cannot read the file (" + e.getClass().getSimpleName() + ")");
            return null;
        }
        GenImportResult result = GenImport.run(file.getFileName().toString(), text, GenFolderFiles.beside(file));
        for (Diagnostic d : result.report()) {
            err.println(d.render(file.toString()));
        }
        return result;
    }

    private static int count(GenImportResult result, boolean errors) {
        int n = 0;
        for (Diagnostic d : result.report()) {
            n += d.isError() == errors ? 1 : 0;
        }
        return n;
    }
}
