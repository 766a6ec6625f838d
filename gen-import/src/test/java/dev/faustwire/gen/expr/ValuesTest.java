package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values while translating, and Gen's constants. */
class ValuesTest {
    @Test
    void knownNumbersAndFaustText() {
        Val half = Val.constant(0.5);
        assertTrue(half.known());
        assertEquals("0.5", half.text());
        assertTrue(half.simple());
        assertTrue(half.same(Val.constant(0.5)));
        assertFalse(half.same(Val.constant(-0.5)));
        assertFalse(Val.constant(0.0).same(Val.constant(-0.0)), "0 and -0 are different numbers to Gen's division");
        Val name = Val.faust("v3_x");
        assertTrue(name.simple());
        assertTrue(Val.faust("gen.samplerate").simple());
        assertFalse(Val.faust("(a + b)").simple());
        assertTrue(name.same(Val.faust("v3_x")));
        assertFalse(name.same(half));
    }

    @Test
    void constantsInLowerOrUpperCase() {
        assertEquals(Math.PI, Constants.find("pi").number());
        assertEquals(Math.PI, Constants.find("PI").number());
        assertNull(Constants.find("Pi"), "mixed case is a variable name");
        assertEquals(2 * Math.PI, Constants.find("TWOPI").number());
        assertEquals(1.618033988749895, Constants.find("phi").number());
        assertEquals(Math.PI / 180, Constants.find("degtorad").number());
        assertEquals("gen.samplerate", Constants.find("SAMPLERATE").text());
        assertEquals("gen.vectorsize", Constants.find("vectorsize").text());
        assertEquals(1.0, Constants.find("voice").number());
        assertNull(Constants.find("lambda"));
    }

    @Test
    void aVariableShadowsAConstant() {
        CodeTranslation t = GenExpr.translate("e = 2;\nout1 = e * PI;", "box-1", null);
        assertTrue(t.faust().contains("(6.283185307179586)"), t.faust());
    }
}
