package dev.faustwire.stdlib.build;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.LibraryFunction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Arity of a library call with constant arguments, from the index's rule when it has one, else by
 * asking the compiler once per distinct call and remembering the answer (JVM only).
 */
public final class OnDemandArity {
    private final FaustProbe probe;
    private final Map<String, FaustProbe.Answer> answers = new ConcurrentHashMap<>();

    public OnDemandArity(FaustProbe probe) {
        this.probe = probe;
    }

    /** Slots and outlets of a box calling {@code function} with {@code args} (literal text, or null when not constant). */
    public LibraryFunction.Application apply(LibraryFunction function, List<String> args) {
        if (!(function.arity() instanceof Arity.OnDemand onDemand)) {
            return function.apply(args);
        }
        int k = onDemand.constants();
        StringBuilder call = new StringBuilder(function.name()).append('(');
        for (int i = 0; i < k; i++) {
            String arg = i < args.size() ? args.get(i) : null;
            if (arg == null || !arg.matches("[0-9]+(\\.[0-9]+)?")) {
                return new LibraryFunction.Application(0, 0, function.name() + " needs its first " + k
                        + " argument(s) as numbers to know its channels");
            }
            call.append(i == 0 ? "" : ",").append(arg);
        }
        String key = call.append(')').toString();
        FaustProbe.Answer answer = answers.computeIfAbsent(key, probe::probe);
        if (!answer.ok()) {
            return new LibraryFunction.Application(0, 0, key + " does not compile: " + answer.error());
        }
        return new LibraryFunction.Application(k + answer.inputs(), answer.outputs(), null);
    }

    /** How many distinct calls were compiled. */
    public int compiled() {
        return answers.size();
    }
}
