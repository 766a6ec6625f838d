package dev.faustwire.gen.expr;

import dev.faustwire.core.diag.Code;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.expr.Ast.Arg;
import dev.faustwire.gen.expr.Ast.Expr;
import dev.faustwire.gen.expr.Ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Expressions and calls on symbolic values: names, operators (folded when known), Gen operators as
 * gen.lib calls, Delay taps, and user functions inlined at each call site.
 */
abstract class ExpressionTranslator extends TranslationState {
    ExpressionTranslator(String boxId, GenFiles files) {
        super(boxId, files);
    }

    /** Runs a statement (the statements are the subclass's). */
    abstract void exec(Stmt s);


    // ---------------------------------------------------------------- expressions

    Val eval(Expr e) {
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
            Val outer = guard;
            guard = both(outer, Val.faust("(" + c.text() + " != 0)"));
            Val a = eval(t.then());
            guard = both(outer, Val.faust("(" + c.text() + " == 0)"));
            Val b = eval(t.otherwise());
            guard = outer;
            runtimeBranches--;
            return a.same(b) ? a : Val.faust("select2(" + c.text() + " != 0, " + b.text() + ", " + a.text() + ")");
        }
        List<Val> results = call((Ast.Call) e);
        return results.isEmpty() ? Val.ZERO : results.get(0);
    }

    Val lookup(String name, int line) {
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
                return Val.faust("((" + x + ", " + y + ") : gen.div)");
            case "%":
                return Val.faust("((" + x + ", " + y + ") : gen.mod)");
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

    List<Val> call(Ast.Call c) {
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

    List<Val> operator(Operators.Op op, Ast.Call c) {
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
        // Signals are routed into the call, not passed as arguments: Faust 2.54.9 expands an argument
        // at every use of its parameter, so a chain of applied calls costs uses^length (GenCallChainTest).
        String text = "gen." + op.genName() + op.params();
        if (!texts.isEmpty()) {
            text = "((" + join(texts) + ") : " + text + ")";
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

    /** A table operator called as a function (the subclass's). */
    abstract Val tableOperator(Ast.Call c);

    /** A table operator called as a method of a table (the subclass's); {@code t} null for a table not translated. */
    abstract Val tableMethod(Ast.Call c, TableSlot t);

    Val method(Ast.Call c) {
        DelaySlot d = scope.delays.get(c.target());
        if (d == null) {
            if (scope.tables.containsKey(c.target())) {
                return tableMethod(c, scope.tables.get(c.target()));
            } else if (top.tables.containsKey(c.target())) {
                return tableMethod(c, top.tables.get(c.target()));
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
    Val delayRead(DelaySlot d, Val time, String interp, Ast.Call c) {
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

    static String sampleAgo(DelaySlot d, String samples, Val written) {
        if (written == null) {
            return "(" + d.feedback() + " @ (" + samples + " - 1))";
        }
        return "select2(" + samples + " == 0, " + d.feedback() + " @ max(" + samples + " - 1, 0), " + written.text() + ")";
    }

    List<Val> inline(Ast.Function f, Ast.Call c) {
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
}
