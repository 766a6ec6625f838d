package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's packages and the one-way arrows between them (DESIGN, section 1), read from the main
 * sources: {@code cli -> http -> {workspace, compile} -> toolchain}, {@code render -> toolchain}, and
 * {@code http} may also use {@code render} and {@code live} (which uses {@code toolchain}); {@code cli} and {@code http} use
 * {@code export} (host builds) which uses compile, render and the toolchain, and {@code diagram} (block diagrams) which uses the toolchain. Only the root package (Main, the facade) may use anything.
 */
class ArchitectureTest {
    static final Path SOURCES = Path.of("src/main/java/dev/faustwire/server");
    static final String RULE = "cli -> http -> {workspace, compile} -> toolchain, render -> toolchain, http -> render, http -> live -> toolchain, http -> osc -> live,"
            + " {cli, http} -> export -> {compile, render} -> toolchain, {cli, http} -> diagram -> toolchain;"
            + " the root package (Main, FaustwireServer) may use every package, and no package may use the root";
    static final String ROOT = "(root)";

    /** For each package, the packages it may use: the arrows of the rule, closed under following them. */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry(ROOT, Set.of("cli", "http", "workspace", "compile", "render", "toolchain", "live", "osc", "export", "diagram")),
            Map.entry("cli", Set.of("http", "workspace", "compile", "render", "toolchain", "live", "osc", "export", "diagram")),
            Map.entry("http", Set.of("workspace", "compile", "render", "toolchain", "live", "osc", "export", "diagram")),
            Map.entry("diagram", Set.of("toolchain")),
            Map.entry("export", Set.of("compile", "render", "toolchain")),
            Map.entry("live", Set.of("toolchain")),
            Map.entry("osc", Set.of("live", "toolchain")),
            Map.entry("workspace", Set.of("toolchain")),
            Map.entry("compile", Set.of("toolchain")),
            Map.entry("render", Set.of("toolchain")),
            Map.entry("toolchain", Set.of()));

    /** A use of a server class: in an import (static or not) or written out in full in the code. */
    private static final Pattern USE = Pattern.compile("\\bdev\\.faustwire\\.server((?:\\.[A-Za-z_]\\w*)+)");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void everyUseOfAnotherServerPackageFollowsTheArrows() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> packagesSeen = new TreeSet<>();
        List<Path> files = mainSources();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String from = packageOf(file, text);
            packagesSeen.add(from);
            if (!MAY_USE.containsKey(from)) {
                violations.add(name(file) + ": package " + from + " is not in the rules; add it with its arrows");
                continue;
            }
            violations.addAll(violations(file, from, text));
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " use(s) against the server's arrows (" + RULE + "):\n  "
                    + String.join("\n  ", violations));
        }
        assertTrue(files.size() > 50, "read " + files.size() + " files from " + SOURCES.toAbsolutePath());
        assertEquals(MAY_USE.keySet(), packagesSeen, "every package of the rule has files, and no other does");
    }

    /** The forbidden uses in one file, each as "file:line: imports X, but P may use only {...}". */
    static List<String> violations(Path file, String from, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("package ")) {
                continue;
            }
            Matcher use = USE.matcher(lines[i]);
            while (use.find()) {
                String to = targetPackage(use.group(1));
                if (!to.equals(from) && !MAY_USE.get(from).contains(to)) {
                    found.add(name(file) + ":" + (i + 1) + ": " + (lines[i].startsWith("import") ? "imports " : "uses ")
                            + "dev.faustwire.server" + use.group(1) + ", but " + from + " may use "
                            + (MAY_USE.get(from).isEmpty() ? "no other server package" : "only " + new TreeSet<>(MAY_USE.get(from))));
                }
            }
        }
        return found;
    }

    /** The package a use names: the first segment when it is lower case, else the root ({@code server.Main}). */
    static String targetPackage(String afterServer) {
        String first = afterServer.substring(1).split("\\.")[0];
        return Character.isLowerCase(first.charAt(0)) ? first : ROOT;
    }

    private static String packageOf(Path file, String text) {
        Matcher m = PACKAGE.matcher(text);
        if (!m.find()) {
            throw new AssertionError(name(file) + " has no package line");
        }
        String name = m.group(1);
        if (name.equals("dev.faustwire.server")) {
            return ROOT;
        }
        return name.startsWith("dev.faustwire.server.") ? name.substring("dev.faustwire.server.".length()) : name;
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String name(Path file) {
        return SOURCES.relativize(file).toString().replace('\\', '/');
    }
}
