package dev.faustwire.server.export;

import dev.faustwire.server.toolchain.FaustCompiler;

/**
 * The names an export carries: the patch's own name (its file stem, shown by the plugin host) in a
 * {@code declare name} line, and the program name made valid for Faust (class, file and bundle names).
 */
public final class ExportNames {
    /** Longest patch name kept in the declaration. */
    static final int LONGEST = 64;

    private ExportNames() {
    }

    /** The stem of a patch path or file name: {@code "ifc/my synth.dsppat"} gives {@code "my synth"}. */
    public static String stem(String path) {
        if (path == null || path.isBlank()) {
            return FaustCompiler.DEFAULT_NAME;
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The program name of a patch name: its letters and digits, {@code _} for the rest, and a {@code p}
     * before a name that starts with a digit or {@code _} ({@code "11-00"} gives {@code p11_00}); at most
     * 64 characters; {@code main} when nothing is left.
     */
    public static String programName(String patchName) {
        if (patchName == null || patchName.isBlank()) {
            return FaustCompiler.DEFAULT_NAME;
        }
        String valid = patchName.strip().replaceAll("[^A-Za-z0-9_]", "_");
        if (!Character.isLetter(valid.charAt(0))) {
            valid = "p" + valid;
        }
        return FaustCompiler.programName(valid.length() > LONGEST ? valid.substring(0, LONGEST) : valid);
    }

    /** The patch name as a Faust string's content: no quote, backslash or control character, at most {@value #LONGEST}. */
    static String declared(String patchName) {
        String kept = patchName == null ? "" : patchName.replaceAll("[\"\\\\\\p{Cntrl}]", "").strip();
        if (kept.length() > LONGEST) {
            kept = kept.substring(0, LONGEST);
        }
        return kept.isEmpty() ? FaustCompiler.DEFAULT_NAME : kept;
    }

    /**
     * The program with {@code declare name "<patch name>";} first, so the exported plugin or class is
     * called as the patch; a program that declares its own name keeps it.
     */
    public static String withName(String source, String patchName) {
        if (source.matches("(?s).*\\bdeclare\\s+name\\s*\".*")) {
            return source;
        }
        return "declare name \"" + declared(patchName) + "\";\n" + source;
    }
}
