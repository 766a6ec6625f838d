package dev.faustwire.session.live;

/**
 * What a slot plays: {@code kind} is {@code "patch"} (a patch's JSON) or {@code "dsp"} (Faust text);
 * {@code path} the workspace file it came from (null for none), {@code text} its content as played
 * (kept so that a snapshot recalls the same sound even after the file changed or went).
 */
public record SlotSource(String kind, String path, String text) {
    public static final String PATCH = "patch";
    public static final String DSP = "dsp";
}
