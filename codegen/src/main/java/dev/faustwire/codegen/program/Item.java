package dev.faustwire.codegen.program;

import java.util.List;

/**
 * One thing a scope of the program defines, in the order it is written. Each carries the box id
 * (as diagnostics name it) that its lines belong to in the source map.
 */
public sealed interface Item {

    /** {@code Kind_N_k = expression;}: one used outlet of a box. */
    public record Definition(String boxId, String name, Expression expression) implements Item {
    }

    /**
     * {@code head(In_1_0, ...) = Out_1, ... with { ... };}: {@code process}, or the function a
     * sub-patcher box stands for (its {@code boxId} the sub-patcher's; null for {@code process}).
     */
    public record Function(String boxId, String name, List<String> params, List<String> results, List<Item> body)
            implements Item {
        public Function {
            params = List.copyOf(params);
            results = List.copyOf(results);
            body = List.copyOf(body);
        }
    }

    /** {@code Code_N = environment { lines }.process;}: a code box, its imports hoisted out. */
    public record Environment(String boxId, String name, List<String> lines) implements Item {
        public Environment {
            lines = List.copyOf(lines);
        }
    }

    /**
     * {@code Par_3 = par(Par_3_1, 4, \(params).(returns with { body }));}: an iteration, with a
     * lambda over its body's inputs; {@code scoped} is false when the body defines nothing.
     */
    public record Iteration(String boxId, String name, String operator, String variable, int count, List<String> params,
                            List<String> returns, boolean scoped, List<Item> body) implements Item {
        public Iteration {
            params = List.copyOf(params);
            returns = List.copyOf(returns);
            body = List.copyOf(body);
        }
    }

    /**
     * {@code Loop_N = \(params).((outputs) with { body }) ~ (returns);}: a feedback loop as a lambda
     * over the outputs of its delays, closed with Faust's {@code ~}; {@code returns} delay each
     * feed by one sample less than its delay box, which {@code ~} adds back.
     */
    public record Loop(String boxId, String name, List<String> params, List<String> outputs, List<String> returns,
                       List<Item> body) implements Item {
        public Loop {
            params = List.copyOf(params);
            outputs = List.copyOf(outputs);
            returns = List.copyOf(returns);
            body = List.copyOf(body);
        }
    }
}
