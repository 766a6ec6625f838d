package dev.faustwire.session.audition;

import java.util.List;

/** What can feed an input channel of the playing DSP: test signals, a looped audio file, the microphone. */
public enum InputKind {
    SILENCE("silence", "silence", List.of()),
    SINE("sine", "sine", List.of(InputParam.hertz("frequency", "frequency", 440, 1, 20000), InputParam.level())),
    WHITE("white", "white noise", List.of(InputParam.level())),
    PINK("pink", "pink noise", List.of(InputParam.level())),
    IMPULSE("impulse", "impulse train", List.of(
            new InputParam("rate", "rate", "Hz", 2, 0.1, 1000, false), InputParam.level())),
    SWEEP("sweep", "sweep", List.of(InputParam.hertz("from", "from", 20, 1, 20000),
            InputParam.hertz("to", "to", 20000, 1, 20000),
            new InputParam("period", "period", "s", 5, 0.1, 60, false), InputParam.level())),
    FILE("file", "audio file", List.of(InputParam.level())),
    MICROPHONE("microphone", "microphone", List.of());

    private final String id;
    private final String label;
    private final List<InputParam> params;

    InputKind(String id, String label, List<InputParam> params) {
        this.id = id;
        this.label = label;
        this.params = params;
    }

    /** The name audio-io.js and the page's select use. */
    public String id() {
        return id;
    }

    /** The name a person reads in the source selector. */
    public String label() {
        return label;
    }

    public List<InputParam> params() {
        return params;
    }

    /** The setting of that name, or null. */
    public InputParam param(String name) {
        for (InputParam p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The kind of that id, or null for an id this version does not know. */
    public static InputKind of(String id) {
        for (InputKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
