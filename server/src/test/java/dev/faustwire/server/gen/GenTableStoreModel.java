package dev.faustwire.server.gen;

import java.util.Arrays;

/**
 * A Gen data in plain Java (shared/gen-operators.md section 7): {@code dim} frames of {@code channels} channels, flat
 * index ch * dim + frame, written each sample by its pokes in order (a later poke wins at the same place, a frame or
 * channel outside is dropped), then read. The reference of GenTableStoreIT for gen.store_rd and gen.poke_frame.
 */
final class GenTableStoreModel {
    final int dim;
    final int channels;
    final double[] flat;

    GenTableStoreModel(int dim, int channels, java.util.function.IntToDoubleFunction content) {
        this.dim = dim;
        this.channels = channels;
        this.flat = new double[dim * channels];
        for (int j = 0; j < flat.length; j++) {
            flat[j] = content.applyAsDouble(j);
        }
    }

    /** gen.lib's genlib_int: floor, NaN and infinities as 0, kept within +-2^30. */
    static int toInt(double v) {
        if (!Double.isFinite(v)) {
            return 0;
        }
        return (int) Math.max(-1073741824.0, Math.min(1073741824.0, Math.floor(v)));
    }

    /** One poke's write: value at floor(frame) of channel floor(channel), dropped outside. */
    void poke(double value, double frame, double channel) {
        int w = toInt(frame);
        int c = toInt(channel);
        if (w >= 0 && w < dim && c >= 0 && c < channels) {
            flat[c * dim + w] = value;
        }
    }

    /** One channel's frames (the channel floored and clamped into the table), as GenDataModel reads them. */
    double[] channel(double channel) {
        int c = Math.max(0, Math.min(channels - 1, toInt(channel)));
        return Arrays.copyOfRange(flat, c * dim, (c + 1) * dim);
    }

    /** A read of one channel by index, interp and boundmode numbers. */
    double read(int index, int interp, int bound, double position, double channel) {
        return GenDataModel.read(channel(channel), index, interp, bound, position);
    }

    /** Gen's poke position to a frame: index 0 samples, 1 phase, 2 lookup; boundmode 0 ignore (-1 outside) .. 4 clip. */
    static int pokeFrame(int dim, int index, int bound, double position) {
        double x = index == 0 ? position : index == 1 ? position * (dim - 1) : (position + 1.0) * 0.5 * (dim - 1);
        int j = toInt(x);
        switch (bound) {
            case 0:
                return j < 0 || j >= dim ? -1 : j;
            case 1:
                return GenDataModel.wrap(dim, j);
            case 2: {
                int period = Math.max(1, 2 * dim - 2);
                int f = GenDataModel.wrap(period, j);
                return Math.min(dim - 1, f < dim ? f : period - f);
            }
            case 3: {
                int m = GenDataModel.wrap(2 * dim, j);
                return m < dim ? m : 2 * dim - 1 - m;
            }
            default:
                return Math.max(0, Math.min(dim - 1, j));
        }
    }
}
