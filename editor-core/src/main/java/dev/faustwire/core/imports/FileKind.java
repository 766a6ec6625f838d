package dev.faustwire.core.imports;

import java.util.Locale;

/** What a file the person opens or drops is, by its name: a patch, a Max gen~ patcher to import, or neither. */
public enum FileKind {
    /** A Faustwire or JSPatcher patch ({@code .json}, {@code .dsppat}): opened as it is. */
    PATCH,
    /** A gen~ patcher ({@code .gendsp}) or a Max patcher with gen~ inside ({@code .maxpat}): imported by the server. */
    GEN,
    /** Anything else: refused with a message. */
    OTHER;

    /** The kind of a file name, its extension matched without regard to case ({@code Comb.GENDSP} is Gen). */
    public static FileKind of(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".dsppat")) {
            return PATCH;
        }
        if (lower.endsWith(".gendsp") || lower.endsWith(".maxpat")) {
            return GEN;
        }
        return OTHER;
    }

    /** The name an imported file's patch is saved under: its name with {@code .json} for the Gen extension. */
    public static String patchName(String genName) {
        int dot = genName.lastIndexOf('.');
        String stem = dot > 0 ? genName.substring(0, dot) : genName;
        return stem + ".json";
    }

    /** What a refused file is told: the kinds the editor opens. */
    public static String refusal(String name) {
        return name + " is neither a patch (.json, .dsppat) nor a Max gen~ patcher (.gendsp, .maxpat)";
    }
}
