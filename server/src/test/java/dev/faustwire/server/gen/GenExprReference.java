package dev.faustwire.server.gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small interpreter of GenExpr, the reference the numeric tests compare translations with. It shares
 * nothing with the translator: its own tokenizer and parser, and it runs the code once per sample as Gen's
 * exported C++ does (History read and written in place, Delay as genlib's ring buffer with its reader and
 * writer, a run-time if runs one branch only). Supports what the tests use: expressions, assignments,
 * History, Param (its default), Delay read/write, if/else, for, while, break, continue, functions with
 * default arguments and multiple returns, and a few operators.
 */
final class GenExprReference {
    static final class Node {
        final String kind;
        final String text;
        final List<Node> kids = new ArrayList<>();
        final int id;
        private static int ids;

        Node(String kind, String text) {
            this.kind = kind;
            this.text = text;
            this.id = ids++;
        }

        Node add(Node n) {
            kids.add(n);
            return this;
        }
    }
    private final Map<String, double[]> state = new HashMap<>();
    private final Map<String, DelayLine> delays = new HashMap<>();
    private final Map<String, GenExprReferenceTable> tables = new HashMap<>();
    private double[] in;
    private double[] out;

    /** Runs {@code frames} samples: {@code outputs[channel][n]}. */
    double[][] run(double[][] inputs, int outputs, int frames) {
        double[][] result = new double[outputs][frames];
        for (int n = 0; n < frames; n++) {
            in = new double[inputs.length];
            for (int c = 0; c < inputs.length; c++) {
                in[c] = inputs[c][n];
            }
            out = new double[outputs];
            Frame top = new Frame("");
            for (Node s : program) {
                exec(s, top);
            }
            for (int c = 0; c < outputs; c++) {
                result[c][n] = out[c];
            }
            for (DelayLine d : delays.values()) {
                d.step();
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ running

    private static final class Frame {
        final String path;
        final Map<String, Double> vars = new HashMap<>();
        final Map<String, String> histories = new HashMap<>();
        final Map<String, String> delayNames = new HashMap<>();
        final Map<String, String> tableNames = new HashMap<>();
        String jump;
        List<Double> returned = new ArrayList<>();

        Frame(String path) {
            this.path = path;
        }
    }

    /** genlib's Delay: ring of a power of two, the reader advanced after each sample, writes where it reads. */
    static final class DelayLine {
        final double[] memory;
        final int wrap;
        final double maxDelay;
        int reader;
        int writer;

        DelayLine(double size) {
            int n = 2;
            while (n < size + 1) {
                n *= 2;
            }
            memory = new double[n];
            wrap = n - 1;
            maxDelay = size;
        }

        void write(double x) {
            writer = reader;
            memory[writer] = x;
        }

        double readStep(double d) {
            double lo = reader != writer ? 1 : 0;
            double v = d - 0.5;
            double c = v > maxDelay ? maxDelay : v < lo ? lo : v;
            double r = memory.length + reader - c;
            long r1 = (long) r;
            return memory[(int) (r1 & wrap)];
        }

        double read(double d) {
            double lo = reader != writer ? 1 : 0;
            double c = d > maxDelay ? maxDelay : d < lo ? lo : d;
            double r = memory.length + reader - c;
            long r1 = (long) r;
            double a = r - r1;
            double x = memory[(int) (r1 & wrap)];
            double y = memory[(int) ((r1 + 1) & wrap)];
            return x + a * (y - x);
        }

        void step() {
            reader = (reader + 1) & wrap;
        }
    }

    private void exec(Node s, Frame f) {
        if (f.jump != null) {
            return;
        }
        switch (s.kind) {
            case "block" -> {
                for (Node k : s.kids) {
                    exec(k, f);
                    if (f.jump != null) {
                        return;
                    }
                }
            }
            case "assign" -> {
                Node targets = s.kids.get(0);
                List<Double> values = new ArrayList<>();
                if (targets.kids.size() > 1 && s.kids.size() == 2 && s.kids.get(1).kind.equals("call")) {
                    values = call(s.kids.get(1), f);
                } else {
                    for (int i = 1; i < s.kids.size(); i++) {
                        values.add(eval(s.kids.get(i), f));
                    }
                }
                for (int i = 0; i < targets.kids.size(); i++) {
                    String name = targets.kids.get(i).text;
                    double v = values.get(i);
                    if (!s.text.equals("=")) {
                        v = binary(s.text.substring(0, 1), read(name, f), v);
                    }
                    write(name, v, f);
                }
            }
            case "expr" -> eval(s.kids.get(0), f);
            case "History" -> {
                for (Node item : s.kids) {
                    String key = f.path + ":" + item.text;
                    f.histories.put(item.text, key);
                    if (!state.containsKey(key)) {
                        state.put(key, new double[] {item.kids.isEmpty() ? 0 : eval(item.kids.get(0), f)});
                    }
                }
            }
            case "Param" -> {
                for (Node item : s.kids) {
                    double value = item.kids.isEmpty() ? 0 : eval(item.kids.get(0), f);
                    f.vars.put(item.text, params.getOrDefault(item.text, value));
                }
            }
            case "Delay" -> {
                for (Node item : s.kids) {
                    String key = f.path + ":" + item.text;
                    f.delayNames.put(item.text, key);
                    if (!delays.containsKey(key)) {
                        delays.put(key, new DelayLine(eval(item.kids.get(0), f)));
                    }
                }
            }
            case "Data" -> {
                for (Node item : s.kids) {
                    String key = f.path + ":" + item.text;
                    f.tableNames.put(item.text, key);
                    if (!tables.containsKey(key)) {
                        int dim = item.kids.isEmpty() ? 512 : (int) eval(item.kids.get(0), f);
                        int channels = item.kids.size() < 2 ? 1 : (int) eval(item.kids.get(1), f);
                        tables.put(key, new GenExprReferenceTable(dim, channels));
                    }
                }
            }
            case "if" -> {
                if (eval(s.kids.get(0), f) != 0) {
                    exec(s.kids.get(1), f);
                } else if (s.kids.size() > 2) {
                    exec(s.kids.get(2), f);
                }
            }
            case "for" -> {
                exec(s.kids.get(0), f);
                while (eval(s.kids.get(1), f) != 0) {
                    exec(s.kids.get(3), f);
                    if ("break".equals(f.jump)) {
                        f.jump = null;
                        break;
                    }
                    if ("return".equals(f.jump)) {
                        return;
                    }
                    f.jump = null;
                    exec(s.kids.get(2), f);
                }
            }
            case "while" -> {
                while (eval(s.kids.get(0), f) != 0) {
                    exec(s.kids.get(1), f);
                    if ("break".equals(f.jump)) {
                        f.jump = null;
                        break;
                    }
                    if ("return".equals(f.jump)) {
                        return;
                    }
                    f.jump = null;
                }
            }
            case "break", "continue" -> f.jump = s.kind;
            case "return" -> {
                f.returned = new ArrayList<>();
                for (Node k : s.kids) {
                    f.returned.add(eval(k, f));
                }
                f.jump = "return";
            }
            case "empty" -> {
            }
            default -> throw new IllegalStateException("statement " + s.kind);
        }
    }

    private double read(String name, Frame f) {
        if (f.vars.containsKey(name)) {
            return f.vars.get(name);
        }
        if (f.histories.containsKey(name)) {
            return state.get(f.histories.get(name))[0];
        }
        // GenExpr's in and out are in1 and out1
        if (name.equals("in")) {
            return in[0];
        }
        if (name.equals("out")) {
            return out[0];
        }
        if (name.matches("in[0-9]+")) {
            return in[Integer.parseInt(name.substring(2)) - 1];
        }
        if (name.matches("out[0-9]+")) {
            return out[Integer.parseInt(name.substring(3)) - 1];
        }
        return switch (name) {
            case "pi" -> Math.PI;
            case "twopi" -> 2 * Math.PI;
            case "samplerate", "SAMPLERATE" -> 48000;
            default -> throw new IllegalStateException("unknown name " + name);
        };
    }

    private void write(String name, double v, Frame f) {
        if (f.histories.containsKey(name)) {
            state.get(f.histories.get(name))[0] = v;
        } else if (name.equals("out")) {
            out[0] = v;
        } else if (name.matches("out[0-9]+")) {
            out[Integer.parseInt(name.substring(3)) - 1] = v;
        } else {
            f.vars.put(name, v);
        }
    }

    private double eval(Node e, Frame f) {
        switch (e.kind) {
            case "num":
                return Double.parseDouble(e.text);
            case "name":
                return read(e.text, f);
            case "neg":
                return -eval(e.kids.get(0), f);
            case "not":
                return eval(e.kids.get(0), f) == 0 ? 1 : 0;
            case "bin":
                if (e.text.equals("&&")) {
                    return eval(e.kids.get(0), f) != 0 && eval(e.kids.get(1), f) != 0 ? 1 : 0;
                }
                if (e.text.equals("||")) {
                    return eval(e.kids.get(0), f) != 0 || eval(e.kids.get(1), f) != 0 ? 1 : 0;
                }
                return binary(e.text, eval(e.kids.get(0), f), eval(e.kids.get(1), f));
            case "?":
                return eval(e.kids.get(0), f) != 0 ? eval(e.kids.get(1), f) : eval(e.kids.get(2), f);
            case "call":
                return call(e, f).get(0);
            default:
                throw new IllegalStateException("expression " + e.kind);
        }
    }

    static double binary(String op, double a, double b) {
        return switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> b == 0 ? 0 : a / b;
            case "%" -> b == 0 ? 0 : a % Math.abs(b);
            case "<" -> a < b ? 1 : 0;
            case "<=" -> a <= b ? 1 : 0;
            case ">" -> a > b ? 1 : 0;
            case ">=" -> a >= b ? 1 : 0;
            case "==" -> a == b ? 1 : 0;
            case "!=" -> a != b ? 1 : 0;
            default -> throw new IllegalStateException("operator " + op);
        };
    }

    private GenExprReferenceTable table(String name, Frame f) {
        String key = f.tableNames.containsKey(name) ? f.tableNames.get(name) : ":" + name;
        return tables.get(key);
    }

    /** A table operator, as a function with the table first or as a method; null when the call is none. */
    private Double tableCall(Node c, Frame f) {
        String name = c.text;
        int dot = name.indexOf('.');
        List<Node> kids = new ArrayList<>(c.kids);
        GenExprReferenceTable t;
        if (dot > 0) {
            t = table(name.substring(0, dot), f);
            name = name.substring(dot + 1);
        } else {
            t = kids.isEmpty() || !kids.get(0).kind.equals("name") ? null : table(kids.get(0).text, f);
            if (t != null) {
                kids.remove(0);
            }
        }
        if (t == null) {
            return null;
        }
        List<Double> args = new ArrayList<>();
        Map<String, String> modes = new HashMap<>();
        for (Node a : kids) {
            if (a.kind.equals("named")) {
                modes.put(a.text, a.kids.get(0).text);
            } else {
                args.add(eval(a, f));
            }
        }
        int[] d = switch (name) {
            case "sample" -> new int[] {1, 2, 0};
            case "nearest" -> new int[] {1, 0, 0};
            case "lookup" -> new int[] {2, 2, 4};
            default -> new int[] {0, 0, 0};
        };
        int index = GenExprReferenceTable.mode(GenExprReferenceTable.INDEX, modes.get("index"), d[0]);
        int interp = GenExprReferenceTable.mode(GenExprReferenceTable.INTERP, modes.get("interp"), d[1]);
        int bound = GenExprReferenceTable.mode(GenExprReferenceTable.BOUND, modes.get("boundmode"), d[2]);
        switch (name) {
            case "dim":
                return (double) t.dim;
            case "channels":
                return (double) t.channels;
            case "poke":
                t.poke(args.get(0), index, bound, args.get(1), args.size() > 2 ? args.get(2) : 0);
                return 0.0;
            case "wave":
                return t.wave(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : 0);
            default:
                return t.read(index, interp, bound, args.get(0), args.size() > 1 ? args.get(1) : 0);
        }
    }

    private List<Double> call(Node c, Frame f) {
        Double tableResult = tableCall(c, f);
        if (tableResult != null) {
            return List.of(tableResult);
        }
        List<Double> args = new ArrayList<>();
        Map<String, Double> named = new HashMap<>();
        for (Node a : c.kids) {
            if (a.kind.equals("named")) {
                if (!a.kids.get(0).kind.equals("str")) {
                    named.put(a.text, eval(a.kids.get(0), f));
                }
            } else {
                args.add(eval(a, f));
            }
        }
        String name = c.text;
        int dot = name.indexOf('.');
        if (dot > 0) {
            DelayLine d = delays.get(f.delayNames.get(name.substring(0, dot)));
            if (name.endsWith(".write")) {
                d.write(args.get(0));
                return List.of(0.0);
            }
            if (c.kids.size() > 1 && c.kids.get(1).kind.equals("named")) {
                return List.of(d.readStep(args.get(0)));
            }
            return List.of(d.read(args.get(0)));
        }
        Node fn = functions.get(name);
        if (fn != null) {
            Frame callee = new Frame(f.path + "/" + c.id);
            Node params = fn.kids.get(0);
            for (int i = 0; i < params.kids.size(); i++) {
                Node p = params.kids.get(i);
                double v = i < args.size() ? args.get(i) : named.containsKey(p.text) ? named.get(p.text) : eval(p.kids.get(0), callee);
                callee.vars.put(p.text, v);
            }
            exec(fn.kids.get(1), callee);
            return callee.returned.isEmpty() ? List.of(0.0) : callee.returned;
        }
        double x = args.isEmpty() ? 0 : args.get(0);
        return List.of(switch (name) {
            case "abs" -> Math.abs(x);
            case "sqrt" -> Math.sqrt(x);
            case "min" -> args.get(1) < x ? args.get(1) : x;
            case "max" -> x < args.get(1) ? args.get(1) : x;
            case "clamp", "clip" -> x <= args.get(1) ? args.get(1) : x >= args.get(2) ? args.get(2) : x;
            case "floor" -> Math.floor(x);
            case "int", "trunc" -> (double) (long) x;
            case "wrap" -> {
                double lo = args.size() > 1 ? args.get(1) : 0;
                double hi = args.size() > 2 ? args.get(2) : 1;
                if (lo == hi) {
                    yield lo;
                }
                if (lo > hi) {
                    double t = lo;
                    lo = hi;
                    hi = t;
                }
                double range = hi - lo;
                if (x >= lo && x < hi) {
                    yield x;
                }
                yield x - range * ((long) ((x - lo) / range) - (x < lo ? 1 : 0));
            }
            case "sin" -> Math.sin(x);
            case "cos" -> Math.cos(x);
            case "tan" -> Math.tan(x);
            case "pow" -> {
                double v = Math.pow(x, args.get(1));
                yield Double.isNaN(v) ? 0 : v;
            }
            case "fixdenorm" -> Math.abs(x) < Double.MIN_NORMAL ? 0 : x;
            case "phasor" -> {
                // state per call site: p = wrap(p + f / sr, 0, 1), reset to 0 first when the reset input is not 0
                double[] p = state.computeIfAbsent(f.path + "/phasor" + c.id, k -> new double[1]);
                if (args.size() > 1 && args.get(1) != 0) {
                    p[0] = 0;
                }
                double v = p[0] + x / 48000;
                p[0] = v - Math.floor(v);
                yield p[0];
            }
            default -> throw new IllegalStateException("function " + name);
        });
    }

    private final Map<String, Double> params = new HashMap<>();
    private final List<Node> program;
    private final Map<String, Node> functions;

    GenExprReference(String code) {
        this(code, name -> null);
    }

    /** The code, with {@code require("x")} read through {@code libraries} (x.genexpr, any case). */
    GenExprReference(String code, java.util.function.Function<String, String> libraries) {
        GenExprReferenceParser parser = new GenExprReferenceParser(code, libraries);
        program = parser.program;
        functions = parser.functions;
    }

    /** A data box of the patcher around the code, which the code reads and writes by its name. */
    GenExprReference data(String name, int dim, int channels) {
        tables.put(":" + name, new GenExprReferenceTable(dim, channels));
        return this;
    }

    /** Runs with this value for a Param, as a host sets it (within its range). */
    GenExprReference param(String name, double value) {
        params.put(name, value);
        return this;
    }
}
