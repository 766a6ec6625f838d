package dev.faustwire.codegen.check;

import java.util.Map;

/**
 * Which iteration body directly holds each box of a level, as {@link FindIterationBodies} found:
 * a box belongs to the innermost body that holds it, or to the level itself.
 */
public final class Scopes {
    private final Map<String, String> scope;

    Scopes(Map<String, String> scope) {
        this.scope = scope;
    }

    /** The iteration whose body directly holds a box, or null for the level. */
    public String of(String id) {
        return scope.get(id);
    }
}
