package dev.faustwire.session.live;

import dev.faustwire.session.audition.ParamValues;
import java.util.ArrayList;
import java.util.List;

/** One running slot of the rack as the page edits it: the mutable twin of {@link SlotState}. */
public final class RackSlot {
    private final String id;
    private String name;
    private SlotSource source;
    private boolean playing = true;
    private boolean muted;
    private double level = 1;
    private final List<String> inputs = new ArrayList<>();
    private final ParamValues values = new ParamValues();
    private List<Preset> presets = List.of();
    private int inputCount;

    RackSlot(String id, String name, SlotSource source) {
        this.id = id;
        this.name = name;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SlotSource source() {
        return source;
    }

    public boolean playing() {
        return playing;
    }

    public boolean muted() {
        return muted;
    }

    /** Linear gain of the slot's strip (1 is unity). */
    public double level() {
        return level;
    }

    /** The sources summed into the slot's inputs: {@link RackRouting#INPUTS} or other slots' ids. */
    public List<String> inputs() {
        return List.copyOf(inputs);
    }

    /** The slot's parameter values by address, kept across replaces. */
    public ParamValues values() {
        return values;
    }

    public List<Preset> presets() {
        return presets;
    }

    /** The input channels of the DSP it plays now (0 until it compiled, or for a generator). */
    public int inputCount() {
        return inputCount;
    }

    void name(String name) {
        this.name = name;
    }

    void source(SlotSource source) {
        this.source = source;
    }

    void playing(boolean playing) {
        this.playing = playing;
    }

    void muted(boolean muted) {
        this.muted = muted;
    }

    void level(double level) {
        this.level = level;
    }

    void presets(List<Preset> presets) {
        this.presets = List.copyOf(presets);
    }

    void inputCount(int count) {
        this.inputCount = count;
    }

    List<String> editableInputs() {
        return inputs;
    }

    SlotState state() {
        return new SlotState(id, name, source, playing, muted, level, inputs, values.all(), presets);
    }
}
