package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator table keeps gen.lib's names: no Faust keyword, Gen word aliases, Gen's defaults. */
class OperatorsTest {
    private static final List<String> FAUST_KEYWORDS = List.of("abs", "acos", "asin", "atan", "atan2", "ceil", "cos",
            "exp", "floor", "fmod", "int", "float", "log", "log10", "max", "min", "pow", "remainder", "rint", "sin", "sqrt",
            "tan", "mem", "prefix", "xor");

    @Test
    void noGenLibNameIsAFaustKeyword() {
        for (String name : GenExpr.operators()) {
            Operators.Op op = Operators.find(name);
            assertFalse(FAUST_KEYWORDS.contains(op.genName()), name + " -> " + op.genName());
        }
    }

    @Test
    void keywordsGetTheContractsNames() {
        assertEquals("minimum", Operators.find("min").genName());
        assertEquals("maximum", Operators.find("max").genName());
        assertEquals("ln", Operators.find("log").genName());
        assertEquals("abs_", Operators.find("abs").genName());
        assertEquals("pow_", Operators.find("pow").genName());
        assertEquals("int_", Operators.find("int").genName());
        assertEquals("xor_", Operators.find("xor").genName());
        assertEquals("clip", Operators.find("clamp").genName());
        assertEquals("accum", Operators.find("plusequals").genName());
    }

    @Test
    void gensDefaultsForInputsLeftOut() {
        Operators.Op wrap = Operators.find("wrap");
        assertEquals(3, wrap.inputs());
        assertTrue(Double.isNaN(wrap.defaults()[0]));
        assertEquals(0.0, wrap.defaults()[1]);
        assertEquals(1.0, wrap.defaults()[2]);
        assertEquals(440.0, Operators.find("mtof").defaults()[1]);
        assertEquals(0.5, Operators.find("train").defaults()[1]);
        assertEquals(3, Operators.find("counter").outputs());
        assertEquals(2, Operators.find("cartopol").outputs());
    }

    @Test
    void stateAndCompileTimeParameters() {
        assertTrue(Operators.find("phasor").stateful());
        assertEquals("(0)", Operators.find("phasor").params());
        assertTrue(Operators.find("noise").stateful());
        assertFalse(Operators.find("triangle").stateful(), "triangle is a formula of its inputs");
        assertFalse(Operators.find("sin").stateful());
        assertEquals("(0, 0, 0, 0, 0)", Operators.find("accum").params());
    }

    @Test
    void tablesAreNotOperators() {
        assertNull(Operators.find("peek"));
        assertTrue(Operators.isTableOperator("peek"));
        assertTrue(Operators.isTableOperator("poke"));
        assertFalse(Operators.isTableOperator("wrap"));
        assertNotNull(Operators.find("wrap"));
        assertEquals(GenExpr.operators().size(), Operators.names().size());
        assertTrue(GenExpr.operators().size() > 100);
    }
}
