package dev.faustwire.embed;

import dev.faustwire.server.render.RenderException;
import dev.faustwire.server.render.WasmDsp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

/**
 * One running instance of a compiled Faust program, with its own memory: its channel counts, its
 * controls, and {@code compute} that fills output buffers from input buffers, channels by frames.
 * Made by {@link FaustFactory#instance()}; instances of one factory share nothing.
 *
 * <p>Thread-safety: {@link Control#set(double)} never blocks and may be called from any thread (a user
 * interface, a MIDI callback); the value is taken at the start of the next {@code compute}. Every other
 * method is safe to call from any thread too, but {@code compute}, {@link #reset()} and {@link Control#get()}
 * run one at a time on an instance (a call waits for one in progress), so give each audio thread its own
 * instance.
 */
public final class FaustDsp {
    /** The raw bits that mark "no value pending" for a control: a NaN, which {@link Control#set} refuses. */
    private static final long NONE = 0x7ff8_dead_beef_0000L;

    private final FaustFactory factory;
    private final WasmDsp wasm;
    private final int sampleRate;
    private final List<Control> controls;
    private final AtomicLongArray pending;
    private volatile boolean anyPending;

    FaustDsp(FaustFactory factory, WasmDsp wasm, int sampleRate) {
        this.factory = factory;
        this.wasm = wasm;
        this.sampleRate = sampleRate;
        List<Control> list = new ArrayList<>();
        for (ControlSpec spec : factory.controlSpecs()) {
            list.add(new Control(this, list.size(), spec));
        }
        this.controls = List.copyOf(list);
        this.pending = new AtomicLongArray(controls.size());
        for (int i = 0; i < controls.size(); i++) {
            pending.set(i, NONE);
        }
        guarded(() -> wasm.init(sampleRate));
    }

    /** The factory this instance came from, which makes more instances of the same program. */
    public FaustFactory factory() {
        return factory;
    }

    /** The number of input channels {@code compute} reads. */
    public int inputs() {
        return wasm.inputs();
    }

    /** The number of output channels {@code compute} writes. */
    public int outputs() {
        return wasm.outputs();
    }

    /** The sample rate the instance was made for, in Hz. */
    public int sampleRate() {
        return sampleRate;
    }

    /** Every control (sliders, buttons, check boxes, number entries, bargraphs), in the order of the program's user interface. */
    public List<Control> controls() {
        return controls;
    }

    /**
     * The control at this address ({@code /main/freq}), or the one control whose address ends with it at a
     * {@code /} ({@code freq}, {@code osc/freq}), as {@code ./faustwire render --set} finds them. No match
     * or several are an {@link IllegalArgumentException} that lists the addresses.
     */
    public Control control(String address) {
        for (Control c : controls) {
            if (c.address().equals(address)) {
                return c;
            }
        }
        String suffix = address.startsWith("/") ? address : "/" + address;
        List<Control> matches = address.isEmpty() || address.equals("/") ? List.of()
                : controls.stream().filter(c -> c.address().endsWith(suffix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IllegalArgumentException((matches.isEmpty() ? "no control '" + address + "'; known: "
                : "'" + address + "' matches several controls: ") + addresses(matches.isEmpty() ? controls : matches));
    }

    /**
     * Computes {@code frames} frames: reads {@code in[c][0..frames)} for each of the {@link #inputs()}
     * channels and writes {@code out[c][0..frames)} for each of the {@link #outputs()} channels. {@code in}
     * may be null for a DSP without inputs; arrays may be longer than {@code frames}. Any block size works
     * and gives the same sound as one long call.
     */
    public void compute(float[][] in, float[][] out, int frames) {
        check(in, out, frames);
        synchronized (this) {
            applyPending();
            guarded(() -> wasm.compute(in, out, 0, frames));
        }
    }

    /** Mono: a DSP with one output and at most one input; {@code in} (null for none) and {@code out} of the same length. */
    public void compute(float[] in, float[] out) {
        if (outputs() != 1 || inputs() > 1) {
            throw new IllegalStateException("mono compute needs a DSP with at most 1 input and 1 output; this one has "
                    + channels());
        }
        compute(inputs() == 0 ? null : new float[][] {orSilence(in, out.length)}, new float[][] {out}, out.length);
    }

    /**
     * Stereo: a DSP with two outputs and no inputs (give null inputs), one (the left is read) or two;
     * every array given of the length of {@code outLeft}.
     */
    public void compute(float[] inLeft, float[] inRight, float[] outLeft, float[] outRight) {
        if (outputs() != 2 || inputs() > 2) {
            throw new IllegalStateException("stereo compute needs a DSP with at most 2 inputs and 2 outputs; this one has "
                    + channels());
        }
        int frames = outLeft.length;
        float[][] in = new float[inputs()][];
        for (int c = 0; c < in.length; c++) {
            in[c] = orSilence(c == 0 ? inLeft : inRight, frames);
        }
        compute(in, new float[][] {outLeft, outRight}, frames);
    }

    /** Computes {@code frames} frames with silent inputs into new arrays, channels by frames. */
    public float[][] compute(int frames) {
        float[][] out = new float[outputs()][frames];
        compute(new float[inputs()][frames], out, frames);
        return out;
    }

    /**
     * Clears the signal state (delay lines, filters, oscillator phases, envelopes) as in a new instance,
     * keeping the values the controls were set to.
     */
    public synchronized void reset() {
        applyPending();
        double[] values = new double[controls.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = guarded(controls.get(i).zone());
        }
        guarded(() -> wasm.init(sampleRate));
        for (int i = 0; i < values.length; i++) {
            if (!controls.get(i).kind().isOutput()) {
                int zone = controls.get(i).zone();
                double value = values[i];
                guarded(() -> wasm.setParam(zone, value));
            }
        }
    }

    void post(int slot, double value) {
        pending.set(slot, Double.doubleToRawLongBits(value));
        anyPending = true;
    }

    synchronized double read(int slot) {
        applyPending();
        return guarded(controls.get(slot).zone());
    }

    /** Hands the values set since the last call to the DSP, in control order (holds the lock). */
    private void applyPending() {
        if (!anyPending) {
            return;
        }
        anyPending = false;
        for (int i = 0; i < controls.size(); i++) {
            long bits = pending.getAndSet(i, NONE);
            if (bits != NONE) {
                int zone = controls.get(i).zone();
                double value = Double.longBitsToDouble(bits);
                guarded(() -> wasm.setParam(zone, value));
            }
        }
    }

    private void check(float[][] in, float[][] out, int frames) {
        if (frames < 0) {
            throw new IllegalArgumentException("frames is " + frames);
        }
        int given = in == null ? 0 : in.length;
        if (given != inputs() || out == null || out.length != outputs()) {
            throw new IllegalArgumentException("compute was given " + given + " input and "
                    + (out == null ? 0 : out.length) + " output arrays for a DSP with " + channels());
        }
        for (int c = 0; c < given; c++) {
            checkLength("input", c, in[c], frames);
        }
        for (int c = 0; c < out.length; c++) {
            checkLength("output", c, out[c], frames);
        }
    }

    private static void checkLength(String what, int channel, float[] samples, int frames) {
        if (samples == null || samples.length < frames) {
            throw new IllegalArgumentException(what + " channel " + channel + " has "
                    + (samples == null ? "no array" : samples.length + " frames") + "; compute needs " + frames);
        }
    }

    private static float[] orSilence(float[] samples, int frames) {
        return samples == null ? new float[frames] : samples;
    }

    private String channels() {
        return inputs() + " inputs and " + outputs() + " outputs";
    }

    private static String addresses(List<Control> list) {
        return list.isEmpty() ? "(the DSP has no controls)"
                : list.stream().map(Control::address).collect(Collectors.joining(", "));
    }

    private double guarded(int zone) {
        try {
            return wasm.getParam(zone);
        } catch (RenderException e) {
            throw new FaustException(e.getMessage(), e);
        }
    }

    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RenderException e) {
            throw new FaustException(e.getMessage(), e);
        }
    }
}
