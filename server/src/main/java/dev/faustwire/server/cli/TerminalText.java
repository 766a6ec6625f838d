package dev.faustwire.server.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Text the command line prints, made safe for a terminal: a box's text, a file name or a compiler
 * message may hold escape sequences (ESC, CSI), a carriage return that overwrites the line, or
 * bidirectional overrides that reorder it. Each such character is printed as {@code \x1b} or
 * {@code \u202e}; newlines and tabs are kept.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** Whether a character could move the cursor, change colours or reorder what a reader sees. */
    static boolean unsafe(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /** The text with every unsafe character written as a visible escape. */
    public static String escape(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = Character.isSurrogate(c) ? !paired(text, i) : unsafe(c);
            if (bad && safe == null) {
                safe = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (safe != null) {
                if (bad) {
                    safe.append(c <= 0xff ? "\\x" + hex(c, 2) : "\\u" + hex(c, 4));
                } else {
                    safe.append(c);
                }
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair (a character outside the BMP). */
    private static boolean paired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String hex(int value, int digits) {
        String hex = Integer.toHexString(value);
        return "0".repeat(Math.max(0, digits - hex.length())) + hex;
    }

    /** A stream that escapes every string printed through it, in UTF-8. */
    public static PrintStream guard(PrintStream target) {
        return target instanceof Guarded ? target : new Guarded(target);
    }

    /** Escapes at {@code print(String)}, which {@code println} and {@code print(Object)} go through. */
    private static final class Guarded extends PrintStream {
        Guarded(PrintStream target) {
            super(target, true, StandardCharsets.UTF_8);
        }

        @Override
        public void print(String s) {
            super.print(escape(String.valueOf(s)));
        }

        @Override
        public void print(Object obj) {
            print(String.valueOf(obj));
        }

        @Override
        public void println(Object x) {
            println(String.valueOf(x));
        }
    }
}
