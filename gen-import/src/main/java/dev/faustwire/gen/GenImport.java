package dev.faustwire.gen;

/**
 * Placeholder on branch gen-editor only, until helper D's GenImport (branch gen-core) is merged: it
 * fails every import, so nothing can pass against it. The merge replaces this file with D's.
 */
public final class GenImport {
    private GenImport() {
    }

    /** Imports a .gendsp or .maxpat file's text; see D's class. */
    public static GenImportResult run(String fileName, String text, GenFiles files) {
        throw new UnsupportedOperationException("GenImport is not merged into this branch yet");
    }
}
