package dev.faustwire.gen.expr;

import dev.faustwire.gen.ops.Operator;
import dev.faustwire.gen.ops.OperatorTable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Gen operators GenExpr can call as functions: a view of {@link OperatorTable}'s rows (gen.lib name,
 * inputs with Gen's defaults for those left out, outputs, state, compile-time parameters), with the few
 * facts that differ in GenExpr kept below as explicit exceptions.
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

    /**
     * Names of the table's rows GenExpr does not call: the word aliases plus, minus, times and the
     * one-letter i and f are patcher box names (in GenExpr i and f are ordinary variables); pass has
     * never been a GenExpr function here. Symbol names (+, ?, +=...) are GenExpr's infix operators.
     */
    static final List<String> PATCHER_ONLY = List.of("plus", "minus", "times", "i", "f", "pass");

    private static final TreeMap<String, Op> TABLE = new TreeMap<>();

    static {
        for (Operator row : OperatorTable.rows()) {
            Op op = fromRow(row);
            for (String name : row.names()) {
                if (isWord(name) && !PATCHER_ONLY.contains(name)) {
                    TABLE.put(name, op);
                }
            }
        }
        double r = REQUIRED;
        // Exceptions, where a GenExpr call is not a patcher box:
        // mix(a, b) blends halfway, where a mix box's unconnected t inlet is 0.
        TABLE.put("mix", new Op("mix", values(r, r, 0.5), 1, false, ""));
        // round(x) rounds to an integer with base 0 (gen.round's own case), a round box with base 1: the same numbers.
        TABLE.put("round", new Op("round", values(r, 0), 1, false, "(0)"));
        // ternary(c, a, b) is GenExpr's name for ?, which is a symbol only in a patcher.
        TABLE.put("ternary", TABLE.get("switch"));
        // interp and history have hand-written box translators (their @ins, their feedback), no table row;
        // called in GenExpr, interp is linear (@mode 0) and history(x) is x one sample ago.
        TABLE.put("interp", new Op("interp", values(r, r, r), 1, false, "(0)"));
        TABLE.put("history", new Op("history", values(r), 1, true, "(0)"));
    }

    /**
     * A row as GenExpr calls it: inlets with a written default keep it, the others are required; named
     * arguments are ignored in a call, so every compile-time parameter is its attribute's Gen default,
     * which is 0 for all the rows' attributes (the words nearest, freq, off, post are 0 too; has@max is 0).
     */
    static Op fromRow(Operator row) {
        double[] defaults = new double[row.inlets()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = row.defaulted().get(i) ? Double.parseDouble(row.defaults().get(i)) : REQUIRED;
        }
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < row.params().size(); i++) {
            params.append(i == 0 ? "(" : ", ").append('0');
        }
        if (params.length() > 0) {
            params.append(')');
        }
        return new Op(row.function(), defaults, row.outlets(), row.stateful(), params.toString());
    }

    private static boolean isWord(String name) {
        char c = name.charAt(0);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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

    private static double[] values(double... values) {
        return values;
    }
}
