package dev.faustwire.gen.expr;

/**
 * A GenExpr value while translating: a number known when the code is generated (folded as Gen would
 * compute it in double), or a Faust expression: a name, a literal, a call or a parenthesised text.
 */
final class Val {
    static final Val ZERO = constant(0);

    private final boolean known;
    private final double number;
    private final String text;

    private Val(boolean known, double number, String text) {
        this.known = known;
        this.number = number;
        this.text = text;
    }

    static Val constant(double number) {
        return new Val(true, number, null);
    }

    static Val faust(String text) {
        return new Val(false, 0, text);
    }

    /** True when the value is a number known now. */
    boolean known() {
        return known;
    }

    double number() {
        return number;
    }

    /** The Faust text of the value, safe to put in any expression. */
    String text() {
        return known ? FaustNumber.format(number) : text;
    }

    /** True when the value is a plain Faust name or a literal, so binding it to a new name gains nothing. */
    boolean simple() {
        if (known) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Lexer.isNamePart(text.charAt(i)) && text.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** True when both are the same number or the same Faust text. */
    boolean same(Val other) {
        if (known != other.known) {
            return false;
        }
        return known ? Double.doubleToLongBits(number) == Double.doubleToLongBits(other.number) : text.equals(other.text);
    }
}
