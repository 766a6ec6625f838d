package dev.faustwire.codegen;

import java.util.Map;
import java.util.TreeMap;

/**
 * A Faust library function with its arity: parameters (filled by arguments or inlets, from the
 * left), then the signal inputs and outputs of the applied function. A small table until the
 * stdlib index replaces it.
 */
record LibraryFunction(String name, int params, int inputs, int outputs) {

    private static final Map<String, LibraryFunction> TABLE = new TreeMap<>();

    static {
        add("ma.SR", 0, 0, 1);
        add("ma.PI", 0, 0, 1);
        add("ma.T", 0, 0, 1);
        add("os.osc", 1, 0, 1);
        add("os.oscsin", 1, 0, 1);
        add("os.oscrq", 1, 0, 2);
        add("os.sawtooth", 1, 0, 1);
        add("os.square", 1, 0, 1);
        add("os.triangle", 1, 0, 1);
        add("os.phasor", 2, 0, 1);
        add("os.lf_saw", 1, 0, 1);
        add("no.noise", 0, 0, 1);
        add("en.ar", 2, 1, 1);
        add("en.asr", 3, 1, 1);
        add("en.adsr", 4, 1, 1);
        add("fi.lowpass", 2, 1, 1);
        add("fi.highpass", 2, 1, 1);
        add("fi.resonlp", 3, 1, 1);
        add("fi.dcblocker", 0, 1, 1);
        add("si.smoo", 0, 1, 1);
        add("ba.db2linear", 0, 1, 1);
        add("ba.linear2db", 0, 1, 1);
        add("re.mono_freeverb", 4, 1, 1);
        add("dm.zita_light", 0, 2, 2);
    }

    private static void add(String name, int params, int inputs, int outputs) {
        TABLE.put(name, new LibraryFunction(name, params, inputs, outputs));
    }

    /** The function of that qualified name, or null when the table does not know it. */
    static LibraryFunction named(String name) {
        return TABLE.get(name);
    }
}
