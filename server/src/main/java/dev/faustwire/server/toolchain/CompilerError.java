package dev.faustwire.server.toolchain;

/** One compiler error: the file and 1-based line it names (null and 0 when it names none), and its text. */
public record CompilerError(String file, int line, String message) {
}
