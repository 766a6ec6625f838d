package dev.faustwire.gen.expr;

import dev.faustwire.core.diag.Code;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.expr.Ast.Expr;
import dev.faustwire.gen.expr.Ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs GenExpr once, when the code is generated, on symbolic values: every assignment becomes a new
 * Faust definition (SSA), known numbers are folded, loops with known bounds are unrolled, functions are
 * inlined (each call site its own state), a run-time {@code if} runs both branches and merges every
 * variable, History and Delay write with {@code select2}. History and Delay become the feedback of one
 * Faust recursion ({@code ~}) over the whole code, in Gen's order: read at the start of the sample,
 * written with the last value assigned.
 */
final class Translator extends DeclarationTranslator {

    Translator(String boxId, GenFiles files) {
        super(boxId, files);
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

    // ---------------------------------------------------------------- statements

    @Override
    void exec(Stmt s) {
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
        Val outer = guard;
        guard = both(outer, Val.faust("(" + test.text() + " != 0)"));
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
            guard = both(outer, Val.faust("(" + test.text() + " == 0)"));
            exec(otherwise);
            pending = Jump.NONE;
        }
        guard = outer;
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

    private void loop(Stmt init, Expr cond, Stmt step, Stmt body, int line) {
        if (init != null) {
            exec(init);
        }
        int savedBase = loopBase;
        loopBase = runtimeBranches;
        Val outerBroken = scope.vars.remove(BROKEN);
        Val outerContinued = scope.vars.remove(CONTINUED);
        // after a run-time break the step goes on here only to keep the condition known: the variables it
        // sets keep these values for the condition, and their frozen values where the loop has ended
        LinkedHashMap<String, Val> control = new LinkedHashMap<>();
        try {
            while (true) {
                if (cond != null) {
                    LinkedHashMap<String, Val> visible = new LinkedHashMap<>(scope.vars);
                    for (Map.Entry<String, Val> e : control.entrySet()) {
                        if (!e.getKey().startsWith("#set:")) {
                            scope.vars.put(e.getKey(), e.getValue());
                        }
                    }
                    Val c = eval(cond);
                    scope.vars.clear();
                    scope.vars.putAll(visible);
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
                    step(step, control);
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

    /** A loop's step: where a run-time break may have happened, the variables it sets stay as they were. */
    private void step(Stmt step, LinkedHashMap<String, Val> control) {
        Val broken = scope.vars.get(BROKEN);
        if (broken == null || broken.known()) {
            exec(step);
            return;
        }
        LinkedHashMap<String, Val> visible = new LinkedHashMap<>(scope.vars);
        LinkedHashMap<String, Val> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Val> e : control.entrySet()) {
            // a variable the body changed since the last step is no longer the step's alone
            Val set = control.get("#set:" + e.getKey());
            Val now = visible.get(e.getKey());
            if (!e.getKey().startsWith("#set:") && set != null && now != null && set.same(now)) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        control.clear();
        control.putAll(kept);
        scope.vars.putAll(control);
        exec(step);
        for (Map.Entry<String, Val> e : scope.vars.entrySet()) {
            Val before = visible.get(e.getKey());
            if (control.containsKey(e.getKey()) || before == null || !before.same(e.getValue())) {
                control.put(e.getKey(), e.getValue());
            }
        }
        scope.vars.clear();
        scope.vars.putAll(visible);
        LinkedHashMap<String, Val> set = new LinkedHashMap<>();
        for (Map.Entry<String, Val> e : control.entrySet()) {
            Val before = visible.get(e.getKey());
            Val frozen = before == null ? Val.ZERO : before;
            Val value = frozen.same(e.getValue()) ? frozen : bind(e.getKey(), Val.faust("select2("
                    + broken.text() + " != 0, " + e.getValue().text() + ", " + frozen.text() + ")"));
            scope.vars.put(e.getKey(), value);
            set.put("#set:" + e.getKey(), value);
        }
        control.putAll(set);
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

}
