package dev.faustwire.gen.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * The one operator table of the import, kept as data: each regular Gen operator, its gen.lib
 * function, inlets with Gen's defaults, outlets, which inlets arguments fill (gen-operators.md
 * section 0 rule 4) and the attributes that become the function's compile-time parameters.
 * Irregular operators (in, out, param, history, delay, gate, selector, gen, send, receive,
 * codebox, expr) have hand-written translators; operators Gen has that we do not translate are
 * in {@link #UNSUPPORTED} with a substitute. GenExpr's operator calls are a view of these rows
 * (expr.Operators), so a row also says which inlets a call may leave out and whether it keeps state.
 */
public final class OperatorTable {
    private static final String BIN = "1:1 2:0,1";
    private static final String UN = "1:0";
    private static final String AFTER_FIRST = "1:1 2:1,2 3:1,2,3 4:1,2,3,4 5:1,2,3,4,5 6:1,2,3,4,5,6";

    private static final List<Operator> ROWS = new ArrayList<>();

    static {
        // Arithmetic (section 2): the argument is the right operand.
        row("+ add plus", "add", "a b", 1, BIN);
        row("- sub minus", "sub", "a b", 1, BIN);
        row("!- rsub", "rsub", "a b", 1, BIN);
        row("* mul times", "mul", "a b", 1, BIN);
        row("/ div", "div", "a b", 1, BIN);
        row("!/ rdiv", "rdiv", "a b", 1, BIN);
        row("% mod", "mod", "a b", 1, BIN);
        row("!% rmod", "rmod", "a b", 1, BIN);
        row("absdiff", "absdiff", "a b", 1, BIN);
        row("min minimum", "minimum", "a b", 1, BIN);
        row("max maximum", "maximum", "a b", 1, BIN);
        row("pow", "pow_", "a b", 1, BIN);
        approximate("fastpow", "a b", BIN);
        row("atan2", "atan2_", "y x", 1, BIN);
        row("hypot", "hypot", "a b", 1, BIN);
        row("step", "step", "a b", 1, BIN);
        row("neg", "neg", "x", 1, UN);
        row("abs", "abs_", "x", 1, UN);
        row("sign", "sign", "x", 1, UN);
        row("clip clamp", "clip", "x lo=0 hi=1", 1, AFTER_FIRST);
        row("wrap", "wrap", "x lo=0 hi=1", 1, AFTER_FIRST);
        row("fold", "fold", "x lo=0 hi=1", 1, AFTER_FIRST);
        row("scale", "scale", "x ilo=0 ihi=1 olo=0 ohi=1 exp=1", 1, AFTER_FIRST);
        row("mix", "mix", "a b t", 1, "1:2 2:1,2");
        row("smoothstep", "smoothstep", "e0 e1 x", 1, "1:1 2:0,1");
        // Comparison and logic (section 3): 0 or 1, or the left operand for the pass versions.
        row("< lt", "lt", "a b", 1, BIN);
        row("<= lte", "lte", "a b", 1, BIN);
        row("> gt", "gt", "a b", 1, BIN);
        row(">= gte", "gte", "a b", 1, BIN);
        row("== eq", "eq", "a b", 1, BIN);
        row("!= neq", "neq", "a b", 1, BIN);
        row("<p ltp", "ltp", "a b", 1, BIN);
        row("<=p ltep", "ltep", "a b", 1, BIN);
        row(">p gtp", "gtp", "a b", 1, BIN);
        row(">=p gtep", "gtep", "a b", 1, BIN);
        row("==p eqp", "eqp", "a b", 1, BIN);
        row("!=p neqp", "neqp", "a b", 1, BIN);
        row("&& and", "and", "a b", 1, BIN);
        row("|| or", "or", "a b", 1, BIN);
        row("^^ xor", "xor_", "a b", 1, BIN);
        row("! not", "not", "x", 1, UN);
        row("bool", "bool", "x", 1, UN);
        row("? switch", "switch", "cond iftrue iffalse", 1, AFTER_FIRST);
        // Numeric functions (section 4).
        row("floor", "floor_", "x", 1, UN);
        row("ceil", "ceil_", "x", 1, UN);
        row("trunc", "trunc", "x", 1, UN);
        row("round", "round", "x base=1", 1, "1:1 2:0,1", "@mode=nearest");
        row("fract", "fract", "x", 1, UN);
        row("int i", "int_", "x", 1, UN);
        row("float f", "float_", "x", 1, UN);
        row("sqrt", "sqrt_", "x", 1, UN);
        row("exp", "exp_", "x", 1, UN);
        row("exp2", "exp2", "x", 1, UN);
        row("ln log", "ln", "x", 1, UN);
        row("log2", "log2", "x", 1, UN);
        row("log10", "log10_", "x", 1, UN);
        approximate("fastexp", "x", UN);
        approximate("fastsin", "x", UN);
        approximate("fastcos", "x", UN);
        approximate("fasttan", "x", UN);
        row("sin", "sin_", "x", 1, UN);
        row("cos", "cos_", "x", 1, UN);
        row("tan", "tan_", "x", 1, UN);
        row("asin", "asin_", "x", 1, UN);
        row("acos", "acos_", "x", 1, UN);
        row("atan", "atan_", "x", 1, UN);
        row("sinh", "sinh", "x", 1, UN);
        row("cosh", "cosh", "x", 1, UN);
        row("tanh", "tanh", "x", 1, UN);
        row("asinh", "asinh", "x", 1, UN);
        row("acosh", "acosh", "x", 1, UN);
        row("atanh", "atanh", "x", 1, UN);
        row("cartopol", "cartopol", "x y", 2, BIN);
        row("poltocar", "poltocar", "r theta", 2, BIN);
        row("degrees", "degrees", "x", 1, UN);
        row("radians", "radians", "x", 1, UN);
        row("phasewrap", "phasewrap", "x", 1, UN);
        row("fixnan", "fixnan", "x", 1, UN);
        row("fixdenorm", "fixdenorm", "x", 1, UN);
        row("isnan", "isnan", "x", 1, UN);
        row("isdenorm", "isdenorm", "x", 1, UN);
        // Conversions (section 5).
        row("mstosamps", "mstosamps", "ms", 1, UN);
        row("sampstoms", "sampstoms", "samps", 1, UN);
        row("mtof", "mtof", "m tuning=440", 1, "1:1 2:0,1");
        row("ftom", "ftom", "f tuning=440", 1, "1:1 2:0,1");
        row("dbtoa", "dbtoa", "db", 1, UN);
        row("atodb", "atodb", "a", 1, UN);
        row("t60", "t60", "t", 1, UN);
        row("t60time", "t60time", "x", 1, UN);
        // Stateful operators (section 6).
        stateful("phasor", "phasor", "freq reset=0", 1, UN, "@phase=0");
        stateful("cycle", "cycle", "freq", 2, UN, "@index=freq");
        stateful("noise", "noise", "", 1, "", "");
        stateful("train", "train", "period width=0.5 onset=0", 1, "1:0 2:0,1 3:0,1,2", "@phase=0");
        row("triangle", "triangle", "phase duty=0.5", 1, "1:1 2:0,1", "");
        stateful("rate", "rate", "phase mult=1", 1, "1:1 2:0,1", "@sync=off");
        stateful("accum += plusequals", "accum", "incr reset=0", 1, UN, "@init=0 @min=0 @max=0 has@max @resetmode=post");
        stateful("*= mulequals", "mulequals", "factor reset=0", 1, UN, "@init=0 @min=0 @max=0 has@max @resetmode=post");
        stateful("counter", "counter", "incr reset=0 max=0", 3, "1:2 2:0,2", "@init=0");
        stateful("latch", "latch", "in ctl=0", 1, "1:1", "@init=0");
        stateful("sah", "sah", "in ctl thresh=0", 1, "1:2", "@init=0");
        stateful("delta", "delta", "x", 1, UN, "@init=0");
        stateful("change", "change", "x", 1, UN, "@init=0");
        stateful("dcblock", "dcblock", "x", 1, UN, "");
        stateful("slide", "slide", "in up=1 down=1", 1, "1:1 2:1,2", "@init=0");
        stateful("elapsed", "elapsed", "", 1, "", "");
        row("pass", "pass", "x", 1, UN);
    }

    /** gen.lib functions whose ports the index cannot derive from their parameters: their boxes say @ins and @outs. */
    public static final List<String> DECLARED_ARITY = List.of("round", "interp");

    /** Gen operators the import does not translate, with the substitute the report suggests. */
    public static final List<String[]> UNSUPPORTED = List.of(
            new String[] {"data", "tables inside the DSP are not translated yet: use a waveform box or an rdtable/rwtable in a code box"},
            new String[] {"buffer", "a Max buffer~ is not imported: put the audio in a soundfile box or a waveform box"},
            new String[] {"peek", "table reads are not translated yet: an rdtable in a code box"},
            new String[] {"poke", "table writes are not translated yet: an rwtable in a code box"},
            new String[] {"splat", "table writes are not translated yet: an rwtable in a code box"},
            new String[] {"sample", "table reads are not translated yet: an rdtable with linear interpolation in a code box"},
            new String[] {"lookup", "table reads are not translated yet: an rdtable in a code box"},
            new String[] {"nearest", "table reads are not translated yet: an rdtable in a code box"},
            new String[] {"wave", "table reads are not translated yet: an rdtable in a code box"},
            new String[] {"dim", "the length of a table: a constant box with that number"},
            new String[] {"channels", "the channels of a table: a constant box with that number"},
            new String[] {"fftsize", "pfft~ context: out of scope"},
            new String[] {"ffthop", "pfft~ context: out of scope"},
            new String[] {"fftoffset", "pfft~ context: out of scope"},
            new String[] {"fftfullspect", "pfft~ context: out of scope"},
            new String[] {"fftinfo", "pfft~ context: out of scope"});

    private OperatorTable() {
    }

    /** Every regular row. */
    public static List<Operator> rows() {
        return List.copyOf(ROWS);
    }

    /** The row whose names include {@code name}, or null. */
    public static Operator find(String name) {
        for (Operator row : ROWS) {
            if (row.names().contains(name)) {
                return row;
            }
        }
        return null;
    }

    /** The substitute suggested for an operator the import does not translate, or null. */
    public static String unsupported(String name) {
        for (String[] row : UNSUPPORTED) {
            if (row[0].equals(name)) {
                return row[1];
            }
        }
        return null;
    }

    /** Gen's float approximations (fastsin...): gen.lib computes them exactly, so the report says they differ from Gen. */
    private static void approximate(String name, String inlets, String fills) {
        row(name, name, inlets, 1, fills);
        Operator row = ROWS.remove(ROWS.size() - 1);
        ROWS.add(new Operator(row.names(), row.function(), row.inletNames(), row.defaults(), row.outlets(), row.fills(),
                row.params(), "computed exactly, where Gen approximates it in float (differences of about 1e-3 for"
                        + " sin, cos, tan, a few percent for exp, pow). Substitute: none needed unless the approximation matters",
                row.defaulted(), row.stateful()));
    }

    private static void row(String names, String function, String inlets, int outlets, String fills) {
        add(names, function, inlets, outlets, fills, "", false);
    }

    private static void row(String names, String function, String inlets, int outlets, String fills, String params) {
        add(names, function, inlets, outlets, fills, params, false);
    }

    private static void stateful(String names, String function, String inlets, int outlets, String fills, String params) {
        add(names, function, inlets, outlets, fills, params, true);
    }

    /** An inlet written {@code name=value} has that default; one written {@code name} is 0 unconnected, required in GenExpr. */
    private static void add(String names, String function, String inlets, int outlets, String fills, String params,
                            boolean stateful) {
        List<String> inletNames = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        List<Boolean> defaulted = new ArrayList<>();
        for (String inlet : Operator.words(inlets)) {
            int eq = inlet.indexOf('=');
            inletNames.add(eq < 0 ? inlet : inlet.substring(0, eq));
            defaults.add(eq < 0 ? "0" : inlet.substring(eq + 1));
            defaulted.add(eq >= 0);
        }
        ROWS.add(new Operator(Operator.words(names), function, inletNames, defaults, outlets, fills,
                Operator.words(params), "", defaulted, stateful));
    }
}
