package dev.faustwire.embed;

import java.util.Locale;
import java.util.Map;

/**
 * A control of one {@link FaustDsp}: what the program says of it (label, address, kind, init, min, max,
 * step, metadata) and its value in that instance. {@link #set(double)} may be called from any thread:
 * the value is taken at the start of the DSP's next {@code compute} (or {@link #get()}, {@link FaustDsp#reset()}).
 */
public final class Control {
    private final FaustDsp dsp;
    private final int slot;
    private final ControlSpec spec;

    Control(FaustDsp dsp, int slot, ControlSpec spec) {
        this.dsp = dsp;
        this.slot = slot;
        this.spec = spec;
    }

    /** The label given in the program, such as {@code freq} for {@code hslider("freq", ...)}. */
    public String label() {
        return spec.label();
    }

    /** The full address, such as {@code /main/freq}: the program's name, the groups, then the label. */
    public String address() {
        return spec.address();
    }

    public ControlKind kind() {
        return spec.kind();
    }

    /** The value a new or {@link FaustDsp#reset()} instance starts with; 0 for a bargraph. */
    public double init() {
        return spec.init();
    }

    public double min() {
        return spec.min();
    }

    public double max() {
        return spec.max();
    }

    /** The step of a slider or number entry; 1 for a button or check box, 0 for a bargraph. */
    public double step() {
        return spec.step();
    }

    /** The control's {@code [key:value]} metadata from its label (such as {@code unit}, {@code style}), in order. */
    public Map<String, String> metadata() {
        return spec.metadata();
    }

    /**
     * Sets the value the DSP reads from the start of its next {@code compute}; never blocks, from any
     * thread. Values outside [min, max] are passed on as they are, as Faust does. A bargraph is written
     * by the DSP only: setting one is an {@link UnsupportedOperationException}; a NaN or infinite value is
     * an {@link IllegalArgumentException}.
     */
    public void set(double value) {
        if (spec.kind().isOutput()) {
            throw new UnsupportedOperationException(address() + " is a " + kind().faustName()
                    + ", which the DSP writes; read it with get()");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(address() + " cannot be set to " + value + "; give a finite number");
        }
        dsp.post(slot, value);
    }

    /**
     * The control's current value in this instance: the last value set (applied now if still pending),
     * or for a bargraph the last value the DSP wrote. Waits for a {@code compute} in progress on another thread.
     */
    public double get() {
        return dsp.read(slot);
    }

    int zone() {
        return spec.zone();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s (init %s, %s..%s, step %s)", kind().faustName(), address(),
                init(), min(), max(), step());
    }
}
