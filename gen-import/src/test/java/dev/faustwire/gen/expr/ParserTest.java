package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.gen.expr.Ast.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    /** The expression tree in prefix form: (op a b). */
    private static String tree(Expr e) {
        if (e instanceof Ast.Num n) {
            return FaustNumber.format(n.value());
        }
        if (e instanceof Ast.Name n) {
            return n.name();
        }
        if (e instanceof Ast.Unary u) {
            return "(" + u.op() + " " + tree(u.operand()) + ")";
        }
        if (e instanceof Ast.Binary b) {
            return "(" + b.op() + " " + tree(b.left()) + " " + tree(b.right()) + ")";
        }
        if (e instanceof Ast.Ternary t) {
            return "(? " + tree(t.cond()) + " " + tree(t.then()) + " " + tree(t.otherwise()) + ")";
        }
        if (e instanceof Ast.Call c) {
            StringBuilder b = new StringBuilder("(call " + (c.target() == null ? "" : c.target() + ".") + c.name());
            for (Ast.Arg a : c.args()) {
                b.append(' ').append(a.name() == null ? "" : a.name() + "=").append(tree(a.value()));
            }
            return b.append(')').toString();
        }
        return "\"" + ((Ast.Str) e).value() + "\"";
    }

    private static Parser.Result parse(String code) {
        return Parser.parse(code, 0);
    }

    private static String expr(String code) {
        Parser.Result r = parse("x = " + code + ";");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return tree(((Ast.Assign) r.program().statements().get(0)).values().get(0));
    }

    @Test
    void precedenceAsInC() {
        assertEquals("(+ a (* b c))", expr("a + b * c"));
        assertEquals("(- (- a b) c)", expr("a - b - c"));
        assertEquals("(|| (&& (< a b) (== c d)) e)", expr("a < b && c == d || e"));
        assertEquals("(? (> a 0.0) (- b) (! c))", expr("a > 0 ? -b : !c"));
        assertEquals("(* (- a) (+ b c))", expr("-a * (b + c)"));
        assertEquals("(% (/ a b) c)", expr("a / b % c"));
        assertEquals("(|| (^^ a b) c)", expr("a ^^ b || c"));
    }

    @Test
    void callsWithNamedArgumentsAndMethods() {
        assertEquals("(call peek b i boundmode=\"wrap\")", expr("peek(b, i, boundmode=\"wrap\")"));
        assertEquals("(call d.read (* t 2.0) interp=\"linear\")", expr("d.read(t * 2, interp=\"linear\")"));
        assertEquals("(call noise)", expr("noise()"));
    }

    @Test
    void statementsFunctionsAndDeclarations() {
        Parser.Result r = parse("""
                require "lib";
                require("other")
                ;
                f(x, amp=0.5) { return x * amp, x; }
                History a(1), b;
                Param p(0, min=-1, max=1);
                a, b = f(in1);
                if (a == 0) { b += 1; } else if (a > 1) b = 2; else { }
                for (i = 0; i < 4; i += 1) { continue; }
                while (b) { break; }
                out1 = a
                """);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(1, r.program().functions().size());
        Ast.Function f = r.program().functions().get(0);
        assertEquals("f", f.name());
        assertEquals(2, f.params().size());
        assertEquals("amp", f.params().get(1).name());
        List<Ast.Stmt> s = r.program().statements();
        assertEquals("lib", ((Ast.Require) s.get(0)).library());
        assertEquals("other", ((Ast.Require) s.get(1)).library());
        Ast.Decl history = (Ast.Decl) s.get(2);
        assertEquals("History", history.type());
        assertEquals(2, history.items().size());
        assertEquals("Param", ((Ast.Decl) s.get(3)).type());
        Ast.Assign multi = (Ast.Assign) s.get(4);
        assertEquals(List.of("a", "b"), multi.targets());
        assertInstanceOf(Ast.If.class, s.get(5));
        assertInstanceOf(Ast.If.class, ((Ast.If) s.get(5)).otherwise());
        assertInstanceOf(Ast.For.class, s.get(6));
        assertInstanceOf(Ast.While.class, s.get(7));
        assertEquals(11, s.get(8).line());
        assertEquals(9, s.size());
    }

    @Test
    void dataDeclarationsWithSeveralNamesAndTableCallsWithAttributes() {
        List<Ast.Stmt> s = Parser.parse("Data d(16, 2), e(4);\npoke(d, x, i, 1, boundmode=\"wrap\");\ny = d.peek(i, interp=\"linear\");",
                0).program().statements();
        Ast.Decl data = (Ast.Decl) s.get(0);
        assertEquals("Data", data.type());
        assertEquals(2, data.items().size());
        assertEquals("e", data.items().get(1).name());
        assertEquals(2, data.items().get(0).args().size());
        Ast.Call poke = (Ast.Call) ((Ast.ExprStmt) s.get(1)).expr();
        assertEquals("boundmode", poke.args().get(4).name());
        Ast.Call peek = (Ast.Call) ((Ast.Assign) s.get(2)).values().get(0);
        assertEquals("d", peek.target());
        assertEquals("peek", peek.name());
    }

    @Test
    void aSyntaxErrorIsReportedOnceWithItsLineAndParsingGoesOn() {
        Parser.Result r = parse("a = 1;\nb = (2 + ;\nc = 3;\nd = 4 5;\n");
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertEquals("expected a value but found ';'", r.problems().get(0).message());
        assertEquals(4, r.problems().get(1).line());
        assertEquals("expected ; but found '5'", r.problems().get(1).message());
        assertEquals(2, r.program().statements().size(), "a and c are kept");
    }

    @Test
    void anIfIsNoFunctionDefinition() {
        Parser.Result r = parse("if (in1 == 0) { out1 = 1; }");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertTrue(r.program().functions().isEmpty());
        assertInstanceOf(Ast.If.class, r.program().statements().get(0));
    }
}
