package dev.faustwire.web;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.audition.InputChoice;
import dev.faustwire.session.audition.InputChoices;
import dev.faustwire.session.audition.InputKind;
import dev.faustwire.session.audition.InputParam;
import dev.faustwire.session.audition.InputProblem;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The inputs panel: one row per input channel of the playing DSP with its source and settings
 * (session's {@link InputChoices} keeps and checks them); audio-io.js plays them into the input bus.
 */
final class Inputs {
    private final HTMLElement root;
    private final InputChoices choices = new InputChoices();
    private final List<HTMLElement> rows = new ArrayList<>();

    Inputs(HTMLElement root) {
        this.root = root;
    }

    /** Fits the rows to a DSP's input count (shown only when it has inputs); the choices of kept channels play on. */
    void show(int count) {
        root.getStyle().setProperty("display", count > 0 ? "" : "none");
        if (!choices.resize(count)) {
            return;
        }
        setChannels(count);
        for (HTMLElement row : rows) {
            row.getParentNode().removeChild(row);
        }
        rows.clear();
        for (int channel = 0; channel < count; channel++) {
            HTMLElement row = row(channel);
            rows.add(row);
            root.appendChild(row);
            if (choices.get(channel).kind() != InputKind.SILENCE) {
                play(channel);
            }
        }
    }

    private HTMLElement row(int channel) {
        HTMLElement row = Elements.element("div", "input-row");
        row.setAttribute("data-channel", Integer.toString(channel));
        row.appendChild(Elements.text("span", "label", "in " + (channel + 1)));
        HTMLSelectElement select = (HTMLSelectElement) Elements.element("select", "");
        select.setAttribute("data-role", "input-source");
        select.setAttribute("aria-label", "Source of input " + (channel + 1));
        for (InputKind kind : InputKind.values()) {
            HTMLElement option = Elements.text("option", "", kind.label());
            option.setAttribute("value", kind.id());
            select.appendChild(option);
        }
        select.setValue(choices.get(channel).kind().id());
        HTMLElement settings = Elements.element("span", "settings");
        HTMLElement status = Elements.text("span", "status", "");
        status.setAttribute("data-role", "input-status");
        row.appendChild(select);
        row.appendChild(settings);
        row.appendChild(status);
        settings(channel, settings, status);
        select.addEventListener("change", event -> {
            choices.choose(channel, select.getValue());
            settings(channel, settings, status);
            say(status, "", null);
            play(channel);
        });
        return row;
    }

    /** The fields of the chosen source's settings (and the file picker of a file source). */
    private void settings(int channel, HTMLElement settings, HTMLElement status) {
        Dom.clear(settings);
        InputChoice choice = choices.get(channel);
        if (choice.kind() == InputKind.FILE) {
            HTMLInputElement picker = Elements.input("file", "");
            picker.setAttribute("accept", "audio/*");
            picker.setAttribute("data-role", "input-file");
            picker.setAttribute("aria-label", "Audio file for input " + (channel + 1));
            picker.addEventListener("change", event -> {
                say(status, "decoding", null);
                setFile(channel, picker, choices.get(channel).json(), said -> say(status, said, null),
                        failed -> say(status, failed, "problem"));
            });
            settings.appendChild(picker);
        }
        for (InputParam p : choice.kind().params()) {
            HTMLElement setting = Elements.element("label", "setting");
            setting.appendChild(Elements.text("span", "", p.label()));
            HTMLInputElement field = Elements.input("text", "number");
            field.setAttribute("inputmode", "decimal");
            field.setAttribute("data-param", p.name());
            field.setAttribute("aria-label", p.label() + " of input " + (channel + 1));
            field.setValue(Numbers.format(choice.value(p.name())));
            setting.appendChild(field);
            if (!p.unit().isEmpty()) {
                setting.appendChild(Elements.text("span", "unit", p.unit()));
            }
            field.addEventListener("change", event -> {
                InputProblem problem = choices.set(channel, p.name(), field.getValue(), sampleRate());
                field.setAttribute("aria-invalid", problem == null ? "false" : "true");
                if (problem != null) {
                    say(status, problem.code() + " " + problem.message(), "problem");
                    status.setAttribute("data-code", problem.code());
                    return;
                }
                status.removeAttribute("data-code");
                say(status, "", null);
                play(channel);
            });
            settings.appendChild(setting);
        }
    }

    private void play(int channel) {
        HTMLElement status = (HTMLElement) rows.get(channel).querySelector("[data-role='input-status']");
        setInput(channel, choices.get(channel).json(), said -> say(status, said, null),
                failed -> say(status, failed, "problem"));
    }

    private static void say(HTMLElement status, String message, String kind) {
        status.setTextContent(message);
        status.setAttribute("class", kind == null ? "status" : "status " + kind);
    }

    @JSBody(params = "count", script = "window.faustwireIo.setChannels(count);")
    private static native void setChannels(int count);

    @JSBody(script = "return window.faustwireIo.sampleRate();")
    private static native double sampleRate();

    // TeaVM renames the params (to b, c, d...) in the script's text: its own names must not be short
    @JSBody(params = {"channel", "json", "done", "failed"}, script = "window.faustwireIo.setInput(channel, json)"
            + ".then(function(said) { done(said); }, function(reason) { failed(reason && reason.message ? reason.message"
            + " : String(reason)); });")
    private static native void setInput(int channel, String json, Dom.StringCallback done, Dom.StringCallback failed);

    @JSBody(params = {"channel", "picker", "json", "done", "failed"}, script = "var chosen = picker.files[0];"
            + " if (!chosen) { done('choose a file'); return; }"
            + " window.faustwireIo.setFile(channel, chosen, json)"
            + ".then(function(said) { done(said); }, function(reason) { failed(reason && reason.message ? reason.message"
            + " : String(reason)); });")
    private static native void setFile(int channel, JSObject picker, String json, Dom.StringCallback done,
            Dom.StringCallback failed);
}
