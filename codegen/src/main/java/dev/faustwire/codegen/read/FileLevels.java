package dev.faustwire.codegen.read;

import dev.faustwire.codegen.check.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analysed level of each sub-patcher file, by file key, with the boxes and text its first use
 * expanded to, so that each later use is charged at once (as the resolve pass charges it) and,
 * when the file's meaning does not depend on where it is used, reuses the level and lowers to the
 * one shared function. A level is shareable when its analysis named no unlabelled control (those
 * are numbered program-wide, so each copy differs); otherwise each use is analysed again.
 */
final class FileLevels {
    /**
     * One file's level, the depth its first use sat at (a use no deeper nests no deeper), the
     * boxes and text its whole expansion charged, and whether later uses may share the level.
     */
    record Entry(Level level, int depth, long boxes, long text, boolean shareable) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** How many uses share each shareable file's level: its first, and each that reused it. */
    private final Map<String, Integer> uses = new LinkedHashMap<>();

    /** The entry of {@code key} when a use at {@code depth} may rely on it (a shareable one counts the use); else null. */
    Entry find(String key, int depth) {
        Entry entry = entries.get(key);
        if (entry == null || depth > entry.depth()) {
            return null;
        }
        if (entry.shareable()) {
            uses.put(key, uses.get(key) + 1);
        }
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
        return n == null || !entries.get(key).shareable() ? 0 : n;
    }
}
