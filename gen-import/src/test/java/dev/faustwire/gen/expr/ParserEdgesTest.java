package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The corners of GenExpr's syntax the corpus and Gen's documentation show. */
class ParserEdgesTest {
    private static Parser.Result parse(String code) {
        return Parser.parse(code, 0);
    }

    private static List<Ast.Stmt> statements(String code) {
        Parser.Result r = parse(code);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.program().statements();
    }

    @Test
    void nestedTernariesGroupToTheRight() {
        Ast.Assign a = (Ast.Assign) statements("x = a ? b : c ? d : e;").get(0);
        Ast.Ternary outer = (Ast.Ternary) a.values().get(0);
        assertInstanceOf(Ast.Name.class, outer.then());
        assertInstanceOf(Ast.Ternary.class, outer.otherwise());
    }

    @Test
    void unaryOperatorsChain() {
        Ast.Assign a = (Ast.Assign) statements("x = - -!y;").get(0);
        Ast.Unary first = (Ast.Unary) a.values().get(0);
        assertEquals("-", first.op());
        assertEquals("-", ((Ast.Unary) first.operand()).op());
        assertEquals("!", ((Ast.Unary) ((Ast.Unary) first.operand()).operand()).op());
    }

    @Test
    void forWithEmptyPartsAndReturnWithoutValue() {
        Ast.For f = (Ast.For) statements("for (;;) { break; }").get(0);
        assertNull(f.init());
        assertNull(f.cond());
        assertNull(f.step());
        Parser.Result r = parse("f() { return; }");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Ast.Return ret = (Ast.Return) r.program().functions().get(0).body().body().get(0);
        assertTrue(ret.values().isEmpty());
    }

    @Test
    void lowerCaseDeclarationsAndNamedConstructorArguments() {
        Ast.Decl h = (Ast.Decl) statements("history h(0);").get(0);
        assertEquals("History", h.type());
        Ast.Decl p = (Ast.Decl) statements("Param cutoff(1000, min=20, max=20000);").get(0);
        List<Ast.Arg> args = p.items().get(0).args();
        assertEquals(3, args.size());
        assertNull(args.get(0).name());
        assertEquals("min", args.get(1).name());
        assertEquals("max", args.get(2).name());
        Ast.Decl b = (Ast.Decl) statements("Buffer b(\"drums\");").get(0);
        assertEquals("drums", ((Ast.Str) b.items().get(0).args().get(0).value()).value());
    }

    @Test
    void aNameCalledHistoryAloneIsAVariable() {
        Ast.Assign a = (Ast.Assign) statements("History = 3;").get(0);
        assertEquals(List.of("History"), a.targets());
    }

    @Test
    void multipleAssignmentFromACall() {
        Ast.Assign a = (Ast.Assign) statements("lo, hi = split(x, gain=2);").get(0);
        assertEquals(List.of("lo", "hi"), a.targets());
        assertEquals(1, a.values().size());
        Ast.Call c = (Ast.Call) a.values().get(0);
        assertEquals("split", c.name());
        assertEquals("gain", c.args().get(1).name());
    }

    @Test
    void callSitesAreNumberedFromTheFirstIdGiven() {
        Parser.Result r = Parser.parse("x = f(g(1));", 40);
        Ast.Call f = (Ast.Call) ((Ast.Assign) r.program().statements().get(0)).values().get(0);
        Ast.Call g = (Ast.Call) f.args().get(0).value();
        assertEquals(40, g.id(), "an argument's call is numbered before the call around it");
        assertEquals(41, f.id());
        assertEquals(42, r.nextCallId());
    }

    @Test
    void anUnclosedBlockIsReportedWhereItOpens() {
        Parser.Result r = parse("a = 1;\nif (a) {\n b = 2;\n");
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertEquals("a { is never closed", r.problems().get(0).message());
    }

    @Test
    void errorsInsideABlockKeepTheRestOfTheBlock() {
        Parser.Result r = parse("f(x) {\n y = x +;\n return y;\n}\nout1 = f(1);");
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertEquals(1, r.program().functions().size());
        assertEquals(1, r.program().functions().get(0).body().body().size(), "the return is kept");
        assertEquals(1, r.program().statements().size());
    }

    @Test
    void aRequireNeedsAName() {
        Parser.Result r = parse("require(3);");
        assertEquals("require needs a library name, found '3'", r.problems().get(0).message());
    }

    @Test
    void theLastStatementMayLackItsSemicolon() {
        assertEquals(2, statements("a = 1;\nout1 = a").size());
        assertEquals(1, ((Ast.Block) statements("{ a = 1 }").get(0)).body().size());
    }
}
