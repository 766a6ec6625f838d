package dev.faustwire.server.gen;

/**
 * Gen's {@code delay} in plain Java, as genlib's Delay computes it (shared/gen-operators.md section 1): a ring
 * buffer of nextpow2(max) doubles with a reader and a writer index, taps read before the write with @feedback 1
 * and after it with @feedback 0, each interpolation mode's own clamp and points. The reference of GenDelayIT.
 */
final class GenDelayModel {
    /** The @interp modes in the order of gen.delay's interp parameter. */
    static final String[] MODES = {"none", "step", "linear", "cosine", "cubic", "fastcubic", "spline"};

    private final double[] memory;
    private final int size;
    private final int wrap;
    private final long maxdelay;
    private final boolean feedback;
    private final int interp;
    private int reader;
    private int writer;

    GenDelayModel(double max, boolean feedback, int interp) {
        this.maxdelay = (long) max;
        long wanted = maxdelay < 2 ? 2 : maxdelay;
        long pow = 1;
        while (pow < wanted) {
            pow <<= 1;
        }
        this.size = (int) pow;
        this.wrap = size - 1;
        this.memory = new double[size];
        this.feedback = feedback;
        this.interp = interp;
    }

    /** One sample: the input and the tap times, the taps' outputs. */
    double[] step(double in, double... times) {
        if (!feedback) {
            write(in);
        }
        double[] out = new double[times.length];
        for (int t = 0; t < times.length; t++) {
            out[t] = read(times[t]);
        }
        if (feedback) {
            write(in);
        }
        reader++;
        if (reader >= size) {
            reader = 0;
        }
        return out;
    }

    /** A feedback delay's read of one tap, before this sample's write (for loops closed through the delay). */
    double tap(double time) {
        return read(time);
    }

    /** A feedback delay's write of this sample's input, then the step to the next sample. */
    void writeAndStep(double in) {
        write(in);
        reader++;
        if (reader >= size) {
            reader = 0;
        }
    }

    private void write(double x) {
        writer = reader;
        memory[writer] = x;
    }

    private double at(long index) {
        return memory[(int) (index & wrap)];
    }

    private double read(double d) {
        double min = reader != writer ? 1 : 0;
        switch (interp) {
            case 0, 1 -> {
                double r = (double) (size + reader) - GenStatefulModels.clamp(d - 0.5, min, maxdelay);
                return at((long) r);
            }
            case 2, 3 -> {
                double r = (double) (size + reader) - GenStatefulModels.clamp(d, min, maxdelay);
                long r1 = (long) r;
                double a = r - (double) r1;
                double x = at(r1);
                double y = at(r1 + 1);
                return interp == 2 ? x + a * (y - x) : cosineInterp(a, x, y);
            }
            default -> {
                double r = (double) (size + reader) - GenStatefulModels.clamp(d, 1 + min, maxdelay);
                long r1 = (long) r;
                double a = r - (double) r1;
                double w = at(r1);
                double x = at(r1 + 1);
                double y = at(r1 + 2);
                double z = at(r1 + 3);
                return interp == 4 ? cubic(a, w, x, y, z) : interp == 5 ? fastcubic(a, w, x, y, z) : spline(a, w, x, y, z);
            }
        }
    }

    static double cubic(double a, double w, double x, double y, double z) {
        double a1 = 1. + a;
        double aa = a * a1;
        double b = 1. - a;
        double b1 = 2. - a;
        double bb = b * b1;
        double fw = -.1666667 * bb * a;
        double fx = .5 * bb * a1;
        double fy = .5 * aa * b1;
        double fz = -.1666667 * aa * b;
        return w * fw + x * fx + y * fy + z * fz;
    }

    static double fastcubic(double a, double w, double x, double y, double z) {
        double a2 = a * a;
        double f0 = z - y - w + x;
        double f1 = w - x - f0;
        double f2 = y - w;
        return f0 * a * a2 + f1 * a2 + f2 * a + x;
    }

    static double spline(double a, double w, double x, double y, double z) {
        double c0 = x;
        double c1 = 0.5 * (y - w);
        double c2 = w - 2.5 * x + y + y - 0.5 * z;
        double c3 = 0.5 * (z - w) + 1.5 * (x - y);
        return ((c3 * a + c2) * a + c1) * a + c0;
    }

    /** genlib's cosine_interp, through its 8th-order Taylor cosine after phasewrap. */
    static double cosineInterp(double a, double x, double y) {
        double a2 = (1. - cosT8(phasewrap(a * Math.PI))) / 2.;
        return x * (1. - a2) + y * a2;
    }

    static double phasewrap(double val) {
        double twopi = Math.PI * 2.;
        double d = val * (1. / twopi);
        d = d - (long) d;
        val = d * twopi;
        if (val > Math.PI) {
            val -= twopi;
        }
        if (val < -Math.PI) {
            val += twopi;
        }
        return val;
    }

    static double cosT8(double r) {
        double t84 = 56.;
        double t83 = 1680.;
        double t82 = 20160.;
        double t81 = 2.4801587302e-05;
        double t73 = 42.;
        double t72 = 840.;
        double t71 = 1.9841269841e-04;
        if (r < Math.PI / 4 && r > -Math.PI / 4) {
            double rr = r * r;
            return 1. - rr * t81 * (t82 - rr * (t83 - rr * (t84 - rr)));
        } else if (r > 0.) {
            r -= Math.PI / 2;
            double rr = r * r;
            return -r * (1. - t71 * rr * (t72 - rr * (t73 - rr)));
        } else {
            r += Math.PI / 2;
            double rr = r * r;
            return r * (1. - t71 * rr * (t72 - rr * (t73 - rr)));
        }
    }
}
