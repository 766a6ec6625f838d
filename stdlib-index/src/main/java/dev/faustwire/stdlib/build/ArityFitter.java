package dev.faustwire.stdlib.build;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.Polynomial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Finds the arity of a library function by asking the compiler. The unapplied function first; when
 * the compiler needs constants, the shortest prefix of constant arguments that compiles, then the
 * counts at several argument values, fitted by a polynomial with whole coefficients and checked at
 * a value the fit did not use:
 * <ul>
 *   <li>one constant: a polynomial of degree 2 through three values, checked at a fourth;</li>
 *   <li>two or three: a multilinear polynomial on a grid {low, low + 1} per argument, checked with
 *       every argument at low + 2;</li>
 *   <li>four or more: counts that stay the same with every argument at low, low + 1 and low + 2.</li>
 * </ul>
 */
final class ArityFitter {
    /** Argument values tried, in order; a function may refuse some (an order of 1, a size not a power of 2). */
    private static final int[][] VALUES = {{2, 3, 4, 5}, {1, 2, 3, 4}, {4, 8, 16, 32}};
    /**
     * Grids for two or more constants, as the low value of each argument (its high value is one
     * more, its check value two more): all 1, all 2, rising (for an index below a count, as in
     * {@code ba.selector(I, N)}) and falling ({@code no.noises(N, i)}). Small, since large values
     * multiply into programs that take minutes to compile.
     */
    private static final List<IntUnaryOperator> GRIDS = List.of(i -> 1, i -> 2, i -> 2 * i, i -> -2 * i);
    private static final int MAX_CONSTANTS = 8;

    /** An arity, or why the function is left out of the index; and what the compiled calls say of its state. */
    record Outcome(Arity arity, String skipReason, CompiledState state) {
        /** An outcome whose state is not known. */
        Outcome(Arity arity, String skipReason) {
            this(arity, skipReason, CompiledState.UNKNOWN);
        }

        Outcome withState(CompiledState state) {
            return new Outcome(arity, skipReason, state);
        }
    }

    private final Function<String, FaustProbe.Answer> compiler;

    ArityFitter(Function<String, FaustProbe.Answer> compiler) {
        this.compiler = compiler;
    }

    /** Thrown when a compile runs out of time, which ends the search for a rule. */
    private static final class TimedOut extends RuntimeException {
        private final String call;

        TimedOut(String call) {
            super(call, null, false, false);
            this.call = call;
        }
    }

    /**
     * The arity of {@code name}. A compile that runs out of time ends the search: a rule found on
     * a fast machine must not be missed on a slow one, so such a function gets its arity on
     * demand (or is left out when even the unapplied function is too slow). Its state is what all the
     * calls that compiled say ({@link CompiledState#of(java.util.Collection)}), with one more call
     * when they say none and the function has more parameters than constants ({@link #fullCall});
     * unknown when that call runs out of time.
     */
    Outcome fit(String name, List<String> params) {
        Map<String, FaustProbe.Answer> answers = new HashMap<>();
        Function<String, FaustProbe.Answer> probe = call -> {
            FaustProbe.Answer answer = answers.computeIfAbsent(call, compiler);
            if (answer.timedOut()) {
                throw new TimedOut(call);
            }
            return answer;
        };
        int[] onDemand = {0};
        Outcome outcome;
        try {
            outcome = search(name, params, probe, onDemand);
        } catch (TimedOut e) {
            outcome = onDemand[0] == 0 ? new Outcome(null, "compiling it takes too long: " + e.call)
                    : new Outcome(new Arity.OnDemand(onDemand[0]), null);
        }
        String ones = CompiledState.of(answers.values()) == CompiledState.STATELESS
                ? fullCall(name, outcome.arity(), params.size(), answers, "1") : null;
        if (ones != null) {
            String zeros = fullCall(name, outcome.arity(), params.size(), answers, "0");
            FaustProbe.Answer full = answers.computeIfAbsent(ones, compiler);
            if (!full.ok() && !full.timedOut()) {
                full = answers.computeIfAbsent(zeros, compiler);
            }
            if (full.timedOut()) {
                return outcome.withState(CompiledState.UNKNOWN);
            }
        }
        return outcome.withState(CompiledState.of(answers.values()));
    }

    /**
     * For a function fitted with fewer constants than it has parameters, the call that compiled
     * with those constants (the first in text order), followed by {@code value} for every other
     * parameter: a partial application may lose state that the full call keeps ({@code no.noises(2)}
     * has no output, {@code no.noises(2, 1)} is a noise). Null otherwise.
     */
    static String fullCall(String name, Arity arity, int params, Map<String, FaustProbe.Answer> answers, String value) {
        int constants = arity instanceof Arity.Rule rule ? rule.constants()
                : arity instanceof Arity.OnDemand onDemand ? onDemand.constants() : 0;
        if (constants == 0 || params <= constants) {
            return null;
        }
        String fitted = null;
        for (Map.Entry<String, FaustProbe.Answer> answer : answers.entrySet()) {
            String call = answer.getKey();
            if (answer.getValue().ok() && call.startsWith(name + "(") && call.split(",").length == constants
                    && (fitted == null || call.compareTo(fitted) < 0)) {
                fitted = call;
            }
        }
        if (fitted == null) {
            return null;
        }
        StringBuilder call = new StringBuilder(fitted.substring(0, fitted.length() - 1));
        for (int i = constants; i < params; i++) {
            call.append(',').append(value);
        }
        return call.append(')').toString();
    }

    private Outcome search(String name, List<String> params, Function<String, FaustProbe.Answer> probe, int[] onDemandOut) {
        FaustProbe.Answer bare = probe.apply(name);
        if (bare.ok()) {
            return new Outcome(new Arity.Fixed(bare.inputs(), bare.outputs()), null);
        }
        if (bare.undefined()) {
            return new Outcome(null, undefinedReason(name, bare.error()));
        }
        int most = Math.min(MAX_CONSTANTS, params.isEmpty() ? 3 : params.size());
        for (int[] values : VALUES) {
            if (probe.apply(call(name, new long[] {values[0]})).ok()) {
                onDemandOut[0] = 1;
                Arity rule = quadratic(name, values, probe);
                if (rule != null) {
                    return new Outcome(rule, null);
                }
            }
        }
        for (int k = 2; k <= most; k++) {
            for (IntUnaryOperator grid : GRIDS) {
                long[] lows = lows(grid, k);
                if (!probe.apply(corner(name, lows, 0)).ok()) {
                    continue;
                }
                onDemandOut[0] = onDemandOut[0] == 0 ? k : onDemandOut[0];
                Arity rule = k <= 3 ? multilinear(name, lows, probe) : unchanging(name, lows, probe);
                if (rule != null) {
                    return new Outcome(rule, null);
                }
            }
        }
        if (onDemandOut[0] > 0) {
            return new Outcome(new Arity.OnDemand(onDemandOut[0]), null);
        }
        return new Outcome(null, failureReason(name, bare.error()));
    }

    private static String undefinedReason(String name, String error) {
        String shortName = name.substring(name.indexOf('.') + 1);
        if (error.endsWith(": " + shortName) || error.endsWith(": " + name)) {
            return "no public definition: the library documents it but does not define it";
        }
        return "compile error in the library itself: " + error;
    }

    private static String failureReason(String name, String error) {
        if (name.startsWith("so.")) {
            return "needs a soundfile: " + error;
        }
        return "takes arguments that are not numbers (a function, a list, a waveform) or fails with "
                + "numbers: " + error;
    }

    /** One constant: degree 2 through values 0..2, checked at value 3. */
    private static Arity quadratic(String name, int[] values, Function<String, FaustProbe.Answer> probe) {
        long[] inputs = new long[3];
        long[] outputs = new long[3];
        for (int i = 0; i < 3; i++) {
            FaustProbe.Answer answer = probe.apply(call(name, new long[] {values[i]}));
            if (!answer.ok()) {
                return null;
            }
            inputs[i] = answer.inputs();
            outputs[i] = answer.outputs();
        }
        Polynomial in = lagrange(values, inputs);
        Polynomial out = lagrange(values, outputs);
        if (in == null || out == null) {
            return null;
        }
        long[] at = {values[3]};
        FaustProbe.Answer answer = probe.apply(call(name, at));
        if (!answer.ok() || answer.inputs() != in.at(at) || answer.outputs() != out.at(at)) {
            return null;
        }
        return new Arity.Rule(1, in, out);
    }

    /** The low values of a grid for k arguments, shifted so that none is below 0. */
    static long[] lows(IntUnaryOperator grid, int k) {
        long[] lows = new long[k];
        long least = 0;
        for (int i = 0; i < k; i++) {
            lows[i] = grid.applyAsInt(i);
            least = Math.min(least, lows[i]);
        }
        for (int i = 0; i < k; i++) {
            lows[i] -= least;
        }
        return lows;
    }

    /** Two or three constants: multilinear on {low, low + 1} per argument, checked at low + 2. */
    private static Arity multilinear(String name, long[] lows, Function<String, FaustProbe.Answer> probe) {
        int k = lows.length;
        int corners = 1 << k;
        long[] inputs = new long[corners];
        long[] outputs = new long[corners];
        for (int mask = 0; mask < corners; mask++) {
            FaustProbe.Answer answer = probe.apply(corner(name, lows, mask));
            if (!answer.ok()) {
                return null;
            }
            inputs[mask] = answer.inputs();
            outputs[mask] = answer.outputs();
        }
        return checked(name, lows, multilinear(inputs, lows, 1), multilinear(outputs, lows, 1), probe);
    }

    /** Four or more constants: the same counts with every argument at low, low + 1 and low + 2. */
    private static Arity unchanging(String name, long[] lows, Function<String, FaustProbe.Answer> probe) {
        FaustProbe.Answer first = probe.apply(corner(name, lows, 0));
        for (int offset = 1; offset <= 2; offset++) {
            FaustProbe.Answer answer = probe.apply(call(name, shifted(lows, offset)));
            if (!answer.ok() || answer.inputs() != first.inputs() || answer.outputs() != first.outputs()) {
                return null;
            }
        }
        return new Arity.Rule(lows.length, Polynomial.constant(first.inputs()), Polynomial.constant(first.outputs()));
    }

    private static long[] shifted(long[] values, long offset) {
        long[] result = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] + offset;
        }
        return result;
    }

    /** The rule when the polynomials exist and the compiler agrees with them at every argument two above its low value. */
    private static Arity checked(String name, long[] lows, Polynomial in, Polynomial out,
                                 Function<String, FaustProbe.Answer> probe) {
        if (in == null || out == null) {
            return null;
        }
        long[] at = shifted(lows, 2);
        FaustProbe.Answer answer = probe.apply(call(name, at));
        if (!answer.ok() || answer.inputs() != in.at(at) || answer.outputs() != out.at(at)) {
            return null;
        }
        return new Arity.Rule(lows.length, in, out);
    }

    /** {@code name(a0, ..., ak-1)}. */
    static String call(String name, long[] args) {
        StringBuilder call = new StringBuilder(name).append('(');
        for (int i = 0; i < args.length; i++) {
            call.append(i == 0 ? "" : ",").append(args[i]);
        }
        return call.append(')').toString();
    }

    /** The corner of a grid: argument i at lows[i] + 1 when bit i of {@code mask} is set, else lows[i]. */
    static String corner(String name, long[] lows, int mask) {
        long[] args = new long[lows.length];
        for (int i = 0; i < lows.length; i++) {
            args[i] = lows[i] + ((mask & (1 << i)) != 0 ? 1 : 0);
        }
        return call(name, args);
    }

    /** The polynomial of degree at most 2 through (x[i], f[i]) for i < 3, or null when a coefficient is not whole. */
    static Polynomial lagrange(int[] x, long[] f) {
        long[] numerators = new long[3];
        long denominator = 1;
        long[] denominators = new long[3];
        for (int i = 0; i < 3; i++) {
            denominators[i] = 1;
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    denominators[i] *= x[i] - x[j];
                }
            }
            denominator *= denominators[i];
        }
        for (int i = 0; i < 3; i++) {
            int a = x[(i + 1) % 3];
            int b = x[(i + 2) % 3];
            long scale = f[i] * (denominator / denominators[i]);
            numerators[2] += scale;
            numerators[1] -= scale * (a + b);
            numerators[0] += scale * a * b;
        }
        List<Polynomial.Term> terms = new ArrayList<>();
        for (int degree = 0; degree < 3; degree++) {
            if (numerators[degree] % denominator != 0) {
                return null;
            }
            long coefficient = numerators[degree] / denominator;
            if (coefficient != 0) {
                terms.add(new Polynomial.Term(coefficient, Collections.nCopies(degree, 0)));
            }
        }
        return new Polynomial(terms);
    }

    /**
     * The multilinear polynomial through {@code f} on the grid {lows[i], lows[i] + step} per
     * argument (f indexed by the mask of high arguments), or null when a coefficient is not a
     * whole number.
     */
    static Polynomial multilinear(long[] f, long[] lows, long step) {
        int k = lows.length;
        int corners = 1 << k;
        long[] c = new long[corners];
        for (int s = 0; s < corners; s++) {
            for (int t = s; ; t = (t - 1) & s) {
                c[s] += ((Integer.bitCount(s) - Integer.bitCount(t)) % 2 == 0 ? 1 : -1) * f[t];
                if (t == 0) {
                    break;
                }
            }
        }
        long denominator = power(step, k);
        List<Polynomial.Term> terms = new ArrayList<>();
        for (int bits = 0; bits <= k; bits++) {
            for (int u = 0; u < corners; u++) {
                if (Integer.bitCount(u) != bits) {
                    continue;
                }
                long numerator = 0;
                for (int s = 0; s < corners; s++) {
                    if ((s & u) == u) {
                        long product = c[s] * power(step, k - Integer.bitCount(s));
                        for (int i = 0; i < k; i++) {
                            if ((s & ~u & (1 << i)) != 0) {
                                product *= -lows[i];
                            }
                        }
                        numerator += product;
                    }
                }
                if (numerator % denominator != 0) {
                    return null;
                }
                if (numerator != 0) {
                    List<Integer> variables = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        if ((u & (1 << i)) != 0) {
                            variables.add(i);
                        }
                    }
                    terms.add(new Polynomial.Term(numerator / denominator, variables));
                }
            }
        }
        return new Polynomial(terms);
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
