package dev.faustwire.codegen.check;

import java.util.Set;

/**
 * Which boxes of the top level the voice ({@code process}) needs and which the effect needs, as
 * {@link SplitVoiceAndEffect} found; {@code effect} is the effect box, or null when there is none.
 */
public record EffectSplit(String effect, Set<String> effectBoxes, Set<String> voiceBoxes) {
    public static final EffectSplit NONE = new EffectSplit(null, Set.of(), Set.of());

    /** True for a level box that the effect needs; such a box may also be needed by the voice. */
    public boolean inEffect(String id) {
        return effectBoxes.contains(id);
    }

    /** True for a level box that {@code process} needs (all of them when there is no effect). */
    public boolean inVoice(String id) {
        return effect == null || voiceBoxes.contains(id) || !effectBoxes.contains(id);
    }
}
