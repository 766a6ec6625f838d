package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.live.Morph;
import dev.faustwire.session.live.Preset;
import dev.faustwire.session.live.Presets;
import dev.faustwire.session.live.SlotState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * One slot's presets: a name and "Save preset" (every control's value now), the presets (click one to play it,
 * x to delete it), and a morph: presets A and B and a slider t that sets the slot's values to Morph(A, B, t).
 */
final class PresetBar {
    /** Where the bar keeps and reads what it needs. */
    interface Host {
        /** The slot as the rack has it now (values, presets), or null when it is gone. */
        SlotState slot(String id);

        /** The slot's presets become these. */
        void presets(String id, List<Preset> presets);

        /** The compiled DSP's JSON of the slot (its controls), or null before it played. */
        String dspJson(String id);

        /** Sets one of the slot's controls as if moved on the page. */
        void set(String id, String address, double value);
    }

    static final int MORPH_STEPS = 100;

    private final String id;
    private final Host host;
    private final HTMLElement element;
    private final HTMLElement title;
    private final HTMLInputElement name;
    private final HTMLElement list;
    private final HTMLSelectElement a;
    private final HTMLSelectElement b;
    private final HTMLInputElement t;
    private final HTMLElement tValue;
    private final HTMLElement problem;
    private List<String> shownNames = List.of();

    PresetBar(String id, Host host) {
        this.id = id;
        this.host = host;
        element = Elements.element("div", "preset-bar");
        element.setAttribute("data-role", "preset-bar");
        element.setAttribute("data-slot", id);
        title = Elements.text("span", "preset-slot", id);
        element.appendChild(title);
        HTMLElement save = Elements.element("div", "preset-save");
        name = Elements.input("text", "preset-name");
        name.setAttribute("data-role", "preset-name");
        name.setAttribute("placeholder", "preset name");
        name.setAttribute("aria-label", "Name of a new preset of " + id);
        save.appendChild(name);
        HTMLElement saveButton = button("Save preset", "preset-save", "Keep every control's value now as a preset");
        saveButton.addEventListener("click", event -> save());
        name.addEventListener("keydown", event -> {
            if ("Enter".equals(SnapshotsKeys.key(event))) {
                save();
            }
        });
        save.appendChild(saveButton);
        element.appendChild(save);
        list = Elements.element("ul", "preset-list");
        list.setAttribute("data-role", "preset-list");
        element.appendChild(list);
        HTMLElement morph = Elements.element("div", "morph");
        morph.setAttribute("data-role", "morph");
        a = select("morph-a", "Morph from preset");
        b = select("morph-b", "Morph to preset");
        t = Elements.input("range", "morph-t");
        t.setAttribute("data-role", "morph-t");
        t.setAttribute("min", "0");
        t.setAttribute("max", Integer.toString(MORPH_STEPS));
        t.setAttribute("step", "1");
        t.setValue("0");
        t.setAttribute("aria-label", "Morph position between preset A and preset B");
        tValue = Elements.text("output", "morph-t-value", "0");
        tValue.setAttribute("data-role", "morph-t-value");
        morph.appendChild(Elements.text("span", "morph-label", "Morph"));
        morph.appendChild(a);
        morph.appendChild(t);
        morph.appendChild(b);
        morph.appendChild(tValue);
        t.addEventListener("input", event -> morph());
        a.addEventListener("change", event -> morph());
        b.addEventListener("change", event -> morph());
        element.appendChild(morph);
        enableMorph(false);
        problem = Elements.element("p", "preset-problem");
        problem.setAttribute("data-role", "preset-problem");
        problem.setAttribute("hidden", "");
        element.appendChild(problem);
    }

    HTMLElement element() {
        return element;
    }

    /** Shows the slot's name and presets as the rack has them (rebuilt only when the names changed). */
    void update(SlotState slot) {
        title.setTextContent(slot.name());
        List<String> names = new ArrayList<>();
        for (Preset p : slot.presets()) {
            names.add(p.name());
        }
        if (names.equals(shownNames)) {
            return;
        }
        shownNames = names;
        Dom.clear(list);
        for (String preset : names) {
            HTMLElement item = Elements.element("li", "preset");
            item.setAttribute("data-preset", preset);
            HTMLElement apply = button(preset, "preset-apply", "Play preset " + preset);
            apply.addEventListener("click", event -> apply(preset));
            HTMLElement delete = button("\u00d7", "preset-delete", "Delete preset " + preset);
            delete.setAttribute("aria-label", "Delete preset " + preset);
            delete.addEventListener("click", event -> remove(preset));
            item.appendChild(apply);
            item.appendChild(delete);
            list.appendChild(item);
        }
        fill(a, names, 0, null);
        fill(b, names, names.size() - 1, a.getValue());
        enableMorph(names.size() >= 2);
    }

    /** A morph needs two presets; until then its choosers and slider are off. */
    private void enableMorph(boolean on) {
        for (HTMLElement e : new HTMLElement[] {a, b, t}) {
            if (on) {
                e.removeAttribute("disabled");
            } else {
                e.setAttribute("disabled", "");
            }
        }
        t.setAttribute("title", on ? "Morph: 0 is preset A, 1 is preset B" : "Save two presets to morph between them");
    }

    private void save() {
        SlotState slot = host.slot(id);
        if (slot == null) {
            return;
        }
        Presets.Change change = Presets.add(slot, name.getValue(), shown(slot));
        if (!change.ok()) {
            show(change.problem());
            return;
        }
        hideProblem();
        name.setValue("");
        host.presets(id, change.slot().presets());
        update(change.slot());
    }

    private void remove(String preset) {
        SlotState slot = host.slot(id);
        if (slot != null) {
            Presets.Change change = Presets.remove(slot, preset);
            host.presets(id, change.slot().presets());
            update(change.slot());
        }
    }

    private void apply(String preset) {
        SlotState slot = host.slot(id);
        Preset p = slot == null ? null : Presets.find(slot, preset);
        if (p != null) {
            for (Map.Entry<String, Double> v : p.values().entrySet()) {
                host.set(id, v.getKey(), v.getValue());
            }
        }
    }

    private void morph() {
        double at = Double.parseDouble(t.getValue()) / MORPH_STEPS;
        tValue.setTextContent(Numbers.format(at));
        SlotState slot = host.slot(id);
        if (slot == null) {
            return;
        }
        Preset from = Presets.find(slot, a.getValue());
        Preset to = Presets.find(slot, b.getValue());
        if (from == null || to == null) {
            return;
        }
        String json = host.dspJson(id);
        List<Control> tree = json == null ? List.of() : Controls.read(json);
        for (Map.Entry<String, Double> v : Morph.between(from, to, at, tree).entrySet()) {
            host.set(id, v.getKey(), v.getValue());
        }
    }

    /** Every control's value as the slot shows it (see {@link Presets#valuesNow}). */
    private Map<String, Double> shown(SlotState slot) {
        String json = host.dspJson(id);
        return Presets.valuesNow(slot.values(), json == null ? List.of() : Controls.read(json));
    }

    private HTMLSelectElement select(String role, String label) {
        HTMLSelectElement s = (HTMLSelectElement) Elements.element("select", role);
        s.setAttribute("data-role", role);
        s.setAttribute("aria-label", label);
        return s;
    }

    /** The choices; the one chosen before stays unless it is gone or the same as {@code other}, else {@code chosen}. */
    private static void fill(HTMLSelectElement select, List<String> names, int chosen, String other) {
        String was = select.getValue();
        Dom.clear(select);
        for (String n : names) {
            HTMLElement option = Elements.text("option", "", n);
            option.setAttribute("value", n);
            select.appendChild(option);
        }
        if (names.contains(was) && !was.equals(other)) {
            select.setValue(was);
        } else if (chosen >= 0 && chosen < names.size()) {
            select.setValue(names.get(chosen));
        }
    }

    private static HTMLElement button(String label, String role, String title) {
        HTMLElement b = Elements.text("button", role, label);
        b.setAttribute("data-role", role);
        b.setAttribute("type", "button");
        b.setAttribute("title", title);
        return b;
    }

    private void show(Diagnostic d) {
        problem.setAttribute("data-code", d.code().id());
        problem.setTextContent(d.code().id() + ": " + d.message());
        problem.removeAttribute("hidden");
    }

    private void hideProblem() {
        problem.setAttribute("hidden", "");
        problem.removeAttribute("data-code");
    }
}
