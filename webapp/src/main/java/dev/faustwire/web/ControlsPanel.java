package dev.faustwire.web;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Control.Kind;
import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.audition.ParamValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The controls panel: DOM built from the playing DSP's control tree (session's {@link Controls});
 * every change goes through the setter, which keeps the value by address and sets it on the DSP.
 */
final class ControlsPanel {
    /** Sets a parameter by address (kept in the page's value map and sent to the audio node). */
    interface Setter {
        void set(String address, double value);
    }

    private final HTMLElement root;
    private final ParamValues values;
    private final Setter setter;
    private String shownKey = "";
    private final Map<String, HTMLElement> meters = new LinkedHashMap<>();
    /** Redraws each control from the value map, by address (after the canvas or a script set it). */
    private final Map<String, List<Runnable>> refreshers = new LinkedHashMap<>();

    ControlsPanel(HTMLElement root, ParamValues values, Setter setter) {
        this.root = root;
        this.values = values;
        this.setter = setter;
    }

    /** Shows the controls of a DSP; the same UI (same key) keeps the panel as it is. */
    void show(String key, List<Control> tree) {
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        meters.clear();
        refreshers.clear();
        Dom.clear(root);
        if (Controls.flatten(tree).isEmpty()) {
            root.appendChild(Elements.text("p", "empty", "This patch has no controls."));
            return;
        }
        List<Control> top = Controls.panel(tree);
        HTMLElement column = Elements.element("div", "group v top");
        for (Control c : top) {
            column.appendChild(item(c));
        }
        root.appendChild(column);
    }

    private HTMLElement item(Control c) {
        if (c.kind() == Kind.TGROUP) {
            return tabs(c);
        }
        if (c.kind().isGroup()) {
            HTMLElement box = Elements.element("fieldset", "group " + (c.kind() == Kind.HGROUP ? "h" : "v"));
            box.appendChild(Elements.text("legend", "", c.label()));
            for (Control child : c.items()) {
                box.appendChild(item(child));
            }
            return box;
        }
        HTMLElement wrap = Elements.element("div", "control " + c.kind().type());
        wrap.setAttribute("data-address", c.address());
        wrap.setAttribute("data-kind", c.kind().type());
        if (!c.tooltip().isEmpty()) {
            wrap.setAttribute("title", c.tooltip());
            wrap.setAttribute("aria-description", c.tooltip());
        }
        switch (c.kind()) {
            case BUTTON -> button(wrap, c);
            case CHECKBOX -> checkbox(wrap, c);
            case HBARGRAPH, VBARGRAPH -> meter(wrap, c);
            default -> {
                if (c.look().chooser()) {
                    ChoiceView.build(wrap, c, values, value -> set(c, value), refresher(c.address()));
                } else {
                    number(wrap, c);
                }
            }
        }
        return wrap;
    }

    /** Sliders and number entries: a label, a range (sliders), a number field and the unit. */
    private void number(HTMLElement wrap, Control c) {
        wrap.appendChild(Elements.text("span", "label", c.label()));
        boolean knob = c.kind().isSlider() && c.look().knob();
        HTMLInputElement range = c.kind().isSlider() && !knob ? Elements.input("range", "slider") : null;
        KnobView dial = knob ? new KnobView(c, new KnobView.Value() {
            @Override
            public double get() {
                return Controls.shown(c, values);
            }

            @Override
            public void set(double value) {
                ControlsPanel.this.set(c, value);
                showValue(c.address());
            }
        }) : null;
        if (dial != null) {
            wrap.setAttribute("data-style", "knob");
            wrap.appendChild(dial.element());
        }
        HTMLInputElement field = Elements.input("text", "number");
        field.setAttribute("inputmode", "decimal");
        field.setAttribute("aria-label", c.label());
        if (range != null) {
            range.setAttribute("min", "0");
            range.setAttribute("max", Integer.toString(c.positions()));
            range.setAttribute("step", "1");
            range.setAttribute("aria-label", c.label());
            wrap.appendChild(range);
        }
        wrap.appendChild(field);
        wrap.appendChild(Elements.text("span", "unit", c.unit()));
        Runnable[] refresh = new Runnable[1];
        refresh[0] = () -> {
            double v = Controls.shown(c, values);
            field.setValue(Numbers.format(v));
            wrap.setAttribute("data-value", Numbers.format(v));
            if (range != null) {
                range.setValue(Integer.toString(c.position(v)));
                range.setAttribute("aria-valuetext", c.display(v));
            }
            if (dial != null) {
                dial.show(v);
            }
        };
        refresher(c.address()).add(refresh[0]);
        refresh[0].run();
        if (range != null) {
            range.addEventListener("input", event -> {
                set(c, c.valueAt(Integer.parseInt(range.getValue())));
                field.setValue(Numbers.format(Controls.shown(c, values)));
                wrap.setAttribute("data-value", field.getValue());
                range.setAttribute("aria-valuetext", c.display(Controls.shown(c, values)));
            });
        }
        field.addEventListener("change", event -> {
            Double typed = c.parse(field.getValue());
            if (typed != null) {
                set(c, typed);
            }
            refresh[0].run();
        });
        wrap.addEventListener("dblclick", event -> {
            set(c, c.init());
            refresh[0].run();
        });
    }

    /** Shows a control's value again after someone else (the canvas in play mode, a script) set it. */
    void showValue(String address) {
        List<Runnable> list = refreshers.get(address);
        if (list != null) {
            for (Runnable r : list) {
                r.run();
            }
        }
    }

    private List<Runnable> refresher(String address) {
        return refreshers.computeIfAbsent(address, k -> new ArrayList<>());
    }

    private void button(HTMLElement wrap, Control c) {
        HTMLElement press = Elements.text("button", "press", c.label());
        refresher(c.address()).add(() -> press.setAttribute("aria-pressed", Controls.shown(c, values) != 0 ? "true" : "false"));
        press.addEventListener("pointerdown", event -> set(c, 1));
        press.addEventListener("pointerup", event -> set(c, 0));
        press.addEventListener("pointerleave", event -> {
            if (Controls.shown(c, values) != 0) {
                set(c, 0);
            }
        });
        wrap.appendChild(press);
    }

    private void checkbox(HTMLElement wrap, Control c) {
        HTMLElement label = Elements.element("label", "label");
        HTMLInputElement box = Elements.input("checkbox", "");
        box.setChecked(Controls.shown(c, values) != 0);
        refresher(c.address()).add(() -> box.setChecked(Controls.shown(c, values) != 0));
        box.addEventListener("change", event -> set(c, box.isChecked() ? 1 : 0));
        label.appendChild(box);
        label.appendChild(HTMLDocument.current().createTextNode(c.label()));
        wrap.appendChild(label);
    }

    /** Shows a bargraph's value that the playing DSP sent. */
    void showOutput(String address, double value) {
        HTMLElement meter = meters.get(address);
        if (meter != null && !Double.isNaN(value) && !Double.isInfinite(value)) {
            String text = Numbers.format(Math.max(-1e14, Math.min(1e14, value)));
            meter.setAttribute("value", text);
            meter.setAttribute("title", text);
        }
    }

    /** A bargraph: at its minimum until the DSP sends its values. */
    private void meter(HTMLElement wrap, Control c) {
        wrap.appendChild(Elements.text("span", "label", c.label()));
        HTMLElement meter = Elements.element("meter", "");
        meter.setAttribute("min", Numbers.format(c.min()));
        meter.setAttribute("max", Numbers.format(c.max()));
        meter.setAttribute("value", Numbers.format(c.min()));
        meters.put(c.address(), meter);
        wrap.appendChild(meter);
        wrap.appendChild(Elements.text("span", "unit", c.unit()));
    }

    /** A tgroup: a row of tab buttons, one page of controls shown at a time. */
    private HTMLElement tabs(Control c) {
        HTMLElement box = Elements.element("fieldset", "group tabs");
        box.appendChild(Elements.text("legend", "", c.label()));
        HTMLElement bar = Elements.element("div", "tab-bar");
        box.appendChild(bar);
        List<HTMLElement> pages = new ArrayList<>();
        List<HTMLElement> buttons = new ArrayList<>();
        for (Control child : c.items()) {
            HTMLElement tab = Elements.text("button", "tab", child.label());
            HTMLElement page = Elements.element("div", "tab-page");
            page.appendChild(item(child));
            bar.appendChild(tab);
            box.appendChild(page);
            int index = pages.size();
            pages.add(page);
            buttons.add(tab);
            tab.addEventListener("click", event -> choose(pages, buttons, index));
        }
        choose(pages, buttons, 0);
        return box;
    }

    private static void choose(List<HTMLElement> pages, List<HTMLElement> buttons, int chosen) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).getStyle().setProperty("display", i == chosen ? "" : "none");
            buttons.get(i).setAttribute("aria-pressed", i == chosen ? "true" : "false");
        }
    }

    private void set(Control c, double value) {
        setter.set(c.address(), value);
    }
}
