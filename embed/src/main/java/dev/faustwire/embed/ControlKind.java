package dev.faustwire.embed;

/** What kind of Faust widget a control is; the two bargraphs are written by the DSP, the others read by it. */
public enum ControlKind {
    BUTTON("button"),
    CHECKBOX("checkbox"),
    HSLIDER("hslider"),
    VSLIDER("vslider"),
    NENTRY("nentry"),
    HBARGRAPH("hbargraph"),
    VBARGRAPH("vbargraph");

    private final String faustName;

    ControlKind(String faustName) {
        this.faustName = faustName;
    }

    /** The name Faust gives it, as in {@code hslider("freq", ...)} and in the DSP's JSON {@code type}. */
    public String faustName() {
        return faustName;
    }

    /** Whether the DSP writes this control (a meter) rather than reads it. */
    public boolean isOutput() {
        return this == HBARGRAPH || this == VBARGRAPH;
    }

    /** The kind of a JSON {@code type}; a kind this API cannot drive (a soundfile) is a {@link FaustException}. */
    static ControlKind of(String type) {
        for (ControlKind kind : values()) {
            if (kind.faustName.equals(type)) {
                return kind;
            }
        }
        throw new FaustException("the program has a control of type \"" + type
                + "\", which the embedding API does not support", java.util.List.of());
    }
}
