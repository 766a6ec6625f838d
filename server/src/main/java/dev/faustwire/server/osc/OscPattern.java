package dev.faustwire.server.osc;

/**
 * OSC 1.0 address pattern matching ({@code ?}, {@code *}, {@code [abc]}, {@code [!a-z]}, {@code {a,b}}), part by
 * part between slashes, as libOSCFaust matches its nodes. Linear in the address for each pattern character (a set
 * of reachable positions, no backtracking), so no pattern can make it slow; a malformed pattern matches nothing.
 */
public final class OscPattern {
    /** Longest pattern considered; longer ones match nothing. */
    public static final int MAX_LENGTH = 1024;

    private OscPattern() {
    }

    /** Whether the pattern names this address (both start with '/', same number of parts). */
    public static boolean matches(String pattern, String address) {
        if (pattern == null || address == null || pattern.length() > MAX_LENGTH
                || !pattern.startsWith("/") || !address.startsWith("/")) {
            return false;
        }
        int p = 1;
        int a = 1;
        while (true) {
            int pEnd = partEnd(pattern, p);
            int aEnd = partEnd(address, a);
            if (!matchesPart(pattern, p, pEnd, address, a, aEnd)) {
                return false;
            }
            boolean pDone = pEnd == pattern.length();
            boolean aDone = aEnd == address.length();
            if (pDone || aDone) {
                return pDone && aDone;
            }
            p = pEnd + 1;
            a = aEnd + 1;
        }
    }

    /** Whether a string uses any pattern character (so is not a plain address). */
    public static boolean isPattern(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || c == '*' || c == '[' || c == ']' || c == '{' || c == '}') {
                return true;
            }
        }
        return false;
    }

    private static int partEnd(String s, int from) {
        int slash = s.indexOf('/', from);
        return slash < 0 ? s.length() : slash;
    }

    /** Pattern part {@code pattern[pFrom, pTo)} against address part {@code address[aFrom, aTo)}. */
    static boolean matchesPart(String pattern, int pFrom, int pTo, String address, int aFrom, int aTo) {
        int n = aTo - aFrom;
        boolean[] at = new boolean[n + 1];
        at[0] = true;
        int i = pFrom;
        while (i < pTo) {
            char c = pattern.charAt(i);
            boolean[] next = new boolean[n + 1];
            if (c == '*') {
                int first = firstTrue(at);
                for (int j = first; j <= n && first >= 0; j++) {
                    next[j] = true;
                }
                i++;
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0 || close >= pTo) {
                    return false;
                }
                for (int j = 0; j < n; j++) {
                    next[j + 1] = at[j] && inClass(pattern, i + 1, close, address.charAt(aFrom + j));
                }
                i = close + 1;
            } else if (c == '{') {
                int close = pattern.indexOf('}', i + 1);
                if (close < 0 || close >= pTo) {
                    return false;
                }
                alternatives(pattern, i + 1, close, address, aFrom, n, at, next);
                i = close + 1;
            } else {
                for (int j = 0; j < n; j++) {
                    next[j + 1] = at[j] && (c == '?' || address.charAt(aFrom + j) == c);
                }
                i++;
            }
            if (firstTrue(next) < 0) {
                return false;
            }
            at = next;
        }
        return at[n];
    }

    /** {@code [abc]}, {@code [a-z]}, {@code [!...]} between {@code from} and {@code to} (exclusive of the brackets). */
    private static boolean inClass(String pattern, int from, int to, char c) {
        boolean negated = from < to && pattern.charAt(from) == '!';
        int i = negated ? from + 1 : from;
        boolean found = false;
        while (i < to) {
            char low = pattern.charAt(i);
            if (i + 2 < to && pattern.charAt(i + 1) == '-') {
                char high = pattern.charAt(i + 2);
                if (c >= low && c <= high) {
                    found = true;
                }
                i += 3;
            } else {
                if (c == low) {
                    found = true;
                }
                i++;
            }
        }
        return found != negated;
    }

    /** {@code {a,b,c}}: from each reachable position, each alternative that follows reaches past itself. */
    private static void alternatives(String pattern, int from, int to, String address, int aFrom, int n,
            boolean[] at, boolean[] next) {
        int start = from;
        while (true) {
            int comma = pattern.indexOf(',', start);
            int end = comma < 0 || comma > to ? to : comma;
            int length = end - start;
            for (int j = 0; j + length <= n; j++) {
                if (at[j] && address.regionMatches(aFrom + j, pattern, start, length)) {
                    next[j + length] = true;
                }
            }
            if (end == to) {
                return;
            }
            start = end + 1;
        }
    }

    private static int firstTrue(boolean[] flags) {
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                return i;
            }
        }
        return -1;
    }
}
