package dev.faustwire.stdlib;

import java.util.List;

/**
 * A documented name the index leaves out, and why; with its doc (summary, usage, parameter names)
 * when the library documents it, so that a person still finds it and learns to call it from a
 * {@code code} box. A family whose header matches nothing has no doc (empty texts, no params).
 */
public record Skipped(String name, String library, String reason, String summary, String usage, List<String> params) {

    public Skipped {
        params = List.copyOf(params);
    }

    /** A name left out without its doc. */
    public Skipped(String name, String library, String reason) {
        this(name, library, reason, "", "", List.of());
    }

    /** True when the index keeps the name's doc. */
    public boolean documented() {
        return !summary.isEmpty() || !usage.isEmpty();
    }

    /** The part after the library prefix: {@code reduce} for {@code rm.reduce}. */
    public String shortName() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** The library prefix: {@code rm} for {@code rm.reduce}. */
    public String prefix() {
        return name.substring(0, Math.max(0, name.indexOf('.')));
    }
}
