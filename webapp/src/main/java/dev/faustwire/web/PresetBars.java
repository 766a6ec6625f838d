package dev.faustwire.web;

import dev.faustwire.session.live.Preset;
import dev.faustwire.session.live.SlotState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** One {@link PresetBar} per slot of the rack (the editor's while its audio is on), kept in step with the rack. */
final class PresetBars implements PresetBar.Host {
    private final Rack rack;
    private final Slots slots;
    private final HTMLElement root;
    private final Map<String, PresetBar> bars = new LinkedHashMap<>();
    private final Map<String, String> dspJson = new LinkedHashMap<>();

    private PresetBars(Rack rack, Slots slots, HTMLElement root) {
        this.rack = rack;
        this.slots = slots;
        this.root = root;
    }

    static PresetBars install(HTMLDocument document, Rack rack, Slots slots) {
        PresetBars bars = new PresetBars(rack, slots, (HTMLElement) document.querySelector("[data-role='preset-bars']"));
        slots.listen(new Slots.Listener() {
            @Override
            public void playing(String slot, String name, String json) {
                bars.dspJson.put(slot, json);
                bars.sync();
            }
        });
        rack.onChange(bars::sync);
        bars.sync();
        return bars;
    }

    /** A bar for each slot of the rack, in its order; bars of gone slots removed. */
    void sync() {
        List<String> ids = new ArrayList<>();
        for (SlotState s : rack.state().slots()) {
            ids.add(s.id());
            PresetBar bar = bars.get(s.id());
            if (bar == null) {
                bar = new PresetBar(s.id(), this);
                bars.put(s.id(), bar);
                root.appendChild(bar.element());
            }
            bar.update(s);
        }
        for (String id : new ArrayList<>(bars.keySet())) {
            if (!ids.contains(id)) {
                bars.remove(id).element().delete();
            }
        }
        root.setAttribute("data-count", Integer.toString(bars.size()));
    }

    @Override
    public SlotState slot(String id) {
        for (SlotState s : rack.state().slots()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public void presets(String id, List<Preset> presets) {
        rack.presets(id, presets);
    }

    @Override
    public String dspJson(String id) {
        return dspJson.get(id);
    }

    @Override
    public void set(String id, String address, double value) {
        Slots.Control control = slots.control(id);
        if (control != null) {
            control.set(address, value);
        }
    }
}
