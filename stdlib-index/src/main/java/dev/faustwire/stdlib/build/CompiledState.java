package dev.faustwire.stdlib.build;

import java.util.Collection;

/**
 * Whether a program compiled by Faust ({@code -lang c}) keeps state from one sample to the next,
 * read from its C code: the DSP keeps state when {@code instanceClear} has a statement (Faust
 * zeroes there every delay line, recursion and counter; controls live in
 * {@code instanceResetUserInterface}, constants in {@code instanceConstants}, read-only tables in
 * {@code classInit}) or when {@code compute} writes an element of one of the DSP's arrays (an
 * {@code rwtable}, filled once in {@code instanceConstants} and written while running). Unknown when
 * the code does not have the two functions.
 */
public enum CompiledState {
    STATEFUL, STATELESS, UNKNOWN;

    /** The state of the DSP whose C code is {@code c}. */
    public static CompiledState of(String c) {
        String clear = body(c, "instanceClearmydsp(");
        String compute = body(c, "computemydsp(");
        if (clear == null || compute == null) {
            return UNKNOWN;
        }
        return hasStatement(clear) || writesAnArray(compute) ? STATEFUL : STATELESS;
    }

    /**
     * The state of a function from the programs that compiled it: stateful when any of them keeps
     * state (a delay whose length is one of the constants may vanish at some values), stateless when
     * all of them were read and none does, unknown when none compiled or one could not be read.
     */
    public static CompiledState of(Collection<FaustProbe.Answer> answers) {
        boolean compiled = false;
        boolean unread = false;
        for (FaustProbe.Answer answer : answers) {
            if (!answer.ok()) {
                continue;
            }
            compiled = true;
            if (answer.state() == STATEFUL) {
                return STATEFUL;
            }
            unread |= answer.state() == UNKNOWN;
        }
        return compiled && !unread ? STATELESS : UNKNOWN;
    }

    /** The text between the braces of the function {@code void NAME...) {...}} (NAME with its class and parenthesis), or null. */
    static String body(String c, String name) {
        int at = c.indexOf("void " + name);
        if (at < 0) {
            return null;
        }
        int open = c.indexOf('{', at);
        if (open < 0) {
            return null;
        }
        int close = matching(c, open, '{', '}');
        return close < 0 ? null : c.substring(open + 1, close);
    }

    /** Anything but blanks and comments. */
    static boolean hasStatement(String body) {
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (body.startsWith("/*", i)) {
                int end = body.indexOf("*/", i + 2);
                i = end < 0 ? body.length() : end + 1;
            } else if (body.startsWith("//", i)) {
                int end = body.indexOf('\n', i);
                i = end < 0 ? body.length() : end;
            } else if (!Character.isWhitespace(ch)) {
                return true;
            }
        }
        return false;
    }

    /** An assignment {@code dsp->NAME[...] = ...}: the DSP writes one of its own arrays. */
    static boolean writesAnArray(String body) {
        for (int at = body.indexOf("dsp->"); at >= 0; at = body.indexOf("dsp->", at + 1)) {
            int i = at + "dsp->".length();
            while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '_')) {
                i++;
            }
            if (i >= body.length() || body.charAt(i) != '[') {
                continue;
            }
            int close = matching(body, i, '[', ']');
            if (close < 0) {
                continue;
            }
            int next = close + 1;
            while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                next++;
            }
            if (next + 1 < body.length() && body.charAt(next) == '=' && body.charAt(next + 1) != '=') {
                return true;
            }
        }
        return false;
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private static int matching(String text, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == opening) {
                depth++;
            } else if (text.charAt(i) == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
