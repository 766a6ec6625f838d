package dev.faustwire.gen.expr;

/**
 * GenExpr arithmetic on numbers known when the code is generated, computed as Gen computes it in
 * double (protected division and modulo, 0/1 comparisons). Only what Java computes bit for bit as C
 * does is folded; the rest (sin, pow...) is left to Faust. Null means "not folded".
 */
final class Folding {
    private static final double EPSILON = 2.220446049250313e-16;

    private Folding() {
    }

    static Double binary(String op, double a, double b) {
        double r;
        switch (op) {
            case "+":
                r = a + b;
                break;
            case "-":
                r = a - b;
                break;
            case "*":
                r = a * b;
                break;
            case "/":
                r = b == 0 ? 0 : a / b;
                break;
            case "%":
                r = safemod(a, b);
                break;
            case "<":
                r = a < b ? 1 : 0;
                break;
            case "<=":
                r = a <= b ? 1 : 0;
                break;
            case ">":
                r = a > b ? 1 : 0;
                break;
            case ">=":
                r = a >= b ? 1 : 0;
                break;
            case "==":
                r = a == b ? 1 : 0;
                break;
            case "!=":
                r = a != b ? 1 : 0;
                break;
            case "&&":
                r = a != 0 && b != 0 ? 1 : 0;
                break;
            case "||":
                r = a != 0 || b != 0 ? 1 : 0;
                break;
            case "^^":
                r = (a != 0) != (b != 0) ? 1 : 0;
                break;
            default:
                return null;
        }
        return finite(r);
    }

    /** Gen's safemod as gen.lib computes it: 0 for a divisor within epsilon of 0, else C's fmod by |m|. */
    static double safemod(double f, double m) {
        return Math.abs(m) > EPSILON ? f % Math.abs(m) : 0;
    }

    static Double call(String name, double[] x) {
        double r;
        switch (name) {
            case "add":
                return binary("+", x[0], x[1]);
            case "sub":
                return binary("-", x[0], x[1]);
            case "mul":
                return binary("*", x[0], x[1]);
            case "div":
                return binary("/", x[0], x[1]);
            case "mod":
                return binary("%", x[0], x[1]);
            case "neg":
                r = -x[0];
                break;
            case "abs":
                r = Math.abs(x[0]);
                break;
            case "sign":
                r = x[0] > 0 ? 1 : x[0] < 0 ? -1 : 0;
                break;
            case "min":
            case "minimum":
                r = x[1] < x[0] ? x[1] : x[0];
                break;
            case "max":
            case "maximum":
                r = x[0] < x[1] ? x[1] : x[0];
                break;
            case "clip":
            case "clamp":
                r = x[0] <= x[1] ? x[1] : x[0] >= x[2] ? x[2] : x[0];
                break;
            case "floor":
                r = Math.floor(x[0]);
                break;
            case "ceil":
                r = Math.ceil(x[0]);
                break;
            case "trunc":
            case "int":
                r = (double) (long) x[0];
                break;
            case "sqrt":
                r = Math.sqrt(x[0]);
                break;
            case "not":
                r = x[0] == 0 ? 1 : 0;
                break;
            case "bool":
                r = x[0] != 0 ? 1 : 0;
                break;
            default:
                return null;
        }
        return finite(r);
    }

    private static Double finite(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? null : r;
    }
}
