package dev.faustwire.server.render;

/** The few C math functions whose semantics Java's {@link Math} does not give directly. */
final class CMath {
    private static final double TWO_POW_52 = 0x1p52;
    private static final double LN2 = Math.log(2);

    private CMath() {}

    /** C {@code round}: halfway cases go away from zero (Java's Math.round goes up). */
    static double round(double x) {
        double a = Math.abs(x);
        if (!(a < TWO_POW_52)) {
            return x; // already an integer, or NaN / infinite
        }
        double r = Math.floor(a);
        if (a - r >= 0.5) {
            r += 1;
        }
        return Math.copySign(r, x);
    }

    /** C {@code fmax}: a NaN argument is ignored. */
    static double fmax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** C {@code fmin}: a NaN argument is ignored. */
    static double fmin(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /** Exact for powers of two, as C's log2 is. */
    static double log2(double x) {
        double r = Math.log(x) / LN2;
        double n = Math.rint(r);
        return Math.abs(n) < 1100 && Math.scalb(1.0, (int) n) == x ? n : r;
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 0x1p28 ? Math.log(a) + LN2 : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (x > 0x1p28) {
            return Math.log(x) + LN2;
        }
        double t = x - 1; // NaN for x < 1 comes from the square root
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        return Math.copySign(0.5 * Math.log1p(2 * a / (1 - a)), x);
    }
}
