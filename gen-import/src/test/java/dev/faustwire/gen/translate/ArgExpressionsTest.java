package dev.faustwire.gen.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gen's argument expressions: numbers as Gen writes them, constants, expressions evaluated or written as Faust. */
class ArgExpressionsTest {

    @Test
    void numbersAsGenWritesThemAreCanonical() {
        assertEquals("0", ArgExpressions.read("0.").literal());
        assertEquals("0.5", ArgExpressions.read(".5").literal());
        assertEquals("-1", ArgExpressions.read("-1").literal());
        assertEquals("0.0001", ArgExpressions.read("1e-4").literal());
        assertEquals("3", ArgExpressions.read("+3").literal());
    }

    @Test
    void constantsAreGenLibConstantsInEitherCase() {
        assertEquals("gen.twopi", ArgExpressions.read("twopi").literal());
        assertEquals("gen.pi", ArgExpressions.read("PI").literal());
        ArgValue rate = ArgExpressions.read("samplerate");
        assertEquals("gen.samplerate", rate.literal());
        assertTrue(rate.hostDependent());
    }

    @Test
    void aNumericExpressionExactInSixDecimalsIsItsValue() {
        assertEquals("0.25", ArgExpressions.read("1/4").literal());
        assertEquals("6", ArgExpressions.read("2 * 3").literal());
        assertEquals("-2", ArgExpressions.read("-(1+1)").literal());
    }

    @Test
    void aNumericExpressionThatSixDecimalsCannotHoldStaysAnExpression() {
        ArgValue twelfth = ArgExpressions.read("1/12");
        assertNull(twelfth.literal());
        assertEquals("1.0/12.0", twelfth.expression());
        assertEquals(1.0 / 12, twelfth.value(), 0);
        ArgValue semitone = ArgExpressions.read("55*pow(2,27/12)");
        assertEquals("55.0*pow(2.0, 27.0/12.0)", semitone.expression());
        assertEquals(55 * Math.pow(2, 27.0 / 12), semitone.value(), 1e-12);
    }

    @Test
    void expressionsWithSamplerateAreFaustWithTheHostRate() {
        ArgValue value = ArgExpressions.read("-twopi/samplerate");
        assertNull(value.literal());
        assertEquals("(0 - gen.twopi)/gen.samplerate", value.expression());
        assertTrue(value.hostDependent());
        assertEquals("gen.samplerate*10.0", ArgExpressions.read("samplerate*10").expression());
    }

    @Test
    void namesThatAreNotConstantsAreNotRead() {
        assertFalse(ArgExpressions.read("tuning").readable());
        assertFalse(ArgExpressions.read("2*tuning").readable());
        assertFalse(ArgExpressions.read("(1+2").readable());
        assertFalse(ArgExpressions.read("foo(2)").readable());
    }

    @Test
    void wordsOfOneExpressionSplitBySpacesAreJoined() {
        assertEquals(List.of("2 * 3.14"), ArgExpressions.group(List.of("2", "*", "3.14")));
        assertEquals(List.of("1 /samplerate"), ArgExpressions.group(List.of("1", "/samplerate")));
        assertEquals(List.of("0", "-1", "1"), ArgExpressions.group(List.of("0", "-1", "1")));
        assertEquals(List.of("pow(2, 3)"), ArgExpressions.group(List.of("pow(2,", "3)")));
    }
}
