package dev.faustwire.codegen.program;

import java.util.List;

/**
 * The Faust-side form of a patch, between analysis and text: every decision made (the lower pass),
 * nothing printed yet (the print pass). The imports come first, then the functions of the
 * sub-patcher files used several times (each after those it calls), then {@code process}, then
 * the effect when the patch has one (null otherwise).
 */
public record Program(List<String> imports, List<String> helpers, List<Item.Function> shared, Item.Function process,
                      Effect effect) {

    public Program {
        imports = List.copyOf(imports);
        helpers = List.copyOf(helpers);
        shared = List.copyOf(shared);
    }

    /** A program without helper definitions. */
    public Program(List<String> imports, List<Item.Function> shared, Item.Function process, Effect effect) {
        this(imports, List.of(), shared, process, effect);
    }

    /**
     * {@code effect(Effect_9_0, ...) = results with { ... };}: the effect the voices go through.
     * {@code scoped} is false when no box belongs to the effect, and the {@code with} is left out.
     */
    public record Effect(String boxId, List<String> params, List<String> results, boolean scoped, List<Item> body) {
        public Effect {
            params = List.copyOf(params);
            results = List.copyOf(results);
            body = List.copyOf(body);
        }
    }
}
