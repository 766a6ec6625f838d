package dev.faustwire.codegen.read;

import dev.faustwire.codegen.check.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analysed level of each sub-patcher file whose meaning does not depend on where it is used,
 * by file key, so that the file's later uses reuse it (and lower to one shared function) instead
 * of analysing a copy each. A file is kept only when its analysis named no unlabelled control
 * (those are numbered program-wide, so each copy differs) and stayed within the budget.
 */
final class FileLevels {
    /**
     * One file's level, the depth its first use sat at (a use no deeper nests no deeper), and the
     * boxes and text its whole expansion charged, charged again at each later use.
     */
    record Entry(Level level, int depth, long boxes, long text) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** How many uses each kept file has: its first, and each that reused it. */
    private final Map<String, Integer> uses = new LinkedHashMap<>();

    /** The level kept for {@code key}, when a use at {@code depth} may reuse it (counted as a use); else null. */
    Entry reuse(String key, int depth) {
        Entry entry = entries.get(key);
        if (entry == null || depth > entry.depth()) {
            return null;
        }
        uses.put(key, uses.get(key) + 1);
        return entry;
    }

    void keep(String key, Entry entry) {
        if (!entries.containsKey(key)) {
            entries.put(key, entry);
            uses.put(key, 1);
        }
    }

    int uses(String key) {
        Integer n = uses.get(key);
        return n == null ? 0 : n;
    }
}
