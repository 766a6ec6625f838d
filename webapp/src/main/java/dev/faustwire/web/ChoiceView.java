package dev.faustwire.web;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.ControlStyle.Choice;
import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.audition.ParamValues;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A control with {@code [style:menu{...}]} as a drop-down list, or {@code [style:radio{...}]} as
 * radio buttons, one per labelled value; the value shown is the choice nearest the control's value.
 */
final class ChoiceView {
    private static int groups;

    /** Sets a chosen value. */
    interface Chosen {
        void set(double value);
    }

    private ChoiceView() {
    }

    static void build(HTMLElement wrap, Control c, ParamValues values, Chosen chosen, List<Runnable> refreshers) {
        List<Choice> choices = c.look().choices();
        HTMLDocument document = HTMLDocument.current();
        HTMLElement label = document.createElement("span");
        label.setAttribute("class", "label");
        label.setTextContent(c.label());
        wrap.appendChild(label);
        wrap.setAttribute("data-style", c.look().name());
        if (c.look().name().equals("menu")) {
            HTMLElement select = document.createElement("select");
            select.setAttribute("class", "menu");
            select.setAttribute("aria-label", c.label());
            for (int i = 0; i < choices.size(); i++) {
                HTMLElement option = document.createElement("option");
                option.setAttribute("value", Integer.toString(i));
                option.setTextContent(choices.get(i).label());
                select.appendChild(option);
            }
            Runnable refresh = () -> {
                int i = c.look().nearest(Controls.shown(c, values));
                setSelectValue(select, Integer.toString(i));
                wrap.setAttribute("data-value", Numbers.format(choices.get(i).value()));
            };
            select.addEventListener("change", event -> {
                chosen.set(choices.get(Integer.parseInt(selectValue(select))).value());
                refresh.run();
            });
            wrap.appendChild(select);
            refreshers.add(refresh);
            refresh.run();
            return;
        }
        HTMLElement group = document.createElement("span");
        group.setAttribute("class", "radio");
        group.setAttribute("role", "radiogroup");
        group.setAttribute("aria-label", c.label());
        String name = "radio-" + (++groups);
        HTMLInputElement[] inputs = new HTMLInputElement[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            HTMLElement item = document.createElement("label");
            HTMLInputElement input = (HTMLInputElement) document.createElement("input");
            input.setType("radio");
            input.setAttribute("name", name);
            double value = choices.get(i).value();
            input.addEventListener("change", event -> {
                chosen.set(value);
                wrap.setAttribute("data-value", Numbers.format(value));
            });
            inputs[i] = input;
            item.appendChild(input);
            item.appendChild(document.createTextNode(choices.get(i).label()));
            group.appendChild(item);
        }
        Runnable refresh = () -> {
            int chosenIndex = c.look().nearest(Controls.shown(c, values));
            for (int i = 0; i < inputs.length; i++) {
                inputs[i].setChecked(i == chosenIndex);
            }
            wrap.setAttribute("data-value", Numbers.format(choices.get(chosenIndex).value()));
        };
        wrap.appendChild(group);
        refreshers.add(refresh);
        refresh.run();
    }

    @org.teavm.jso.JSBody(params = "select", script = "return select.value;")
    private static native String selectValue(HTMLElement select);

    @org.teavm.jso.JSBody(params = {"select", "value"}, script = "select.value = value;")
    private static native void setSelectValue(HTMLElement select, String value);
}
