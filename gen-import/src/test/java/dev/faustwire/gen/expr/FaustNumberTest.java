package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FaustNumberTest {
    @Test
    void literalsFaustReadsAsReals() {
        assertEquals("0.0", FaustNumber.format(0));
        assertEquals("1.0", FaustNumber.format(1));
        assertEquals("8000.0", FaustNumber.format(8000));
        assertEquals("0.3", FaustNumber.format(0.3));
        assertEquals("(-2.25)", FaustNumber.format(-2.25));
        assertEquals("3.141592653589793", FaustNumber.format(Math.PI));
        assertEquals("1.0e-9", FaustNumber.format(1e-9));
        assertEquals("1.0e300", FaustNumber.format(1e300));
        assertEquals("0.00001", FaustNumber.format(1e-5));
        assertEquals("1000000000000000.0", FaustNumber.format(1e15));
        assertEquals("1.0e16", FaustNumber.format(1e16));
        assertEquals("4.94065645841247e-324", FaustNumber.format(Double.MIN_VALUE));
    }

    @Test
    void everyDoubleReadsBackExactly() {
        Random random = new Random(7);
        for (int i = 0; i < 20000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            String text = FaustNumber.format(v);
            String bare = text.startsWith("(") ? text.substring(1, text.length() - 1) : text;
            assertEquals(v, Double.parseDouble(bare), text);
            assertEquals(v, FaustNumber.parse(bare), text);
        }
    }

    @Test
    void genLiteralsParse() {
        assertEquals(8000.0, FaustNumber.parse("8000."));
        assertEquals(0.5, FaustNumber.parse(".5"));
        assertThrows(IllegalArgumentException.class, () -> FaustNumber.format(Double.NaN));
    }
}
