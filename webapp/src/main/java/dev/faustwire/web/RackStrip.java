package dev.faustwire.web;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.live.RackModel;
import dev.faustwire.session.live.RackRouting;
import dev.faustwire.session.live.RackSlot;
import java.util.List;
import java.util.function.Function;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One strip of the rack ({@code data-slot="ID"}): name, play/stop, mute, level, remove, its status, its
 * inputs (a tick per source it can take) and its controls (a collapsible area). A file dropped on it
 * replaces what it plays.
 */
final class RackStrip {
    private final Rack rack;
    private final String id;
    private final HTMLElement element;
    private final HTMLElement name;
    private final HTMLElement play;
    private final HTMLElement mute;
    private final HTMLInputElement level;
    private final HTMLElement levelText;
    private final HTMLElement status;
    private final HTMLElement inputs;
    private final ControlsPanel controls;
    private boolean played;

    RackStrip(Rack rack, RackSlot slot) {
        this.rack = rack;
        this.id = slot.id();
        boolean editor = RackModel.EDITOR.equals(id);
        element = Elements.element("div", editor ? "strip editor" : "strip");
        element.setAttribute("data-slot", id);
        element.setAttribute("role", "group");
        element.setAttribute("aria-label", editor ? "The editor's patch" : "Slot " + slot.name());
        HTMLElement head = Elements.element("div", "strip-head");
        name = Elements.text("span", "strip-name", slot.name());
        name.setAttribute("data-role", "slot-name");
        head.appendChild(name);
        HTMLElement slotId = Elements.text("span", "strip-id", id);
        slotId.setAttribute("data-role", "slot-id");
        head.appendChild(slotId);
        play = Elements.text("button", "strip-play", "■");
        play.setAttribute("data-role", "slot-play");
        if (!editor) {
            play.addEventListener("click", e -> rack.togglePlaying(id));
            head.appendChild(play);
        }
        mute = Elements.text("button", "strip-mute", "M");
        mute.setAttribute("data-role", "slot-mute");
        mute.setAttribute("title", "Mute (what it feeds through the routing still hears it)");
        mute.setAttribute("aria-pressed", "false");
        mute.addEventListener("click", e -> rack.setMute(id, !"true".equals(mute.getAttribute("aria-pressed"))));
        head.appendChild(mute);
        levelText = Elements.text("span", "strip-level-text", Numbers.format(slot.level()));
        levelText.setAttribute("data-role", "slot-level-text");
        level = Elements.input("range", "strip-level");
        level.setAttribute("data-role", "slot-level");
        level.setAttribute("min", "0");
        level.setAttribute("max", Numbers.format(RackModel.MAX_LEVEL));
        level.setAttribute("step", "0.01");
        level.setAttribute("aria-label", "Level (linear gain)");
        level.setValue(Numbers.format(slot.level()));
        level.addEventListener("input", e -> {
            double v = parse(level.getValue());
            rack.setLevel(id, v);
            levelText.setTextContent(Numbers.format(v));
        });
        head.appendChild(level);
        head.appendChild(levelText);
        if (!editor) {
            HTMLElement remove = Elements.text("button", "strip-remove", "✕");
            remove.setAttribute("data-role", "slot-remove");
            remove.setAttribute("title", "Remove from the rack");
            remove.setAttribute("aria-label", "Remove " + slot.name());
            remove.addEventListener("click", e -> rack.remove(id));
            head.appendChild(remove);
        }
        element.appendChild(head);
        status = Elements.text("p", "strip-status", "");
        status.setAttribute("data-role", "slot-status");
        element.appendChild(status);
        inputs = Elements.element("div", "strip-inputs");
        inputs.setAttribute("data-role", "slot-inputs");
        element.appendChild(inputs);
        HTMLElement area = Elements.element("details", "strip-controls-area");
        area.setAttribute("data-role", "slot-controls-area");
        if (!editor) {
            area.setAttribute("open", "");
            HTMLElement summary = Elements.text("summary", "", "Controls");
            area.appendChild(summary);
            HTMLElement panel = Elements.element("div", "strip-controls");
            panel.setAttribute("data-role", "slot-controls");
            area.appendChild(panel);
            element.appendChild(area);
            controls = new ControlsPanel(panel, slot.values(), (address, value) -> rack.setParameter(id, address, value));
        } else {
            controls = null;
        }
    }

    HTMLElement element() {
        return element;
    }

    ControlsPanel controls() {
        return controls;
    }

    boolean hasPlayed() {
        return played;
    }

    void playing(String slotName, boolean now) {
        played = played || now;
        name.setTextContent(slotName);
        play.setTextContent(now ? "■" : "▶");
        play.setAttribute("aria-pressed", now ? "true" : "false");
        play.setAttribute("title", now ? "Stop" : "Play");
        element.setAttribute("data-playing", now ? "true" : "false");
        if (now) {
            showStatus("playing");
        }
    }

    void showStatus(String text) {
        status.setTextContent(text);
    }

    void markProblem(String code) {
        if (code == null) {
            status.removeAttribute("data-code");
        } else {
            status.setAttribute("data-code", code);
        }
    }

    void showLevel(double value, boolean muted) {
        level.setValue(Numbers.format(value));
        levelText.setTextContent(Numbers.format(value));
        mute.setAttribute("aria-pressed", muted ? "true" : "false");
        element.setAttribute("data-muted", muted ? "true" : "false");
    }

    /** The ticks of the sources this slot may take: the page's inputs and every other slot. */
    void showInputs(List<String> slots, int inputCount, List<String> routed, Function<String, String> names) {
        Dom.clear(inputs);
        if (inputCount == 0) {
            inputs.setAttribute("hidden", "");
            return;
        }
        inputs.removeAttribute("hidden");
        inputs.appendChild(Elements.text("span", "strip-inputs-label", "Inputs:"));
        source(RackRouting.INPUTS, "inputs", routed);
        for (String other : slots) {
            if (!other.equals(id)) {
                String label = names.apply(other);
                for (String third : slots) {
                    if (!third.equals(other) && names.apply(third).equals(label)) {
                        label = label + " (" + other + ")"; // two slots of one name: the id tells them apart
                        break;
                    }
                }
                source(other, label, routed);
            }
        }
    }

    private void source(String source, String label, List<String> routed) {
        HTMLElement wrap = Elements.element("label", "strip-source");
        HTMLInputElement tick = Elements.input("checkbox", "");
        tick.setAttribute("data-source", source);
        tick.setChecked(routed.contains(source));
        tick.addEventListener("change", e -> rack.route(id, source, tick.isChecked()));
        wrap.appendChild(tick);
        wrap.appendChild(Elements.text("span", "", label));
        inputs.appendChild(wrap);
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
