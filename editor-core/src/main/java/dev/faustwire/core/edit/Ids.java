package dev.faustwire.core.edit;

import java.util.Collection;
import java.util.List;

/** Allocates the next free {@code box-N} or {@code line-N} id: one past the largest number in use (up to 15 digits). */
public final class Ids {
    private Ids() {
    }

    /**
     * The ids of a box path, outermost first: {@code box-9/box-7} is box-7 inside the embedded
     * sub-patcher box-9.
     */
    public static List<String> path(String boxPath) {
        return dev.faustwire.core.text.Split.at(boxPath, '/');
    }

    public static String next(String prefix, Collection<String> used) {
        long n = largest(prefix, used) + 1;
        while (used.contains(prefix + "-" + n)) {
            n++;
        }
        return prefix + "-" + n;
    }

    /** The largest N of the ids {@code prefix-N} in {@code used}, 0 when there is none. */
    public static long largest(String prefix, Collection<String> used) {
        long max = 0;
        String head = prefix + "-";
        for (String id : used) {
            long n = numberAfter(head, id);
            if (n > max) {
                max = n;
            }
        }
        return max;
    }

    /** N for an id {@code head + N} with N a plain positive number, else -1. */
    public static long numberAfter(String head, String id) {
        if (!id.startsWith(head) || id.length() == head.length() || id.length() - head.length() > 15) {
            return -1;
        }
        long n = 0;
        for (int i = head.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
