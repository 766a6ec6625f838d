package dev.faustwire.gen.expr;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.expr.Ast.Arg;
import dev.faustwire.gen.expr.Ast.Expr;
import dev.faustwire.gen.expr.Ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs GenExpr once, when the code is generated, on symbolic values: every assignment becomes a new
 * Faust definition (SSA), known numbers are folded, loops with known bounds are unrolled, functions are
 * inlined (each call site its own state), a run-time {@code if} runs both branches and merges every
 * variable, History and Delay write with {@code select2}. History and Delay become the feedback of one
 * Faust recursion ({@code ~}) over the whole code, in Gen's order: read at the start of the sample,
 * written with the last value assigned.
 */
final class Translator {
    static final int MAX_ITERATIONS = 4096;

    private enum Jump { NONE, BREAK, CONTINUE, RETURN }

    /** The names visible in a codebox or in one inlined call. */
    private static final class Scope {
        final LinkedHashMap<String, Val> vars = new LinkedHashMap<>();
        final LinkedHashMap<String, String> histories = new LinkedHashMap<>();
        final LinkedHashMap<String, DelaySlot> delays = new LinkedHashMap<>();
        final LinkedHashMap<String, Val> params = new LinkedHashMap<>();
        final LinkedHashMap<String, Boolean> tables = new LinkedHashMap<>();
        final LinkedHashMap<String, Double> dims = new LinkedHashMap<>();
    }

    /** A History: its feedback input, and the value it reads at the start of a sample. */
    private record HistorySlot(String key, String feedback, Val start) {
    }

    /** A Delay: its feedback input (what was written, one sample later) and its longest delay. */
    private record DelaySlot(String key, String feedback, Val longest) {
    }

    private final String boxId;
    private final GenFiles files;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final TreeMap<String, Boolean> reported = new TreeMap<>();
    private final LinkedHashMap<String, Ast.Function> functions = new LinkedHashMap<>();
    private final TreeMap<String, Boolean> loaded = new TreeMap<>();
    private final StringBuilder defs = new StringBuilder();
    private final List<HistorySlot> histories = new ArrayList<>();
    private final List<DelaySlot> delays = new ArrayList<>();
    private final TreeMap<String, Val> cellDefaults = new TreeMap<>();
    private final TreeMap<String, Boolean> statefulCalls = new TreeMap<>();
    private final List<String> active = new ArrayList<>();
    private LinkedHashMap<String, Val> cells = new LinkedHashMap<>();
    private final Scope top = new Scope();
    private Scope scope = top;
    private String path = "";
    private int fresh;
    private int callIds;
    private int inputs;
    private int outputs;
    private int runtimeBranches;
    private int loopBase = -1;
    private int functionBase = -1;
    private int iterations;
    private Jump pending = Jump.NONE;
    /** How many values the function being inlined returns (its #r0, #r1... variables). */
    private int returnCount;

    /** Variables that say a jump happened in a branch known only while running: later statements run masked. */
    private static final String RETURNED = "#ret";
    private static final String BROKEN = "#brk";
    private static final String CONTINUED = "#cnt";

    Translator(String boxId, GenFiles files) {
        this.boxId = boxId;
        this.files = files;
    }

    CodeTranslation translate(String code) {
        Parser.Result parsed = Parser.parse(code, callIds);
        callIds = parsed.nextCallId();
        for (Parser.Problem p : parsed.problems()) {
            report(Code.GENEXPR_SYNTAX, p.line(), p.message());
        }
        Ast.Program program = parsed.program();
        for (Ast.Function f : program.functions()) {
            functions.put(f.name(), f);
        }
        List<Stmt> statements = program.statements();
        if (program.functions().isEmpty() && statements.size() == 1 && statements.get(0) instanceof Ast.ExprStmt single
                && !(single.expr() instanceof Ast.Call call && call.target() != null)) {
            // an expr box: a single expression is out1
            statements = List.of(new Ast.Assign(List.of("out1"), "=", List.of(single.expr()), single.line()));
        }
        for (Stmt s : statements) {
            if (s instanceof Ast.Require r) {
                require(r);
            }
        }
        for (Stmt s : statements) {
            exec(s);
            pending = Jump.NONE;
        }
        return new CodeTranslation(program(), inputs, outputs, problems);
    }

    // ---------------------------------------------------------------- the Faust program

    private String program() {
        List<String> params = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (HistorySlot h : histories) {
            params.add(h.feedback());
            results.add(cell(h.key()).text());
        }
        for (DelaySlot d : delays) {
            params.add(d.feedback());
            Val written = cells.get(writeKey(d));
            results.add(written == null ? Val.ZERO.text() : written.text());
        }
        int feedback = params.size();
        for (int i = 1; i <= inputs; i++) {
            params.add("in" + i);
        }
        for (int i = 1; i <= outputs; i++) {
            results.add(cell("out" + i).text());
        }
        StringBuilder out = new StringBuilder();
        out.append("import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n\n");
        if (results.isEmpty()) {
            out.append(inputs == 0 ? "process = 0 : !;\n" : "process = si.block(" + inputs + ");\n");
            return out.toString();
        }
        out.append("genexpr_body");
        if (!params.isEmpty()) {
            out.append('(').append(join(params)).append(')');
        }
        out.append(" = (").append(join(results)).append(')');
        if (defs.length() > 0) {
            out.append("\nwith {\n").append(defs).append("}");
        }
        out.append(";\n\n");
        if (feedback == 0) {
            out.append("process = genexpr_body;\n");
        } else {
            out.append("process = genexpr_body ~ si.bus(").append(feedback).append(") : si.block(").append(feedback).append(')');
            if (outputs > 0) {
                out.append(", si.bus(").append(outputs).append(')');
            }
            out.append(";\n");
        }
        return out.toString();
    }

    private static String join(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(p);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- statements

    private void exec(Stmt s) {
        if (pending != Jump.NONE) {
            return;
        }
        if (s instanceof Ast.Block b) {
            for (int i = 0; i < b.body().size(); i++) {
                Val alive = alive();
                if (!alive.known()) {
                    // a jump happened under a run-time condition: the rest runs only where it did not
                    List<Stmt> rest = b.body().subList(i, b.body().size());
                    masked(alive, new Ast.Block(rest, rest.get(0).line()));
                    return;
                }
                if (alive.number() == 0) {
                    return;
                }
                exec(b.body().get(i));
                if (pending != Jump.NONE) {
                    return;
                }
            }
        } else if (s instanceof Ast.Assign a) {
            assign(a);
        } else if (s instanceof Ast.ExprStmt e) {
            if (e.expr() instanceof Ast.Call call) {
                call(call);
            } else {
                eval(e.expr());
            }
        } else if (s instanceof Ast.Decl d) {
            declare(d);
        } else if (s instanceof Ast.If i) {
            ifStatement(i);
        } else if (s instanceof Ast.For f) {
            loop(f.init(), f.cond(), f.step(), f.body(), f.line());
        } else if (s instanceof Ast.While w) {
            loop(null, w.cond(), null, w.body(), w.line());
        } else if (s instanceof Ast.Jump j) {
            if (loopBase < 0) {
                report(Code.GENEXPR_UNSUPPORTED, j.line(), (j.isBreak() ? "break" : "continue") + " outside a loop");
                return;
            }
            if (runtimeBranches > loopBase) {
                scope.vars.put(j.isBreak() ? BROKEN : CONTINUED, Val.constant(1));
            }
            pending = j.isBreak() ? Jump.BREAK : Jump.CONTINUE;
        } else if (s instanceof Ast.Return r) {
            List<Val> values = new ArrayList<>();
            for (Expr e : r.values()) {
                values.add(eval(e));
            }
            if (functionBase < 0) {
                report(Code.GENEXPR_UNSUPPORTED, r.line(), "return outside a function");
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                scope.vars.put("#r" + i, bind("ret" + i, values.get(i)));
            }
            returnCount = Math.max(returnCount, values.size());
            if (runtimeBranches > functionBase) {
                scope.vars.put(RETURNED, Val.constant(1));
            }
            pending = Jump.RETURN;
        } else if (s instanceof Ast.Require r) {
            if (scope != top) {
                report(Code.GENEXPR_UNSUPPORTED, r.line(), "require inside a function");
            }
        }
    }

    private void assign(Ast.Assign a) {
        List<Val> values = new ArrayList<>();
        if (a.targets().size() > 1 && a.values().size() == 1) {
            Expr only = a.values().get(0);
            values = only instanceof Ast.Call c ? call(c) : List.of(eval(only));
        } else {
            for (Expr e : a.values()) {
                values.add(eval(e));
            }
        }
        if (values.size() < a.targets().size()) {
            report(Code.GENEXPR_ARGUMENTS, a.line(), a.targets().size() + " names are assigned " + values.size()
                    + " value(s); the others get 0");
        } else if (a.values().size() > a.targets().size()) {
            report(Code.GENEXPR_ARGUMENTS, a.line(), a.values().size() + " values for " + a.targets().size() + " name(s)");
        }
        for (int i = 0; i < a.targets().size(); i++) {
            String name = a.targets().get(i);
            Val v = i < values.size() ? values.get(i) : Val.ZERO;
            if (!a.op().equals("=")) {
                v = binary(a.op().substring(0, 1), lookup(name, a.line()), v, a.line());
            }
            store(name, v, a.line());
        }
    }

    private void store(String name, Val value, int line) {
        String history = scope.histories.get(name);
        int out = numbered(name, "out");
        if (history != null) {
            cells.put(history, bind(name, value));
        } else if (out > 0) {
            outputs = Math.max(outputs, out);
            cells.put("out" + out, bind("out" + out, value));
        } else if (numbered(name, "in") > 0 || scope.params.containsKey(name) || scope.delays.containsKey(name)
                || scope.tables.containsKey(name)) {
            report(Code.GENEXPR_NOT_ASSIGNABLE, line, "cannot assign to " + name + "; the assignment is ignored");
        } else {
            scope.vars.put(name, bind(name, value));
        }
    }

    private void declare(Ast.Decl d) {
        for (Ast.DeclItem item : d.items()) {
            switch (d.type()) {
                case "History":
                    declareHistory(item);
                    break;
                case "Param":
                    declareParam(item);
                    break;
                case "Delay":
                    declareDelay(item);
                    break;
                default:
                    scope.tables.put(item.name(), Boolean.TRUE);
                    if (d.type().equals("Data") && !item.args().isEmpty()) {
                        Val dim = eval(item.args().get(0).value());
                        if (dim.known()) {
                            scope.dims.put(item.name(), dim.number());
                        }
                    }
                    report(Code.GENEXPR_DATA, item.line(), d.type() + " " + item.name()
                            + " is not translated: reads give 0 and writes are dropped");
            }
        }
    }

    private void declareHistory(Ast.DeclItem item) {
        String key = path + ":" + item.name();
        scope.histories.put(item.name(), key);
        if (cellDefaults.containsKey(key)) {
            return; // the same call site again (a loop): one state
        }
        Val init = item.args().isEmpty() ? Val.ZERO : eval(item.args().get(0).value());
        String feedback = "h" + histories.size();
        Val start = init.known() && init.number() == 0 ? Val.faust(feedback)
                : bind(item.name(), Val.faust("(" + feedback + " + " + init.text() + " * (1 - 1'))"));
        histories.add(new HistorySlot(key, feedback, start));
        cellDefaults.put(key, start);
        cells.put(key, start);
    }

    private void declareParam(Ast.DeclItem item) {
        double value = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        int positional = 0;
        for (Arg arg : item.args()) {
            Val v = eval(arg.value());
            String which = arg.name() != null ? arg.name() : positional == 0 ? "default" : positional == 1 ? "min" : "max";
            if (arg.name() == null) {
                positional++;
            }
            if (!v.known()) {
                report(Code.GENEXPR_UNSUPPORTED, item.line(), "the " + which + " of Param " + item.name()
                        + " must be a number known when the code is generated");
                continue;
            }
            switch (which) {
                case "default":
                    value = v.number();
                    break;
                case "min":
                    min = v.number();
                    break;
                case "max":
                    max = v.number();
                    break;
                default:
                    report(Code.GENEXPR_ATTRIBUTE, item.line(), "Param attribute " + which + " is ignored");
            }
        }
        // the range the importer gives a patcher's param without bounds, so both make the same slider
        double lo = Double.isNaN(min) ? Math.min(0, Math.min(2 * value, Double.isNaN(max) ? 0 : max - 1)) : min;
        double hi = Double.isNaN(max) ? Math.max(lo + 1, Math.max(1, 2 * value)) : max;
        if (Double.isNaN(min) || Double.isNaN(max)) {
            report(Code.GENEXPR_PARAM_RANGE, item.line(), "Param " + item.name() + " has no " + (Double.isNaN(min)
                    && Double.isNaN(max) ? "min and max" : Double.isNaN(min) ? "min" : "max") + ", so Gen does not bound it;"
                    + " its slider goes from " + FaustNumber.format(lo) + " to " + FaustNumber.format(hi));
        }
        if (hi < lo) {
            hi = lo;
        }
        double init = Math.max(lo, Math.min(hi, value));
        Val slider = Val.faust("hslider(\"" + item.name() + "\", " + FaustNumber.format(init) + ", " + FaustNumber.format(lo)
                + ", " + FaustNumber.format(hi) + ", 0.001)");
        scope.params.put(item.name(), bind(item.name(), slider));
    }

    private void declareDelay(Ast.DeclItem item) {
        String key = path + ":" + item.name();
        for (DelaySlot d : delays) {
            if (d.key().equals(key)) {
                scope.delays.put(item.name(), d);
                return;
            }
        }
        Val longest = Constants.find("samplerate");
        for (Arg arg : item.args()) {
            if (arg.name() == null) {
                longest = eval(arg.value());
            } else {
                report(Code.GENEXPR_ATTRIBUTE, item.line(), "Delay attribute " + arg.name() + " is ignored");
            }
        }
        DelaySlot slot = new DelaySlot(key, "d" + delays.size(), bind(item.name() + "_max", longest));
        delays.add(slot);
        scope.delays.put(item.name(), slot);
    }

    private void ifStatement(Ast.If i) {
        Val cond = eval(i.cond());
        if (cond.known()) {
            Stmt chosen = cond.number() != 0 ? i.then() : i.otherwise();
            if (chosen != null) {
                exec(chosen);
            }
            return;
        }
        branch(bind("cond", cond), i.then(), i.otherwise(), false, i.line());
    }

    /** Statements that run only where {@code alive} is not 0, their jump flags cleared inside. */
    private void masked(Val alive, Stmt rest) {
        branch(bind("alive", alive), rest, null, true, rest.line());
    }

    /** A run-time if: both branches run on copies of the variables and cells, merged with select2 on {@code test}. */
    private void branch(Val test, Stmt then, Stmt otherwise, boolean clearFlags, int line) {
        LinkedHashMap<String, Val> varsBefore = new LinkedHashMap<>(scope.vars);
        LinkedHashMap<String, Val> cellsBefore = new LinkedHashMap<>(cells);
        runtimeBranches++;
        if (clearFlags) {
            for (String flag : new String[] {RETURNED, BROKEN, CONTINUED}) {
                if (scope.vars.containsKey(flag)) {
                    scope.vars.put(flag, Val.ZERO);
                }
            }
        }
        exec(then);
        pending = Jump.NONE;
        LinkedHashMap<String, Val> varsThen = new LinkedHashMap<>(scope.vars);
        LinkedHashMap<String, Val> cellsThen = new LinkedHashMap<>(cells);
        scope.vars.clear();
        scope.vars.putAll(varsBefore);
        cells = cellsBefore;
        if (otherwise != null) {
            exec(otherwise);
            pending = Jump.NONE;
        }
        runtimeBranches--;
        LinkedHashMap<String, Val> varsElse = new LinkedHashMap<>(scope.vars);
        scope.vars.clear();
        scope.vars.putAll(merge(test, varsThen, varsElse, line));
        cells = merge(test, cellsThen, cells, line);
        Val returned = scope.vars.get(RETURNED);
        if (returned != null && returned.known() && returned.number() != 0) {
            pending = Jump.RETURN;
        }
    }

    /** 1 where no jump under a run-time condition has happened, else a Faust test of the jump flags. */
    private Val alive() {
        Val alive = Val.constant(1);
        for (String flag : new String[] {RETURNED, BROKEN, CONTINUED}) {
            Val f = scope.vars.get(flag);
            if (f == null || f.known() && f.number() == 0) {
                continue;
            }
            if (f.known()) {
                return Val.ZERO;
            }
            alive = alive.known() ? Val.faust("(" + f.text() + " == 0)") : Val.faust("(" + alive.text() + " & (" + f.text() + " == 0))");
        }
        return alive;
    }

    private LinkedHashMap<String, Val> merge(Val test, Map<String, Val> then, Map<String, Val> otherwise, int line) {
        LinkedHashMap<String, Val> merged = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(then.keySet());
        for (String k : otherwise.keySet()) {
            if (!then.containsKey(k)) {
                keys.add(k);
            }
        }
        for (String k : keys) {
            Val a = then.get(k);
            Val b = otherwise.get(k);
            if ((a == null || b == null) && k.startsWith("w:")) {
                report(Code.GENEXPR_DELAY_WRITE, line, "a Delay is written in only one branch of this if;"
                        + " in the other the translation writes 0 where Gen keeps the old sample");
            }
            a = a == null ? defaultOf(k) : a;
            b = b == null ? defaultOf(k) : b;
            merged.put(k, a.same(b) ? a : bind(label(k), Val.faust("select2(" + test.text() + " != 0, " + b.text() + ", " + a.text() + ")")));
        }
        return merged;
    }

    private Val defaultOf(String key) {
        Val d = cellDefaults.get(key);
        return d == null ? Val.ZERO : d;
    }

    private static String label(String key) {
        int colon = key.lastIndexOf(':');
        return colon >= 0 ? key.substring(colon + 1) : key;
    }

    private void loop(Stmt init, Expr cond, Stmt step, Stmt body, int line) {
        if (init != null) {
            exec(init);
        }
        int savedBase = loopBase;
        loopBase = runtimeBranches;
        Val outerBroken = scope.vars.remove(BROKEN);
        Val outerContinued = scope.vars.remove(CONTINUED);
        try {
            while (true) {
                if (cond != null) {
                    Val c = eval(cond);
                    if (!c.known()) {
                        report(Code.GENEXPR_LOOP_NOT_STATIC, line, "the loop's condition is not known when the code is"
                                + " generated (it depends on an input, a Param, a History or a table); the loop is left out");
                        return;
                    }
                    if (c.number() == 0) {
                        return;
                    }
                }
                if (++iterations > MAX_ITERATIONS) {
                    if (scope.vars.containsKey(BROKEN)) {
                        report(Code.GENEXPR_JUMP_NOT_STATIC, line, "the loop ends by a break under a condition known"
                                + " only while running; it is unrolled " + MAX_ITERATIONS + " times in all and cut there");
                    } else {
                        report(Code.GENEXPR_LOOP_TOO_LONG, line, "more than " + MAX_ITERATIONS
                                + " loop iterations in all; the loop is cut there");
                    }
                    return;
                }
                if (scope.vars.containsKey(CONTINUED)) {
                    scope.vars.put(CONTINUED, Val.ZERO);
                }
                Val alive = alive();
                if (alive.known() && alive.number() == 0) {
                    return;
                }
                if (alive.known()) {
                    exec(body);
                } else {
                    masked(alive, body);
                }
                if (pending == Jump.BREAK) {
                    pending = Jump.NONE;
                    return;
                }
                if (pending == Jump.RETURN) {
                    return;
                }
                pending = Jump.NONE;
                if (step != null) {
                    exec(step);
                }
            }
        } finally {
            loopBase = savedBase;
            scope.vars.remove(BROKEN);
            scope.vars.remove(CONTINUED);
            if (outerBroken != null) {
                scope.vars.put(BROKEN, outerBroken);
            }
            if (outerContinued != null) {
                scope.vars.put(CONTINUED, outerContinued);
            }
        }
    }

    private void require(Ast.Require r) {
        String file = r.library();
        if (!endsWithIgnoreCase(file, ".genexpr")) {
            file = file + ".genexpr";
        }
        String key = lower(file);
        if (loaded.containsKey(key)) {
            return;
        }
        loaded.put(key, Boolean.TRUE);
        String text = files.read(file);
        if (text == null) {
            report(Code.GENEXPR_REQUIRE_MISSING, r.line(), file + " is not beside the file nor in the workspace;"
                    + " its functions are missing");
            return;
        }
        Parser.Result parsed = Parser.parse(text, callIds);
        callIds = parsed.nextCallId();
        for (Parser.Problem p : parsed.problems()) {
            report(Code.GENEXPR_SYNTAX, r.line(), "in " + file + " line " + p.line() + ": " + p.message());
        }
        for (Ast.Function f : parsed.program().functions()) {
            if (!functions.containsKey(f.name())) {
                functions.put(f.name(), f);
            }
        }
        for (Stmt s : parsed.program().statements()) {
            if (s instanceof Ast.Require inner) {
                require(inner);
            } else {
                exec(s);
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    private Val eval(Expr e) {
        if (e instanceof Ast.Num n) {
            return Val.constant(n.value());
        }
        if (e instanceof Ast.Name n) {
            return lookup(n.name(), n.line());
        }
        if (e instanceof Ast.Str s) {
            report(Code.GENEXPR_UNSUPPORTED, s.line(), "a string \"" + s.value() + "\" is not a value");
            return Val.ZERO;
        }
        if (e instanceof Ast.Unary u) {
            Val v = eval(u.operand());
            switch (u.op()) {
                case "-":
                    return v.known() ? Val.constant(-v.number()) : Val.faust("(0.0 - " + v.text() + ")");
                case "+":
                    return v;
                case "!":
                    return v.known() ? Val.constant(v.number() == 0 ? 1 : 0) : Val.faust("(" + v.text() + " == 0)");
                default:
                    report(Code.GENEXPR_UNSUPPORTED, u.line(), "the bitwise operator " + u.op() + " is not translated; it gives 0");
                    return Val.ZERO;
            }
        }
        if (e instanceof Ast.Binary b) {
            return binary(b.op(), eval(b.left()), eval(b.right()), b.line());
        }
        if (e instanceof Ast.Ternary t) {
            Val c = eval(t.cond());
            if (c.known()) {
                return eval(c.number() != 0 ? t.then() : t.otherwise());
            }
            runtimeBranches++;
            Val a = eval(t.then());
            Val b = eval(t.otherwise());
            runtimeBranches--;
            return a.same(b) ? a : Val.faust("select2(" + c.text() + " != 0, " + b.text() + ", " + a.text() + ")");
        }
        List<Val> results = call((Ast.Call) e);
        return results.isEmpty() ? Val.ZERO : results.get(0);
    }

    private Val lookup(String name, int line) {
        Val v = scope.vars.get(name);
        if (v != null) {
            return v;
        }
        String history = scope.histories.get(name);
        if (history != null) {
            return cell(history);
        }
        Val param = scope.params.get(name);
        if (param == null) {
            param = top.params.get(name);
        }
        if (param != null) {
            return param;
        }
        int in = numbered(name, "in");
        if (in > 0) {
            inputs = Math.max(inputs, in);
            return Val.faust("in" + in);
        }
        int out = numbered(name, "out");
        if (out > 0) {
            outputs = Math.max(outputs, out);
            return cell("out" + out);
        }
        Val constant = Constants.find(name);
        if (constant != null) {
            return constant;
        }
        if (scope.delays.containsKey(name) || scope.tables.containsKey(name) || top.tables.containsKey(name)) {
            report(Code.GENEXPR_UNSUPPORTED, line, name + " is a Delay or a table, not a value; it reads 0");
            return Val.ZERO;
        }
        report(Code.GENEXPR_UNKNOWN_NAME, line, name + " is read before it is assigned or declared; it reads 0"
                + " (a param or data of the patcher around a codebox is not seen by its translation:"
                + " declare it in the code, Param " + name + "(...))");
        return Val.ZERO;
    }

    private Val cell(String key) {
        Val v = cells.get(key);
        return v != null ? v : defaultOf(key);
    }

    /** {@code in}/{@code out} alone are 1; {@code in3} is 3; anything else 0. */
    private static int numbered(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return 0;
        }
        if (name.length() == prefix.length()) {
            return 1;
        }
        int n = 0;
        for (int i = prefix.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Lexer.isDigit(c) || n > 1000) {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return name.charAt(prefix.length()) == '0' ? 0 : n;
    }

    Val binary(String op, Val a, Val b, int line) {
        if (a.known() && b.known()) {
            Double folded = Folding.binary(op, a.number(), b.number());
            if (folded != null) {
                return Val.constant(folded);
            }
        }
        String x = a.text();
        String y = b.text();
        switch (op) {
            case "+":
            case "-":
            case "*":
            case "<":
            case "<=":
            case ">":
            case ">=":
            case "==":
            case "!=":
                return Val.faust("(" + x + " " + op + " " + y + ")");
            case "/":
                return Val.faust("gen.div(" + x + ", " + y + ")");
            case "%":
                return Val.faust("gen.mod(" + x + ", " + y + ")");
            case "&&":
                return Val.faust("((" + x + " != 0) & (" + y + " != 0))");
            case "||":
                return Val.faust("((" + x + " != 0) | (" + y + " != 0))");
            case "^^":
                return Val.faust("((" + x + " != 0) != (" + y + " != 0))");
            default:
                report(Code.GENEXPR_UNSUPPORTED, line, "the bitwise operator " + op + " is not translated; it gives 0");
                return Val.ZERO;
        }
    }

    // ---------------------------------------------------------------- calls

    private List<Val> call(Ast.Call c) {
        if (c.target() != null) {
            return List.of(method(c));
        }
        Ast.Function f = functions.get(c.name());
        if (f != null) {
            return inline(f, c);
        }
        if (Operators.isTableOperator(c.name())) {
            return List.of(tableOperator(c));
        }
        Operators.Op op = Operators.find(c.name());
        if (op == null) {
            report(Code.GENEXPR_UNKNOWN_FUNCTION, c.line(), c.name() + "() is not defined, required nor a Gen operator; it gives 0");
            return List.of(Val.ZERO);
        }
        return operator(op, c);
    }

    private List<Val> operator(Operators.Op op, Ast.Call c) {
        List<Val> args = new ArrayList<>();
        for (Arg a : c.args()) {
            if (a.name() != null) {
                report(Code.GENEXPR_ATTRIBUTE, c.line(), c.name() + "(): the named argument " + a.name() + " is ignored");
            } else {
                args.add(eval(a.value()));
            }
        }
        if (args.size() > op.inputs()) {
            report(Code.GENEXPR_ARGUMENTS, c.line(), c.name() + "() takes " + op.inputs() + " argument(s), not " + args.size());
        }
        List<String> texts = new ArrayList<>();
        boolean allKnown = true;
        for (int i = 0; i < op.inputs(); i++) {
            Val v;
            if (i < args.size()) {
                v = args.get(i);
            } else if (Double.isNaN(op.defaults()[i])) {
                report(Code.GENEXPR_ARGUMENTS, c.line(), c.name() + "() needs " + op.inputs() + " argument(s); the missing ones are 0");
                v = Val.ZERO;
            } else {
                v = Val.constant(op.defaults()[i]);
            }
            allKnown &= v.known();
            texts.add(v.text());
        }
        if (allKnown && !op.stateful()) {
            double[] numbers = new double[op.inputs()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = i < args.size() ? args.get(i).number() : op.defaults()[i];
            }
            Double folded = Folding.call(c.name(), numbers);
            if (folded != null) {
                return List.of(Val.constant(folded));
            }
        }
        if (op.stateful()) {
            if (runtimeBranches > 0) {
                report(Code.GENEXPR_STATE_IN_BRANCH, c.line(), c.name() + "() inside a branch known only while running:"
                        + " Gen runs it only when the branch is taken, the translation every sample");
            }
            String site = path + "/" + c.id();
            if (statefulCalls.containsKey(site)) {
                report(Code.GENEXPR_STATE_IN_LOOP, c.line(), c.name() + "() is called again by a loop in the same sample:"
                        + " Gen advances one state each time, the translation gives each call its own");
            }
            statefulCalls.put(site, Boolean.TRUE);
        }
        String text = "gen." + op.genName() + op.params();
        if (!texts.isEmpty()) {
            text += "(" + join(texts) + ")";
        }
        if (op.outputs() == 1) {
            return List.of(Val.faust(text));
        }
        Val all = bind(c.name(), Val.faust(text));
        List<Val> outs = new ArrayList<>();
        for (int i = 0; i < op.outputs(); i++) {
            outs.add(bind(c.name() + (i + 1), Val.faust("(" + all.text() + " : ba.selector(" + i + ", " + op.outputs() + "))")));
        }
        return outs;
    }

    private Val tableOperator(Ast.Call c) {
        if (c.name().equals("dim") && c.args().size() == 1 && c.args().get(0).value() instanceof Ast.Name n) {
            Double dim = scope.dims.get(n.name());
            if (dim == null) {
                dim = top.dims.get(n.name());
            }
            if (dim != null) {
                return Val.constant(dim);
            }
        }
        report(Code.GENEXPR_DATA, c.line(), c.name() + "() on a table is not translated: it gives 0"
                + (c.name().equals("poke") || c.name().equals("splat") ? " and writes nothing" : ""));
        return Val.ZERO;
    }

    private Val method(Ast.Call c) {
        DelaySlot d = scope.delays.get(c.target());
        if (d == null) {
            if (scope.tables.containsKey(c.target()) || top.tables.containsKey(c.target())) {
                report(Code.GENEXPR_DATA, c.line(), c.target() + "." + c.name() + "() on a table is not translated; it gives 0");
            } else {
                report(Code.GENEXPR_UNKNOWN_NAME, c.line(), c.target() + " is not a declared Delay; "
                        + c.target() + "." + c.name() + "() gives 0");
            }
            return Val.ZERO;
        }
        List<Val> args = new ArrayList<>();
        String interp = "linear";
        for (Arg a : c.args()) {
            if (a.name() == null) {
                args.add(eval(a.value()));
            } else if (a.name().equals("interp") && a.value() instanceof Ast.Str s) {
                interp = s.value();
            } else {
                report(Code.GENEXPR_ATTRIBUTE, c.line(), c.target() + "." + c.name() + "(): the named argument "
                        + a.name() + " is ignored");
            }
        }
        Val first = args.isEmpty() ? Val.ZERO : args.get(0);
        switch (c.name()) {
            case "write":
                if (args.size() != 1) {
                    report(Code.GENEXPR_ARGUMENTS, c.line(), c.target() + ".write() takes one value");
                }
                cells.put(writeKey(d), bind(c.target() + "_in", first));
                return Val.ZERO;
            case "read":
                if (args.size() > 1) {
                    report(Code.GENEXPR_ARGUMENTS, c.line(), c.target() + ".read() reads one tap here; the others are ignored");
                }
                return delayRead(d, first, interp, c);
            default:
                report(Code.GENEXPR_UNSUPPORTED, c.line(), "Delay method " + c.name() + "() is not translated; it gives 0");
                return Val.ZERO;
        }
    }

    /**
     * A tap: x[n - t] with t clamped to [1, longest] when the Delay has not been written yet in this
     * sample, [0, longest] after; x[n - j] is the feedback input delayed by j - 1 (the recursion gives 1).
     */
    private Val delayRead(DelaySlot d, Val time, String interp, Ast.Call c) {
        Val written = cells.get(writeKey(d));
        String least = written == null ? "1.0" : "0.0";
        boolean step = interp.equals("none") || interp.equals("step");
        if (!step && !interp.equals("linear")) {
            report(Code.GENEXPR_ATTRIBUTE, c.line(), "interp=\"" + interp + "\" is read with linear interpolation");
        }
        String wanted = step ? "(" + time.text() + " - 0.5)" : time.text();
        Val clamped = bind(c.target() + "_t", Val.faust("max(" + least + ", min(" + d.longest().text() + ", " + wanted + "))"));
        if (step) {
            Val whole = bind(c.target() + "_k", Val.faust("int(ceil(" + clamped.text() + "))"));
            return bind(c.target() + "_tap", Val.faust(sampleAgo(d, whole.text(), written)));
        }
        Val whole = bind(c.target() + "_k", Val.faust("int(" + clamped.text() + ")"));
        Val fraction = bind(c.target() + "_f", Val.faust("(" + clamped.text() + " - " + whole.text() + ")"));
        return bind(c.target() + "_tap", Val.faust("((1.0 - " + fraction.text() + ") * " + sampleAgo(d, whole.text(), written)
                + " + " + fraction.text() + " * " + sampleAgo(d, "(" + whole.text() + " + 1)", written) + ")"));
    }

    private static String sampleAgo(DelaySlot d, String samples, Val written) {
        if (written == null) {
            return "(" + d.feedback() + " @ (" + samples + " - 1))";
        }
        return "select2(" + samples + " == 0, " + d.feedback() + " @ max(" + samples + " - 1, 0), " + written.text() + ")";
    }

    private static String writeKey(DelaySlot d) {
        return "w:" + d.key();
    }

    private List<Val> inline(Ast.Function f, Ast.Call c) {
        if (active.contains(f.name())) {
            report(Code.GENEXPR_RECURSION, c.line(), f.name() + "() calls itself; the call gives 0");
            return List.of(Val.ZERO);
        }
        List<Val> positional = new ArrayList<>();
        LinkedHashMap<String, Val> named = new LinkedHashMap<>();
        for (Arg a : c.args()) {
            if (a.name() == null) {
                positional.add(eval(a.value()));
            } else {
                named.put(a.name(), eval(a.value()));
            }
        }
        if (positional.size() > f.params().size()) {
            report(Code.GENEXPR_ARGUMENTS, c.line(), f.name() + "() takes " + f.params().size() + " argument(s), not "
                    + positional.size());
        }
        Scope callee = new Scope();
        Scope caller = scope;
        String callerPath = path;
        int savedLoop = loopBase;
        int savedFunction = functionBase;
        int savedReturnCount = returnCount;
        scope = callee;
        path = callerPath + "/" + c.id();
        loopBase = -1;
        functionBase = runtimeBranches;
        active.add(f.name());
        try {
            for (int i = 0; i < f.params().size(); i++) {
                Ast.Param p = f.params().get(i);
                Val v;
                if (i < positional.size()) {
                    v = positional.get(i);
                } else if (named.containsKey(p.name())) {
                    v = named.remove(p.name());
                } else if (p.defaultValue() != null) {
                    v = eval(p.defaultValue());
                } else {
                    report(Code.GENEXPR_ARGUMENTS, c.line(), f.name() + "() is not given " + p.name() + "; it is 0");
                    v = Val.ZERO;
                }
                callee.vars.put(p.name(), v);
            }
            for (String extra : named.keySet()) {
                report(Code.GENEXPR_ARGUMENTS, c.line(), f.name() + "() has no argument named " + extra);
            }
            returnCount = 0;
            callee.vars.put(RETURNED, Val.ZERO);
            exec(f.body());
            pending = Jump.NONE;
            List<Val> result = new ArrayList<>();
            for (int i = 0; i < returnCount; i++) {
                Val v = callee.vars.get("#r" + i);
                result.add(v == null ? Val.ZERO : v);
            }
            return result.isEmpty() ? List.of(Val.ZERO) : result;
        } finally {
            active.remove(active.size() - 1);
            scope = caller;
            path = callerPath;
            loopBase = savedLoop;
            functionBase = savedFunction;
            returnCount = savedReturnCount;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The value as a name: a new Faust definition unless it is already a name or a number. */
    private Val bind(String hint, Val v) {
        if (v.simple()) {
            return v;
        }
        StringBuilder name = new StringBuilder("v").append(fresh++).append('_');
        for (int i = 0; i < hint.length(); i++) {
            if (Lexer.isNamePart(hint.charAt(i))) {
                name.append(hint.charAt(i));
            }
        }
        defs.append("    ").append(name).append(" = ").append(v.text()).append(";\n");
        return Val.faust(name.toString());
    }

    private void report(Code code, int line, String message) {
        String text = "line " + line + ": " + message;
        String key = code.id() + text;
        if (!reported.containsKey(key)) {
            reported.put(key, Boolean.TRUE);
            problems.add(Diagnostic.atBox(code, boxId, text));
        }
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.length() >= suffix.length() && lower(s.substring(s.length() - suffix.length())).equals(suffix);
    }

    private static String lower(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }
}
