package dev.faustwire.gen.audio;

import dev.faustwire.core.diag.Code;

/**
 * The table a Gen {@code buffer} reads: {@code dim} frames of {@code channels} channels whose value at flat index
 * j = channel * dim + frame is {@code content} (a Faust function of j), from the file found, or Gen's stand-in for
 * a missing {@code buffer~}, one frame of 0. {@code code} and {@code message} say what to report on the box (null
 * and empty when the file was read as it is).
 */
public record BufferTable(int dim, int channels, String content, String fileName, Code code, String message) {
    /** The content of a table of zeros. */
    public static final String ZEROS = "\\(j).(0.0)";

    /** Gen's stand-in for a buffer whose buffer~ is not there: one frame, one channel, 0. */
    static BufferTable substitute(String fileName, Code code, String message) {
        return new BufferTable(1, 1, ZEROS, fileName, code, message);
    }

    /** Whether the table is the file's (not the one-frame stand-in). */
    public boolean fromFile() {
        return !content.equals(ZEROS);
    }
}
