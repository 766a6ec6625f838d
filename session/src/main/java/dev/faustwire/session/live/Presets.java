package dev.faustwire.session.live;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Controls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A slot's presets: add, rename and remove, names unique per slot; a refusal is an E048 and the slot as it was. */
public final class Presets {
    private Presets() {
    }

    /** The slot after a change, or the slot unchanged with the problem that refused it. */
    public record Change(SlotState slot, Diagnostic problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** The preset of that name, or null. */
    public static Preset find(SlotState slot, String name) {
        for (Preset p : slot.presets()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Adds a preset of the given values under a new name (trimmed). */
    public static Change add(SlotState slot, String name, Map<String, Double> values) {
        String trimmed = name == null ? "" : name.trim();
        Diagnostic problem = checkNew(slot, trimmed);
        if (problem != null) {
            return new Change(slot, problem);
        }
        List<Preset> presets = new ArrayList<>(slot.presets());
        presets.add(new Preset(trimmed, values));
        return new Change(with(slot, presets), null);
    }

    /** Renames a preset, keeping its place and values. */
    public static Change rename(SlotState slot, String from, String to) {
        String trimmed = to == null ? "" : to.trim();
        if (find(slot, from) == null) {
            return new Change(slot, missing(slot, from));
        }
        if (trimmed.equals(from)) {
            return new Change(slot, null);
        }
        Diagnostic problem = checkNew(slot, trimmed);
        if (problem != null) {
            return new Change(slot, problem);
        }
        List<Preset> presets = new ArrayList<>();
        for (Preset p : slot.presets()) {
            presets.add(p.name().equals(from) ? new Preset(trimmed, p.values()) : p);
        }
        return new Change(with(slot, presets), null);
    }

    /** Removes a preset. */
    public static Change remove(SlotState slot, String name) {
        if (find(slot, name) == null) {
            return new Change(slot, missing(slot, name));
        }
        List<Preset> presets = new ArrayList<>();
        for (Preset p : slot.presets()) {
            if (!p.name().equals(name)) {
                presets.add(p);
            }
        }
        return new Change(with(slot, presets), null);
    }

    /**
     * What a new preset keeps: every control of the DSP's UI tree at the value it shows (the one set, within its range
     * and on its step, else its initial value; bargraphs left out, they are outputs), then any other value set.
     */
    public static Map<String, Double> valuesNow(Map<String, Double> set, List<Control> tree) {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> outputs = new ArrayList<>();
        for (Control c : Controls.flatten(tree)) {
            if (c.kind().isBargraph()) {
                outputs.add(c.address());
            } else {
                Double v = set.get(c.address());
                values.put(c.address(), v == null ? c.init() : c.snap(v));
            }
        }
        for (Map.Entry<String, Double> v : set.entrySet()) {
            if (!values.containsKey(v.getKey()) && !outputs.contains(v.getKey())) {
                values.put(v.getKey(), v.getValue());
            }
        }
        return values;
    }

    /** The slot with other presets. */
    public static SlotState with(SlotState slot, List<Preset> presets) {
        return new SlotState(slot.id(), slot.name(), slot.source(), slot.playing(), slot.muted(), slot.level(),
                slot.inputs(), slot.values(), presets);
    }

    private static Diagnostic checkNew(SlotState slot, String name) {
        if (name.isEmpty()) {
            return Diagnostic.atBox(Code.PRESET_NAME_INVALID, slot.id(), "a preset needs a name");
        }
        if (find(slot, name) != null) {
            return Diagnostic.atBox(Code.PRESET_NAME_INVALID, slot.id(),
                    "slot " + slot.name() + " has a preset \"" + name + "\" already");
        }
        return null;
    }

    private static Diagnostic missing(SlotState slot, String name) {
        return Diagnostic.atBox(Code.PRESET_NAME_INVALID, slot.id(), "slot " + slot.name() + " has no preset \"" + name + "\"");
    }
}
