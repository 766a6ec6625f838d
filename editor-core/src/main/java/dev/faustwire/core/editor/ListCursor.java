package dev.faustwire.core.editor;

/** Moving the chosen row of a list with ↓ and ↑, wrapping at both ends (completions, the command palette). */
public final class ListCursor {
    private ListCursor() {
    }

    /** The row after {@code chosen} (the first when none is chosen), the first after the last; -1 for an empty list. */
    public static int next(int chosen, int size) {
        return size == 0 ? -1 : (chosen + 1) % size;
    }

    /** The row before {@code chosen} (the last when none is chosen or the first is), -1 for an empty list. */
    public static int previous(int chosen, int size) {
        return size == 0 ? -1 : (chosen <= 0 ? size : chosen) - 1;
    }
}
