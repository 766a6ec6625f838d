package dev.faustwire.gen;

/**
 * The files an import may read besides the one it was given: abstractions ({@code name.gendsp})
 * and GenExpr libraries ({@code name.genexpr} for {@code require("name")}). Portable code reads no
 * files itself; the server and the CLI look beside the imported file and in the workspace.
 */
public interface GenFiles {
    /** Nothing besides the file itself. */
    GenFiles NONE = name -> null;

    /**
     * The text of the file of that name ({@code adcurve.gendsp}, {@code velitch.genexpr}), matched
     * without regard to case as Max does on macOS, or null when there is none.
     */
    String read(String fileName);

    /**
     * The bytes of an audio file of that name ({@code drums.wav}, {@code loop.aif}) for a {@code buffer}, found
     * as {@link #read} finds files, matched without regard to case, or null when there is none (or it is not
     * read: outside the workspace, too large). Implementations that read no audio keep this default.
     */
    default byte[] readBytes(String fileName) {
        return null;
    }
}
