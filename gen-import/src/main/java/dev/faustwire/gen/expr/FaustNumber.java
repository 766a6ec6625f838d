package dev.faustwire.gen.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles as Faust literals that read back to the same double (17 significant digits, always with a
 * decimal point so Faust takes them as reals), negative ones in parentheses. Our own text: no
 * {@code Double.toString}, so the JVM and the page write the same program.
 */
final class FaustNumber {

    private FaustNumber() {
    }

    /** The value of a GenExpr number literal ({@code 8000.}, {@code .5}, {@code 1e-9}). */
    static double parse(String literal) {
        return new BigDecimal(literal.endsWith(".") ? literal + "0" : literal).doubleValue();
    }

    /** A Faust literal for a finite double: {@code 0.5}, {@code 8000.0}, {@code 1.0e-9}, {@code (-2.25)}. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number");
        }
        if (value == 0) {
            return "0.0";
        }
        String text = positive(Math.abs(value));
        return value < 0 ? "(-" + text + ")" : text;
    }

    private static String positive(double value) {
        BigDecimal exact = shortest(value);
        String digits = exact.unscaledValue().toString();
        int point = digits.length() - exact.scale();
        int exponent = point - 1;
        if (exponent >= -5 && exponent <= 15) {
            if (point >= digits.length()) {
                return digits + zeros(point - digits.length()) + ".0";
            }
            if (point <= 0) {
                return "0." + zeros(-point) + digits;
            }
            return digits.substring(0, point) + "." + digits.substring(point);
        }
        String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + exponent;
    }

    /** The fewest significant digits (15 to 17) that read back to the same double. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 15; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String zeros(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append('0');
        }
        return b.toString();
    }
}
