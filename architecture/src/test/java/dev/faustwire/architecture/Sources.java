package dev.faustwire.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The main Java sources of the project's modules, read as text: a file's path, package and import lines. */
final class Sources {
    static final Path ROOT = Path.of(System.getProperty("faustwire.root", "..")).toAbsolutePath().normalize();

    private Sources() {
    }

    /** One source file. */
    record Source(Path path, String packageName, List<String> imports, String text) {
        String where() {
            return ROOT.relativize(path).toString();
        }
    }

    /** Every main source file of a module (its folder name). */
    static List<Source> of(String module) {
        Path main = ROOT.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(main)) {
            throw new AssertionError("no sources at " + main);
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    static Source read(Path file) {
        try {
            String text = Files.readString(file);
            String packageName = "";
            List<String> imports = new ArrayList<>();
            for (String line : text.split("\n")) {
                String t = line.trim();
                // a Java declaration ends with ';' (a text block may hold a Python "import" line)
                if (t.startsWith("package ") && t.endsWith(";")) {
                    packageName = t.substring(8, t.indexOf(';')).trim();
                } else if (t.startsWith("import ") && t.endsWith(";")) {
                    imports.add(t.substring(7, t.indexOf(';')).replace("static ", "").trim());
                }
            }
            return new Source(file, packageName, imports, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
