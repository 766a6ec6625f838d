package dev.faustwire.core.json;

/**
 * The one number format of the project. Works on text, never on {@code Double.toString} or
 * {@code String.format}, so that the JVM and the browser print every number the same way.
 */
public final class Numbers {
    private static final long SCALE = 1_000_000L;
    private static final int MAX_PLAIN_EXPONENT = 21;
    private static final int MIN_PLAIN_EXPONENT = -6;

    private Numbers() {
    }

    /** Formats a double below 1e15 with at most six decimals, trailing zeros dropped: 15, 0.5, -2.25. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (Math.abs(value) >= 1e15) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        double magnitude = Math.abs(value);
        long whole = (long) Math.floor(magnitude);
        long micros = Math.round((magnitude - whole) * SCALE);
        if (micros == SCALE) {
            whole++;
            micros = 0;
        }
        if (whole == 0 && micros == 0) {
            return "0";
        }
        String fraction = Long.toString(micros);
        while (fraction.length() < 6) {
            fraction = "0" + fraction;
        }
        fraction = stripTrailingZeros(fraction);
        String sign = value < 0 ? "-" : "";
        return fraction.isEmpty() ? sign + whole : sign + whole + "." + fraction;
    }

    /** True when {@code text} is a JSON number literal. */
    public static boolean isNumberText(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return false;
        }
        if (text.charAt(digitsStart) == '0' && i - digitsStart > 1) {
            return false;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            int fractionStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                return false;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponentStart) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The canonical text of a JSON number literal: no leading or trailing zeros, no "-0", plain
     * notation for exponents from -6 to 21 and {@code 1.5e30} style beyond.
     */
    public static String canonical(String literal) {
        if (!isNumberText(literal)) {
            throw new IllegalArgumentException("not a number literal: " + literal);
        }
        boolean negative = literal.startsWith("-");
        String body = negative ? literal.substring(1) : literal;
        int exponent = 0;
        int e = Math.max(body.indexOf('e'), body.indexOf('E'));
        if (e >= 0) {
            String exponentText = body.substring(e + 1);
            boolean negativeExponent = exponentText.startsWith("-");
            if (exponentText.startsWith("+") || negativeExponent) {
                exponentText = exponentText.substring(1);
            }
            while (exponentText.length() > 1 && exponentText.charAt(0) == '0') {
                exponentText = exponentText.substring(1);
            }
            exponentText = (negativeExponent ? "-" : "") + exponentText;
            exponent = exponentText.length() > 6 ? clampExponent(exponentText) : Integer.parseInt(exponentText);
            body = body.substring(0, e);
        }
        int dot = body.indexOf('.');
        String digits = dot < 0 ? body : body.substring(0, dot) + body.substring(dot + 1);
        int point = (dot < 0 ? body.length() : dot) + exponent;
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = stripTrailingZeros(digits.substring(lead));
        point -= lead;
        if (digits.isEmpty()) {
            return "0";
        }
        String sign = negative ? "-" : "";
        if (point > MAX_PLAIN_EXPONENT || point < MIN_PLAIN_EXPONENT) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (point - 1);
        }
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return sign + digits + "0".repeat(point - digits.length());
        }
        return sign + digits.substring(0, point) + "." + digits.substring(point);
    }

    /** True when canonical text {@code text} is a whole number within the int range. */
    public static boolean isIntText(String text) {
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return false;
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > 10) {
            return false;
        }
        long value = Long.parseLong(text);
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    private static int clampExponent(String text) {
        return text.startsWith("-") ? -1_000_000 : 1_000_000;
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
