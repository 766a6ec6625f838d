package dev.faustwire.server.gen;

/**
 * Gen's table reads and pokes in plain Java, as Max's generated code writes them (shared/gen-operators.md section 7):
 * the position mapped by @index, floor and fraction, each point bounded by @boundmode, then @interp. The reference of
 * GenDataIT; fold and mirror are our reading (reflect without / with repeated edges).
 */
final class GenDataModel {
    private GenDataModel() {
    }

    /** C's truncating remainder wrap of Max's code: negative indices count back from the end. */
    static int wrap(int dim, int j) {
        return j < 0 ? (dim - 1) + ((j + 1) % dim) : j % dim;
    }

    /** The value at integer index j under a bound mode; NaN stands for "reads 0" (ignore, outside). */
    static double point(double[] table, int bound, int j) {
        int dim = table.length;
        switch (bound) {
            case 0:
                return j < 0 || j >= dim ? 0 : table[j];
            case 1:
                return table[wrap(dim, j)];
            case 2: {
                int period = Math.max(1, 2 * dim - 2);
                int f = wrap(period, j);
                return table[Math.min(dim - 1, f < dim ? f : period - f)];
            }
            case 3: {
                int m = wrap(2 * dim, j);
                return table[m < dim ? m : 2 * dim - 1 - m];
            }
            default:
                return table[Math.max(0, Math.min(dim - 1, j))];
        }
    }

    /** A read at a position: index 0 samples, 1 phase, 2 signal; interp and bound numbered as gen.data_read's. */
    static double read(double[] table, int index, int interp, int bound, double position) {
        int dim = table.length;
        double x = index == 0 ? position : index == 1 ? position * (dim - 1) : (position + 1.0) * 0.5 * (dim - 1);
        int i0 = Double.isNaN(x) ? 0 : (int) Math.floor(x);
        double a = Double.isNaN(x) ? 0 : x - Math.floor(x);
        double w = point(table, bound, i0 - 1);
        double p0 = point(table, bound, i0);
        double p1 = point(table, bound, i0 + 1);
        double p2 = point(table, bound, i0 + 2);
        switch (interp) {
            case 0:
            case 1:
                return p0;
            case 2:
                return p0 + a * (p1 - p0);
            case 3:
                return GenDelayModel.cosineInterp(a, p0, p1);
            case 4:
                return GenDelayModel.cubic(a, w, p0, p1, p2);
            case 5:
                return GenDelayModel.fastcubic(a, w, p0, p1, p2);
            default:
                return GenDelayModel.spline(a, w, p0, p1, p2);
        }
    }

    /** wave: a phase between two sample positions, each truncated and clamped into the table; linear, wrapping. */
    static double wave(double[] table, double phase, double start, double end) {
        int dim = table.length;
        double s = Math.max(0, Math.min(dim - 1, (long) start));
        double e = Math.max(0, Math.min(dim - 1, (long) end));
        return read(table, 0, 2, 1, s + phase * (e - s));
    }

    /** One sample of a data with one poke and several readers: write (dropped outside), then read. */
    static double[] pokeThenRead(double[] table, double value, double position, int index, int interp, int bound,
            double... readAt) {
        double floor = Math.floor(position);
        int w = Double.isNaN(floor) ? 0 : (int) floor;
        if (w >= 0 && w < table.length) {
            table[w] = value;
        }
        double[] out = new double[readAt.length];
        for (int r = 0; r < readAt.length; r++) {
            out[r] = read(table, index, interp, bound, readAt[r]);
        }
        return out;
    }
}
