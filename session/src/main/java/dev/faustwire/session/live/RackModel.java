package dev.faustwire.session.live;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rack of a live session: its slots in order (the editor's {@code "editor"} among them while its
 * audio is on), their ids, mute and level, the routing matrix with loop refusal, each slot's values by
 * address (kept when what it plays is replaced), and the audio settings; made into {@link LiveState}
 * and back.
 */
public final class RackModel {
    /** The editor's slot: the patch open in the editor. */
    public static final String EDITOR = "editor";
    /** The loudest a strip's level goes (linear gain). */
    public static final double MAX_LEVEL = 2;

    private final Map<String, RackSlot> slots = new LinkedHashMap<>();
    private int lastNumber;
    private AudioSettings audio = AudioSettings.DEFAULT;

    /** Adds a slot with a new id ({@code slot-N}, never one used before in this rack); returns it. */
    public RackSlot add(String name, SlotSource source) {
        String id;
        do {
            lastNumber++;
            id = "slot-" + lastNumber;
        } while (slots.containsKey(id));
        RackSlot slot = new RackSlot(id, name, source);
        slots.put(id, slot);
        return slot;
    }

    /** The editor's slot, made when first asked for (its source is set by the editor as it plays). */
    public RackSlot editor(String name) {
        RackSlot slot = slots.get(EDITOR);
        if (slot == null) {
            slot = new RackSlot(EDITOR, name, new SlotSource(SlotSource.PATCH, null, ""));
            Map<String, RackSlot> reordered = new LinkedHashMap<>();
            reordered.put(EDITOR, slot);
            reordered.putAll(slots);
            slots.clear();
            slots.putAll(reordered);
        } else {
            slot.name(name);
        }
        return slot;
    }

    /** The slot of an id, or null. */
    public RackSlot slot(String id) {
        return slots.get(id);
    }

    public List<RackSlot> slots() {
        return new ArrayList<>(slots.values());
    }

    /** Takes a slot out; the routes from it go too (the slots that took it hear it no more). */
    public boolean remove(String id) {
        if (slots.remove(id) == null) {
            return false;
        }
        for (RackSlot s : slots.values()) {
            s.editableInputs().remove(id);
        }
        return true;
    }

    public void setPlaying(String id, boolean playing) {
        RackSlot s = slots.get(id);
        if (s != null) {
            s.playing(playing);
        }
    }

    public void setMuted(String id, boolean muted) {
        RackSlot s = slots.get(id);
        if (s != null) {
            s.muted(muted);
        }
    }

    /** Sets the strip's level, kept within 0 and {@link #MAX_LEVEL}; returns the level kept. */
    public double setLevel(String id, double level) {
        RackSlot s = slots.get(id);
        if (s == null) {
            return 0;
        }
        double kept = Double.isNaN(level) ? 1 : Math.max(0, Math.min(MAX_LEVEL, level));
        s.level(kept);
        return kept;
    }

    /** The DSP of the slot now has this many inputs (its routes are kept: they come back with inputs). */
    public void compiled(String id, int inputCount) {
        RackSlot s = slots.get(id);
        if (s != null) {
            s.inputCount(inputCount);
        }
    }

    /**
     * What a slot plays is replaced (a file dropped on it): its name and source change, its values,
     * level, mute and routes stay.
     */
    public void replace(String id, String name, SlotSource source) {
        RackSlot s = slots.get(id);
        if (s != null) {
            s.name(name);
            s.source(source);
        }
    }

    /**
     * Routes {@code source} ({@link RackRouting#INPUTS} or a slot id) into {@code slot}'s inputs, or takes
     * the route away; a diagnostic (E041 a loop, E044 no such slot or no inputs) when refused, else null.
     */
    public Diagnostic route(String slot, String source, boolean on) {
        RackSlot into = slots.get(slot);
        if (into == null || (!RackRouting.INPUTS.equals(source) && !slots.containsKey(source))) {
            return Diagnostic.atBox(Code.ROUTE_NO_INPUTS, slot, "no slot " + (into == null ? slot : source)
                    + " in the rack");
        }
        List<String> inputs = into.editableInputs();
        if (!on) {
            inputs.remove(source);
            return null;
        }
        if (inputs.contains(source)) {
            return null;
        }
        if (into.inputCount() == 0) {
            return Diagnostic.atBox(Code.ROUTE_NO_INPUTS, slot, into.name() + " has no inputs to take "
                    + source + " into");
        }
        if (!RackRouting.INPUTS.equals(source)) {
            List<String> loop = RackRouting.loopOf(routes(), source, slot);
            if (!loop.isEmpty()) {
                return Diagnostic.atBox(Code.ROUTE_LOOPS, slot, "routing " + source + " into " + slot
                        + " would loop: " + RackRouting.describe(loop) + " -> " + slot);
            }
        }
        inputs.add(source);
        return null;
    }

    /** Every slot's sources, by slot id. */
    public Map<String, List<String>> routes() {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        for (RackSlot s : slots.values()) {
            routes.put(s.id(), s.inputs());
        }
        return routes;
    }

    public AudioSettings audio() {
        return audio;
    }

    public void audio(AudioSettings settings) {
        this.audio = settings;
    }

    public void presets(String id, List<Preset> presets) {
        RackSlot s = slots.get(id);
        if (s != null) {
            s.presets(presets);
        }
    }

    /** The whole session as a snapshot keeps it. */
    public LiveState state() {
        List<SlotState> states = new ArrayList<>();
        for (RackSlot s : slots.values()) {
            states.add(s.state());
        }
        return new LiveState(states, audio);
    }

    /**
     * Adds the slots of a state (the editor's slot excepted: the editor opens that one itself); with
     * {@code keepIds} they keep their ids (a recall that replaces the rack), else they get new ones and
     * routes between them follow the new ids. Returns the slots added, in order.
     */
    public List<RackSlot> recall(LiveState state, boolean keepIds) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(EDITOR, EDITOR);
        ids.put(RackRouting.INPUTS, RackRouting.INPUTS);
        List<RackSlot> added = new ArrayList<>();
        List<SlotState> recalled = new ArrayList<>();
        for (SlotState s : state.slots()) {
            if (EDITOR.equals(s.id())) {
                continue;
            }
            RackSlot slot;
            if (keepIds && !slots.containsKey(s.id())) {
                slot = new RackSlot(s.id(), s.name(), s.source());
                slots.put(s.id(), slot);
                lastNumber = Math.max(lastNumber, numberOf(s.id()));
            } else {
                slot = add(s.name(), s.source());
            }
            ids.put(s.id(), slot.id());
            slot.playing(s.playing());
            slot.muted(s.muted());
            slot.level(s.level());
            slot.presets(s.presets());
            for (Map.Entry<String, Double> v : s.values().entrySet()) {
                slot.values().set(v.getKey(), v.getValue());
            }
            added.add(slot);
            recalled.add(s);
        }
        for (int i = 0; i < added.size(); i++) {
            for (String source : recalled.get(i).inputs()) {
                String mapped = ids.get(source);
                List<String> inputs = added.get(i).editableInputs();
                if (mapped != null && !inputs.contains(mapped)
                        && (!slots.containsKey(mapped) || RackRouting.loopOf(routes(), mapped, added.get(i).id()).isEmpty())) {
                    inputs.add(mapped);
                }
            }
        }
        return added;
    }

    /** The routes into the editor's slot of a recalled state, to put back once the editor plays. */
    public static List<String> editorInputs(LiveState state) {
        for (SlotState s : state.slots()) {
            if (EDITOR.equals(s.id())) {
                return s.inputs();
            }
        }
        return List.of();
    }

    /** N of {@code slot-N}, or 0. */
    static int numberOf(String id) {
        if (!id.startsWith("slot-")) {
            return 0;
        }
        int n = 0;
        for (int i = 5; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9' || n > 100_000_000) {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
