package dev.faustwire.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link Numbers}: canonical number text, number-literal checks and double formatting. */
class NumbersTest {

    @ParameterizedTest(name = "canonical({0}) = {1}")
    @CsvSource({
        "0, 0",
        "-0, 0",
        "0.000, 0",
        "-0.0e5, 0",
        "0e99, 0",
        "1.50, 1.5",
        "10.0, 10",
        "100, 100",
        "0.5, 0.5",
        "-12.340, -12.34",
        "1e3, 1000",
        "1E+3, 1000",
        "2.5e1, 25",
        "1e-3, 0.001",
        "7650213.339999988, 7650213.339999988",
        "187869.05000000843, 187869.05000000843"
    })
    void canonicalPlain(String literal, String expected) {
        assertEquals(expected, Numbers.canonical(literal));
    }

    @Test
    void canonicalKeepsPlainNotationUpToPointPosition21() {
        // 1e20: the decimal point sits after digit 21, the last plain position.
        assertEquals("100000000000000000000", Numbers.canonical("1e20"));
        assertEquals("1e21", Numbers.canonical("1e21"));
        assertEquals("1.23e22", Numbers.canonical("123e20"));
        assertEquals("1.5e30", Numbers.canonical("1.5e30"));
        assertEquals("-1.5e30", Numbers.canonical("-15E+29"));
    }

    @Test
    void canonicalKeepsPlainNotationDownToPointPositionMinus6() {
        assertEquals("0.000001", Numbers.canonical("1e-6"));
        assertEquals("0.0000015", Numbers.canonical("0.0000015"));
        // Point position -6 (six zeros after the point) is still plain by the code's rule...
        assertEquals("0.0000001", Numbers.canonical("1E-7"));
        assertEquals("0.00000012", Numbers.canonical("0.00000012"));
        // ...and -7 is the first exponent form.
        assertEquals("1e-8", Numbers.canonical("1e-8"));
        assertEquals("1.25e-8", Numbers.canonical("12.5e-9"));
        assertEquals("-1e-8", Numbers.canonical("-0.00000001"));
    }

    @Test
    void canonicalOfCanonicalTextIsUnchanged() {
        for (String text : new String[] {"0", "1.5", "-2.25", "1000", "1e21", "1.23e22", "1e-8", "0.0000001"}) {
            assertEquals(text, Numbers.canonical(text), text);
        }
    }

    @Test
    void canonicalOfHugeExponentIsClamped() {
        assertEquals("1e1000000", Numbers.canonical("1e99999999"));
        assertEquals("1e-1000000", Numbers.canonical("1e-99999999"));
    }

    @Test
    void canonicalKeepsValueOfExponentWithLeadingZeros() {
        // JSON allows leading zeros in the exponent: 1e0000001 is 10.
        assertEquals("10", Numbers.canonical("1e0000001"));
        assertEquals("0.1", Numbers.canonical("1e-0000001"));
    }

    @Test
    void canonicalRejectsNonLiterals() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.canonical("abc"));
        assertThrows(IllegalArgumentException.class, () -> Numbers.canonical(".5"));
        assertThrows(IllegalArgumentException.class, () -> Numbers.canonical(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "-12", "0.5", "1.50", "1e3", "1E3", "1e+3", "1e-3", "-1.5E-10", "0.0"})
    void isNumberTextAccepts(String text) {
        assertTrue(Numbers.isNumberText(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "01", "-01", "00", ".5", "5.", "+1", "1e", "1e+", "1.e5", "1e5.5", "--1",
        " 1", "1 ", "0x10", "NaN", "Infinity", "1,5", "abc"})
    void isNumberTextRejects(String text) {
        assertFalse(Numbers.isNumberText(text), text);
    }

    @Test
    void formatDropsTrailingZeros() {
        assertEquals("15", Numbers.format(15.0));
        assertEquals("0.5", Numbers.format(0.5));
        assertEquals("-2.25", Numbers.format(-2.25));
        assertEquals("1234.5678", Numbers.format(1234.5678));
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
    }

    @Test
    void formatRoundsToSixDecimals() {
        assertEquals("0.333333", Numbers.format(1.0 / 3));
        assertEquals("0.666667", Numbers.format(2.0 / 3));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("22.666668", Numbers.format(22.666667938232422));
        assertEquals("-0.000001", Numbers.format(-0.000001));
    }

    @Test
    void formatOfTinyValueIsZeroWithoutSign() {
        assertEquals("0", Numbers.format(1e-9));
        assertEquals("0", Numbers.format(-1e-9));
    }

    @Test
    void formatOfLargeValuesBelowLimit() {
        assertEquals("1000000000000", Numbers.format(1e12));
        assertEquals("-123456789.5", Numbers.format(-123456789.5));
    }

    @Test
    void formatOfValuesAboveLongScaleLimitBelow1e15() {
        // The javadoc promises every double below 1e15; value * 1e6 then exceeds Long.MAX_VALUE.
        assertEquals("10000000000000", Numbers.format(1e13));
        assertEquals("100000000000000", Numbers.format(1e14));
        assertEquals("-999999999999999", Numbers.format(-999999999999999.0));
    }

    @Test
    void formatRejectsNonFiniteAndOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(1e15));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(-1e15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-5", "2147483647", "-2147483648"})
    void isIntTextAccepts(String text) {
        assertTrue(Numbers.isIntText(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "1.5", "1e3", "1E3", "2147483648", "-2147483649", "9999999999", "12345678901"})
    void isIntTextRejects(String text) {
        assertFalse(Numbers.isIntText(text), text);
    }
}
