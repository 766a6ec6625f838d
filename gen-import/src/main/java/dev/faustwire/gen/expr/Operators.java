package dev.faustwire.gen.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Gen operators GenExpr can call as functions, kept as data: each GenExpr name (and alias) gives
 * the gen.lib name (Faust keywords avoided, as gen.lib's header says), its inputs with Gen's defaults for
 * those left out, its outputs, whether it keeps state, and its compile-time parameters.
 */
final class Operators {
    /** No default: the argument must be given (0 when it is not, with a diagnostic). */
    static final double REQUIRED = Double.NaN;

    /** One operator: gen.lib name, Gen defaults of its inputs, outputs, state, compile-time parameters ("" or "(0)"). */
    record Op(String genName, double[] defaults, int outputs, boolean stateful, String params) {
        int inputs() {
            return defaults.length;
        }
    }

    /** The names of table operators, which need a Data or Buffer and are reported (G046). */
    static final String[] TABLE_OPERATORS = {
        "peek", "poke", "sample", "nearest", "lookup", "wave", "dim", "channels", "splat", "index"
    };

    private static final TreeMap<String, Op> TABLE = new TreeMap<>();

    static {
        double r = REQUIRED;
        // arithmetic
        pure("add", "add", r, r);
        pure("sub", "sub", r, r);
        pure("mul", "mul", r, r);
        pure("div", "div", r, r);
        pure("mod", "mod", r, r);
        pure("rsub", "rsub", r, r);
        pure("rdiv", "rdiv", r, r);
        pure("rmod", "rmod", r, r);
        pure("absdiff", "absdiff", r, r);
        pure("neg", "neg", r);
        pure("abs", "abs_", r);
        pure("sign", "sign", r);
        pure("min", "minimum", r, r);
        pure("minimum", "minimum", r, r);
        pure("max", "maximum", r, r);
        pure("maximum", "maximum", r, r);
        pure("clip", "clip", r, 0, 1);
        pure("clamp", "clip", r, 0, 1);
        pure("wrap", "wrap", r, 0, 1);
        pure("fold", "fold", r, 0, 1);
        pure("scale", "scale", r, 0, 1, 0, 1, 1);
        pure("mix", "mix", r, r, 0.5);
        put("interp", new Op("interp", values(r, r, r), 1, false, "(0)"));
        pure("smoothstep", "smoothstep", r, r, r);
        pure("step", "step", r, r);
        // comparison and logic
        pure("lt", "lt", r, r);
        pure("lte", "lte", r, r);
        pure("gt", "gt", r, r);
        pure("gte", "gte", r, r);
        pure("eq", "eq", r, r);
        pure("neq", "neq", r, r);
        pure("ltp", "ltp", r, r);
        pure("ltep", "ltep", r, r);
        pure("gtp", "gtp", r, r);
        pure("gtep", "gtep", r, r);
        pure("eqp", "eqp", r, r);
        pure("neqp", "neqp", r, r);
        pure("and", "and", r, r);
        pure("or", "or", r, r);
        pure("xor", "xor_", r, r);
        pure("not", "not", r);
        pure("bool", "bool", r);
        pure("switch", "switch", r, r, r);
        pure("ternary", "switch", r, r, r);
        // numeric
        pure("floor", "floor_", r);
        pure("ceil", "ceil_", r);
        pure("trunc", "trunc", r);
        put("round", new Op("round", values(r, 0), 1, false, "(0)"));
        pure("fract", "fract", r);
        pure("int", "int_", r);
        pure("float", "float_", r);
        pure("pow", "pow_", r, r);
        pure("sqrt", "sqrt_", r);
        pure("exp", "exp_", r);
        pure("exp2", "exp2", r);
        pure("ln", "ln", r);
        pure("log", "ln", r);
        pure("log2", "log2", r);
        pure("log10", "log10_", r);
        pure("fastexp", "fastexp", r);
        pure("fastpow", "fastpow", r, r);
        pure("fastsin", "fastsin", r);
        pure("fastcos", "fastcos", r);
        pure("fasttan", "fasttan", r);
        pure("sin", "sin_", r);
        pure("cos", "cos_", r);
        pure("tan", "tan_", r);
        pure("asin", "asin_", r);
        pure("acos", "acos_", r);
        pure("atan", "atan_", r);
        pure("sinh", "sinh", r);
        pure("cosh", "cosh", r);
        pure("tanh", "tanh", r);
        pure("asinh", "asinh", r);
        pure("acosh", "acosh", r);
        pure("atanh", "atanh", r);
        pure("atan2", "atan2_", r, r);
        pure("hypot", "hypot", r, r);
        put("cartopol", new Op("cartopol", values(r, r), 2, false, ""));
        put("poltocar", new Op("poltocar", values(r, r), 2, false, ""));
        pure("degrees", "degrees", r);
        pure("radians", "radians", r);
        pure("phasewrap", "phasewrap", r);
        pure("fixnan", "fixnan", r);
        pure("fixdenorm", "fixdenorm", r);
        pure("isnan", "isnan", r);
        pure("isdenorm", "isdenorm", r);
        // conversions
        pure("mstosamps", "mstosamps", r);
        pure("sampstoms", "sampstoms", r);
        pure("mtof", "mtof", r, 440);
        pure("ftom", "ftom", r, 440);
        pure("dbtoa", "dbtoa", r);
        pure("atodb", "atodb", r);
        pure("t60", "t60", r);
        pure("t60time", "t60time", r);
        // stateful
        state("phasor", "phasor", "(0)", r, 0);
        put("cycle", new Op("cycle", values(r), 2, true, "(0)"));
        state("noise", "noise", "");
        state("train", "train", "(0)", r, 0.5, 0);
        pure("triangle", "triangle", r, 0.5);
        state("rate", "rate", "(0)", r, 1);
        state("accum", "accum", "(0, 0, 0, 0, 0)", r, 0);
        state("plusequals", "accum", "(0, 0, 0, 0, 0)", r, 0);
        state("mulequals", "mulequals", "(0, 0, 0, 0, 0)", r, 0);
        put("counter", new Op("counter", values(r, 0, 0), 3, true, "(0)"));
        state("latch", "latch", "(0)", r, 0);
        state("sah", "sah", "(0)", r, r, 0);
        state("delta", "delta", "(0)", r);
        state("change", "change", "(0)", r);
        state("dcblock", "dcblock", "", r);
        state("slide", "slide", "(0)", r, 1, 1);
        state("elapsed", "elapsed", "");
        state("history", "history", "(0)", r);
    }

    private Operators() {
    }

    /** The operator GenExpr calls by that name, or null. */
    static Op find(String name) {
        return TABLE.get(name);
    }

    /** Every operator name GenExpr can call, in name order. */
    static List<String> names() {
        return new ArrayList<>(TABLE.keySet());
    }

    static boolean isTableOperator(String name) {
        for (String t : TABLE_OPERATORS) {
            if (t.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void pure(String name, String genName, double... defaults) {
        put(name, new Op(genName, defaults, 1, false, ""));
    }

    private static void state(String name, String genName, String params, double... defaults) {
        put(name, new Op(genName, defaults, 1, true, params));
    }

    private static void put(String name, Op op) {
        TABLE.put(name, op);
    }

    private static double[] values(double... values) {
        return values;
    }
}
