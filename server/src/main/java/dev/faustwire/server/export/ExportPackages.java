package dev.faustwire.server.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Debian packages of each export target, from {@code targets.tsv}, the one table that the
 * launcher reads too: what a build needs, and the host the suite loads the export into.
 */
public final class ExportPackages {
    /** A target's packages: to build it, and to run what it builds. */
    public record Needs(List<String> build, List<String> host) {
    }

    private static final Map<String, Needs> TABLE = read();

    private ExportPackages() {
    }

    /** The needs of a target named in the table; {@code IllegalArgumentException} for another name. */
    public static Needs of(String target) {
        Needs needs = TABLE.get(target);
        if (needs == null) {
            throw new IllegalArgumentException("targets.tsv has no line for " + target);
        }
        return needs;
    }

    /** The targets the table names, in its order. */
    public static List<String> targets() {
        return List.copyOf(TABLE.keySet());
    }

    private static Map<String, Needs> read() {
        try (InputStream in = ExportPackages.class.getResourceAsStream("targets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("targets.tsv is missing from the server's jar");
            }
            Map<String, Needs> table = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException("targets.tsv: a line needs three tab-separated fields: " + line);
                }
                table.put(fields[0], new Needs(packages(fields[1]), packages(fields[2])));
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> packages(String field) {
        List<String> names = new ArrayList<>();
        for (String name : field.trim().split(" +")) {
            if (!name.equals("-") && !name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
