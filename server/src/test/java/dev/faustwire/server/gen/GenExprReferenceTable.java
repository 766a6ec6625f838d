package dev.faustwire.server.gen;

/**
 * A GenExpr {@code Data} in the reference interpreter: {@code channels} arrays of {@code dim} doubles, zero at the
 * start, written in place by {@code poke} and read by the readers as Gen's code does, in the order the code runs.
 * Frames and channels outside the table are dropped by a poke (after its boundmode); a read's channel is clamped.
 */
final class GenExprReferenceTable {
    final int dim;
    final int channels;
    final double[][] values;

    GenExprReferenceTable(int dim, int channels) {
        this.dim = dim;
        this.channels = channels;
        this.values = new double[channels][dim];
    }

    static int mode(String[] names, String word, int fallback) {
        if (word == null) {
            return fallback;
        }
        String w = word.replace("\"", "");
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(w)) {
                return i;
            }
        }
        return switch (w) {
            case "signal" -> 2;
            case "clamp" -> 4;
            default -> throw new IllegalStateException("mode " + w);
        };
    }

    static final String[] INDEX = {"samples", "phase", "lookup"};
    static final String[] INTERP = {"none", "step", "linear", "cosine", "cubic", "fastcubic", "spline"};
    static final String[] BOUND = {"ignore", "wrap", "fold", "mirror", "clip"};

    /** The sample position a position stands for, by index mode (as the readers map it). */
    double position(int index, double p) {
        return index == 0 ? p : index == 1 ? p * (dim - 1) : (p + 1.0) * 0.5 * (dim - 1);
    }

    /** The frame a poke writes: floor of the position, bounded; -1 when outside with boundmode ignore. */
    int frame(int index, int bound, double p) {
        double x = Math.floor(position(index, p));
        long j = Double.isNaN(x) ? 0 : (long) x;
        switch (bound) {
            case 0:
                return j < 0 || j >= dim ? -1 : (int) j;
            case 1:
                return (int) Math.floorMod(j, (long) dim);
            case 2: {
                long period = Math.max(1, 2L * dim - 2);
                long f = Math.floorMod(j, period);
                return (int) Math.min(dim - 1, f < dim ? f : period - f);
            }
            case 3: {
                long m = Math.floorMod(j, 2L * dim);
                return (int) (m < dim ? m : 2L * dim - 1 - m);
            }
            default:
                return (int) Math.max(0, Math.min(dim - 1, j));
        }
    }

    void poke(double value, int index, int bound, double position, double channel) {
        int w = frame(index, bound, position);
        double c = Math.floor(channel);
        if (w >= 0 && c >= 0 && c < channels) {
            values[(int) c][w] = value;
        }
    }

    double[] channel(double channel) {
        double c = Math.floor(channel);
        return values[Double.isNaN(c) ? 0 : (int) Math.max(0, Math.min(channels - 1, c))];
    }

    double read(int index, int interp, int bound, double position, double channel) {
        return GenDataModel.read(channel(channel), index, interp, bound, position);
    }

    double wave(double phase, double start, double end, double channel) {
        return GenDataModel.wave(channel(channel), phase, start, end);
    }
}
