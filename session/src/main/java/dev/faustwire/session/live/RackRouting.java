package dev.faustwire.session.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rack's routing matrix rule: a route may not close a loop (Web Audio would only make a silent cycle). */
public final class RackRouting {
    /** The page's input bus (what audio-io.js plays into the DSPs' inputs), a source of every slot. */
    public static final String INPUTS = "inputs";

    private RackRouting() {
    }

    /**
     * The chain of slots through which {@code to} already feeds {@code from} (from {@code to} to
     * {@code from}), so that routing {@code from} into {@code to} would loop; empty when it would not.
     * {@code inputs} maps each slot to the sources summed into it.
     */
    public static List<String> loopOf(Map<String, List<String>> inputs, String from, String to) {
        if (from.equals(to)) {
            return List.of(to);
        }
        List<String> path = new ArrayList<>();
        return reaches(inputs, from, to, path, new ArrayList<>()) ? path : List.of();
    }

    /** True when {@code target} is among the sources of {@code slot}, directly or through other slots. */
    private static boolean reaches(Map<String, List<String>> inputs, String slot, String target, List<String> path,
            List<String> seen) {
        if (seen.contains(slot)) {
            return false;
        }
        seen.add(slot);
        path.add(0, slot);
        if (slot.equals(target)) {
            return true;
        }
        List<String> sources = inputs.get(slot);
        if (sources != null) {
            for (String source : sources) {
                if (reaches(inputs, source, target, path, seen)) {
                    return true;
                }
            }
        }
        path.remove(0);
        return false;
    }

    /** The chain as a person reads it: {@code a -> b -> c}. */
    public static String describe(List<String> chain) {
        StringBuilder s = new StringBuilder();
        for (String slot : chain) {
            if (s.length() > 0) {
                s.append(" -> ");
            }
            s.append(slot);
        }
        return s.toString();
    }
}
