package dev.faustwire.codegen.graph;

import java.util.Arrays;

/**
 * The outlets of one box that lines leave from: a small set of outlet numbers, read in ascending
 * order. A TreeSet of Integer did the same, but allocated an iterator path at every read.
 */
public final class Outlets {
    private static final int[] NONE = new int[0];

    private boolean[] used = new boolean[0];
    private int count;
    private int[] ascending = NONE;

    public void add(int outlet) {
        if (outlet >= used.length) {
            used = Arrays.copyOf(used, Math.max(outlet + 1, 2 * used.length));
        }
        if (!used[outlet]) {
            used[outlet] = true;
            count++;
            ascending = null;
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The used outlets, ascending; the array is shared, never change it. */
    public int[] ascending() {
        if (ascending == null) {
            ascending = new int[count];
            int next = 0;
            for (int outlet = 0; outlet < used.length; outlet++) {
                if (used[outlet]) {
                    ascending[next++] = outlet;
                }
            }
        }
        return ascending;
    }
}
