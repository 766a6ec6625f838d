package dev.faustwire.codegen.read;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Faust primitive a box can name: how it is written (infix, prefix call, delay), how many
 * inputs and outputs it has, and from which side its arguments fill the inputs.
 */
public record Primitive(String boxName, String kindName, Form form, String faust, int inputs, int outputs) {

    /** How a primitive is written in Faust. */
    enum Form {
        /** {@code a + b}; arguments fill from the right. */
        INFIX,
        /** {@code pow(a, b)}; arguments fill from the right, as for infix operators. */
        CALL_FROM_RIGHT,
        /** {@code max(a, b)}, {@code sin(a)}; arguments fill from the left. */
        CALL,
        /** A one-sample delay ({@code mem}, {@code '}, the explicit recursion box {@code ~}). */
        ONE_SAMPLE_DELAY
    }

    private static final Map<String, Primitive> TABLE = new TreeMap<>();

    static {
        infix("+", "Add");
        infix("-", "Sub");
        infix("*", "Mul");
        infix("/", "Div");
        infix("%", "Mod");
        infix("^", "Pow");
        infix("&", "And");
        infix("|", "Or");
        infix("xor", "Xor");
        infix("<<", "Shl");
        infix(">>", "Shr");
        infix("<", "Lt");
        infix("<=", "Le");
        infix(">", "Gt");
        infix(">=", "Ge");
        infix("==", "Eq");
        infix("!=", "Ne");
        infix("@", "Delay");
        // JSPatcher's merge of two signals, Faust's :> from two to one: their sum.
        add(":>", "Merge", Form.INFIX, "+", 2, 1);
        for (String name : List.of("pow", "atan2", "fmod", "remainder")) {
            add(name, Names.kind(name), Form.CALL_FROM_RIGHT, name, 2, 1);
        }
        for (String name : List.of("min", "max")) {
            add(name, Names.kind(name), Form.CALL, name, 2, 1);
        }
        for (String name : List.of("sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "log10",
                "sqrt", "abs", "floor", "ceil", "rint", "int", "float")) {
            add(name, Names.kind(name), Form.CALL, name, 1, 1);
        }
        add("f", "Float", Form.CALL, "float", 1, 1);
        add("select2", "Select2", Form.CALL, "select2", 3, 1);
        add("select3", "Select3", Form.CALL, "select3", 4, 1);
        add("mem", "Mem", Form.ONE_SAMPLE_DELAY, "mem", 1, 1);
        add("'", "Mem", Form.ONE_SAMPLE_DELAY, "mem", 1, 1);
        add("~", "Feedback", Form.ONE_SAMPLE_DELAY, "mem", 1, 1);
    }

    private static void infix(String name, String kind) {
        add(name, kind, Form.INFIX, name, 2, 1);
    }

    private static void add(String boxName, String kind, Form form, String faust, int inputs, int outputs) {
        TABLE.put(boxName, new Primitive(boxName, kind, form, faust, inputs, outputs));
    }

    /** The primitive a box name stands for, or null. */
    public static Primitive named(String boxName) {
        return TABLE.get(boxName);
    }

    boolean fillsFromRight() {
        return form == Form.INFIX || form == Form.CALL_FROM_RIGHT;
    }
}
