package dev.faustwire.session.audition;

import dev.faustwire.core.json.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources chosen for the input channels of the playing DSP: silence until a person chooses,
 * kept by channel across swaps (a DSP with fewer inputs drops the last ones), every typed setting
 * checked before it reaches the sound.
 */
public final class InputChoices {
    private final List<InputChoice> channels = new ArrayList<>();

    /** Fits the list to a DSP's input count; true when the count changed. */
    public boolean resize(int count) {
        int wanted = Math.max(0, count);
        if (wanted == channels.size()) {
            return false;
        }
        while (channels.size() > wanted) {
            channels.remove(channels.size() - 1);
        }
        while (channels.size() < wanted) {
            channels.add(InputChoice.initial(InputKind.SILENCE));
        }
        return true;
    }

    public int count() {
        return channels.size();
    }

    public InputChoice get(int channel) {
        return channels.get(channel);
    }

    /** Chooses a source by its id; false (nothing changed) for an id that is not a source. */
    public boolean choose(int channel, String kindId) {
        InputKind kind = InputKind.of(kindId);
        if (kind == null || channel < 0 || channel >= channels.size()) {
            return false;
        }
        channels.set(channel, channels.get(channel).withKind(kind));
        return true;
    }

    /**
     * Sets a setting from the text a person typed; null when it is taken, else the problem (the
     * previous value stays). Frequencies must stay below half the sample rate.
     */
    public InputProblem set(int channel, String param, String typed, double sampleRate) {
        InputChoice choice = channels.get(channel);
        InputParam p = choice.kind().param(param);
        if (p == null) {
            return new InputProblem(InputProblem.NOT_A_NUMBER, param, "a " + choice.kind().label() + " has no " + param);
        }
        String text = typed.trim();
        if (!Numbers.isNumberText(text)) {
            return new InputProblem(InputProblem.NOT_A_NUMBER, param,
                    p.label() + ": \u201c" + text + "\u201d is not a number");
        }
        double value = Double.parseDouble(text);
        if (value < p.min() || value > p.max()) {
            return new InputProblem(InputProblem.OUT_OF_RANGE, param, p.label() + " must be between "
                    + Numbers.format(p.min()) + " and " + Numbers.format(p.max()) + unit(p));
        }
        if (p.frequency() && sampleRate > 0 && value >= sampleRate / 2) {
            return new InputProblem(InputProblem.ABOVE_NYQUIST, param, p.label() + " must be below half the sample rate ("
                    + Numbers.format(sampleRate / 2) + " Hz)");
        }
        InputChoice next = choice.with(param, value);
        if (next.kind() == InputKind.SWEEP && next.value("from") >= next.value("to")) {
            return new InputProblem(InputProblem.EMPTY_SWEEP, param, "a sweep goes up: from ("
                    + Numbers.format(next.value("from")) + " Hz) must be below to (" + Numbers.format(next.value("to"))
                    + " Hz)");
        }
        channels.set(channel, next);
        return null;
    }

    private static String unit(InputParam p) {
        return p.unit().isEmpty() ? "" : " " + p.unit();
    }
}
