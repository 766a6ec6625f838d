package dev.faustwire.gen.audio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Samples as the numbers of a Faust {@code waveform}: the fewest significant digits (up to 17) that read back
 * to the same double, always with a decimal point (a waveform of reals), a plain minus sign (waveform reads
 * one, not parentheses), an exponent for very small or large values. Our own text, the same in the JVM and
 * in the page.
 */
final class SampleText {
    private static final MathContext[] DIGITS = {new MathContext(15, RoundingMode.HALF_EVEN),
        new MathContext(16, RoundingMode.HALF_EVEN), new MathContext(17, RoundingMode.HALF_EVEN)};

    private SampleText() {
    }

    /** Appends a finite double. */
    static void append(StringBuilder out, double value) {
        if (value == 0) {
            out.append("0.0");
            return;
        }
        if (value < 0) {
            out.append('-');
        }
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int point = digits.length() - shortest.scale();
        int exponent = point - 1;
        if (exponent < -5 || exponent > 15) {
            out.append(digits.charAt(0)).append('.').append(digits.length() == 1 ? "0" : digits.substring(1));
            out.append('e').append(exponent);
        } else if (point >= digits.length()) {
            out.append(digits);
            zeros(out, point - digits.length());
            out.append(".0");
        } else if (point <= 0) {
            out.append("0.");
            zeros(out, -point);
            out.append(digits);
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
    }

    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        // A double with a decimal of 15 digits or fewer has exactly one (15 digits tell doubles apart), and
        // rounding to 15 then dropping trailing zeros finds it; the others need 16 or 17.
        for (int i = 0; i < 2; i++) {
            BigDecimal rounded = exact.round(DIGITS[i]);
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(DIGITS[2]).stripTrailingZeros();
    }

    private static void zeros(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) {
            out.append('0');
        }
    }
}
