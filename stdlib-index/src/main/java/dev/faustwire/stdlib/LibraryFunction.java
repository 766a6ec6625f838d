package dev.faustwire.stdlib;

import java.util.List;

/**
 * One documented Faust library function: {@code os.osc}, its library, doc, parameter names and
 * arity; for a function that delays its first input ({@code gen.history}), by how many samples
 * and the qualified name of its {@code _fed} form, which codegen writes inside a feedback loop;
 * and whether its compiled code keeps state ({@link #stateful()}).
 */
public record LibraryFunction(String name, String library, String summary, String usage, List<String> params, Arity arity,
                              int delay, String fed, boolean stateful) {

    /** The most channels a box may get from a rule. */
    public static final int MAX_CHANNELS = 4096;

    /** Inlets (argument slots) and outlets of a box calling the function, or why they are unknown. */
    public record Application(int slots, int outlets, String problem) {
        public boolean known() {
            return problem == null;
        }

        static Application unknown(String problem) {
            return new Application(0, 0, problem);
        }
    }

    public LibraryFunction {
        params = List.copyOf(params);
        if (delay < 0 || (delay > 0) != (fed != null)) {
            throw new IllegalArgumentException(name + ": a delay needs a positive number of samples and a _fed name");
        }
        if (delay > 0 && !stateful) {
            throw new IllegalArgumentException(name + ": a function that delays its input keeps state");
        }
    }

    /** A function that does not delay its first input, of unknown state: taken as stateful. */
    public LibraryFunction(String name, String library, String summary, String usage, List<String> params, Arity arity) {
        this(name, library, summary, usage, params, arity, 0, null, true);
    }

    /** A function that does not delay its first input, stateful or not. */
    public LibraryFunction(String name, String library, String summary, String usage, List<String> params, Arity arity,
                           boolean stateful) {
        this(name, library, summary, usage, params, arity, 0, null, stateful);
    }

    /** A function that delays its first input by {@code delay} samples, so keeps state. */
    public LibraryFunction(String name, String library, String summary, String usage, List<String> params, Arity arity,
                           int delay, String fed) {
        this(name, library, summary, usage, params, arity, delay, fed, true);
    }

    /**
     * True when the function's compiled code keeps state from one sample to the next: delay lines,
     * recursions, counters, noise generators, tables written while running. False for a pure function
     * of its inputs and controls, which gives the same output for the same input at any sample (so it
     * may run inside an {@code ondemand} box). The index builder measures it with the real compiler
     * (Faust's C code of each probed call: a statement in {@code instanceClear}, or an array of the DSP
     * written in {@code compute}); a function it cannot read is recorded as stateful, since calling a
     * stateless function stateful only refuses a box, while the opposite would run a delay line at the
     * wrong rate without a word.
     */
    @Override
    public boolean stateful() {
        return stateful;
    }

    /** True when the function delays its first input, so that a feedback loop may be cut at its box. */
    public boolean delaysFirstInput() {
        return delay > 0;
    }

    /** The part after the library prefix: {@code osc} for {@code os.osc}. */
    public String shortName() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** The library prefix: {@code os} for {@code os.osc}. */
    public String prefix() {
        return name.substring(0, name.indexOf('.'));
    }

    /** Summary and usage, as shown next to a box or in a search result. */
    public String doc() {
        return usage.isEmpty() ? summary : summary + "\n\n" + usage;
    }

    /**
     * The slots and outlets of a box calling this function with these arguments, where each
     * argument is its literal text, or null when it is not a constant ({@code _}, a name).
     */
    public Application apply(List<String> args) {
        if (arity instanceof Arity.Fixed fixed) {
            return new Application(fixed.inputs(), fixed.outputs(), null);
        }
        if (!(arity instanceof Arity.Rule rule)) {
            return Application.unknown("the channels of " + name + " depend on its arguments in a way the index"
                    + " does not know; give them with @ins and @outs");
        }
        int constants = rule.constants();
        long[] values = new long[constants];
        for (int i = 0; i < constants; i++) {
            long value = i < args.size() ? wholeNumber(args.get(i)) : -1;
            if (value < 0) {
                return Application.unknown(name + " needs " + constantsNamed(constants)
                        + " as whole numbers in the box, as in \"" + example(constants) + "\"");
            }
            values[i] = value;
        }
        long inputs = rule.inputs().at(values);
        long outputs = rule.outputs().at(values);
        if (inputs < 0 || outputs < 0 || inputs + constants > MAX_CHANNELS || outputs > MAX_CHANNELS) {
            return Application.unknown(name + " with these arguments has " + inputs + " inputs and " + outputs
                    + " outputs; a box has from 0 to " + MAX_CHANNELS);
        }
        return new Application(constants + (int) inputs, (int) outputs, null);
    }

    private String constantsNamed(int constants) {
        StringBuilder text = new StringBuilder(constants == 1 ? "its first argument" : "its first " + constants + " arguments");
        if (params.size() >= constants) {
            text.append(" (").append(String.join(", ", params.subList(0, constants))).append(')');
        }
        return text.toString();
    }

    private String example(int constants) {
        StringBuilder text = new StringBuilder(name);
        for (int i = 0; i < constants; i++) {
            text.append(" 2");
        }
        return text.toString();
    }

    /** The value of a plain whole-number literal up to 999,999, else -1. */
    static long wholeNumber(String text) {
        if (text == null || text.isEmpty() || text.length() > 6) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }
}
