package dev.faustwire.web;

import dev.faustwire.core.editor.TextField;
import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.ViewTransform;
import dev.faustwire.session.complete.Completions;
import dev.faustwire.session.complete.Suggestion;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The text field over a box being typed, with its completion list. Up and Down choose, Tab or
 * Enter take a chosen completion, Enter on the text commits it, Escape cancels, and a click
 * elsewhere commits. A comment's note is typed in a text area: Enter makes a new line, Ctrl+Enter commits.
 */
final class BoxField {
    /** Rows of the completion list. */
    static final int ROWS = 8;

    /** What the field's owner does with the typed text. */
    interface Commit {
        void commit(TextField field, String text);
    }

    private final HTMLInputElement input;
    private final HTMLTextAreaElement area;
    private final HTMLElement list;
    private final Completions completions;
    private final Commit owner;
    private TextField open;
    private List<Suggestion> shown = new ArrayList<>();
    private int chosen = -1;
    private final List<Runnable> onClose = new ArrayList<>();

    BoxField(HTMLInputElement input, HTMLTextAreaElement area, HTMLElement list, Completions completions, Commit owner) {
        this.input = input;
        this.area = area;
        this.list = list;
        this.completions = completions;
        this.owner = owner;
        input.addEventListener("keydown", event -> inputKey((KeyboardEvent) event));
        input.addEventListener("input", event -> suggest());
        input.addEventListener("blur", event -> commit());
        area.addEventListener("keydown", event -> areaKey((KeyboardEvent) event));
        area.addEventListener("blur", event -> commit());
    }

    /** Runs after the field closes (committed or cancelled), before a commit is applied. */
    void onClose(Runnable listener) {
        onClose.add(listener);
    }

    boolean isOpen() {
        return open != null;
    }

    void begin(TextField field, ViewTransform view) {
        if (open != null) {
            commit();
        }
        open = field;
        Point at = view.toScreen(field.at());
        double scale = view.scale();
        if (field.multiline()) {
            place(area, at, Math.max(field.width() * scale, 200), scale);
            area.setValue(field.text());
            area.getStyle().setProperty("display", "block");
            area.focus();
            area.select();
        } else {
            place(input, at, Math.max(field.width() * scale, 160), scale);
            input.setValue(field.text());
            input.getStyle().setProperty("display", "block");
            input.focus();
            input.select();
            suggest();
        }
        if (field.boxId() != null) {
            (field.multiline() ? (HTMLElement) area : input).setAttribute("data-box-id", field.boxId());
        }
    }

    private static void place(HTMLElement element, Point at, double width, double scale) {
        element.getStyle().setProperty("left", at.x() + "px");
        element.getStyle().setProperty("top", at.y() + "px");
        element.getStyle().setProperty("width", width + "px");
        element.getStyle().setProperty("font-size", (12 * scale) + "px");
        element.getStyle().setProperty("min-height", (22 * scale) + "px");
    }

    private void inputKey(KeyboardEvent key) {
        switch (key.getKey()) {
            case "ArrowDown" -> {
                key.preventDefault();
                choose(dev.faustwire.core.editor.ListCursor.next(chosen, shown.size()));
            }
            case "ArrowUp" -> {
                key.preventDefault();
                choose(dev.faustwire.core.editor.ListCursor.previous(chosen, shown.size()));
            }
            case "Tab" -> {
                key.preventDefault();
                take(chosen >= 0 ? chosen : 0);
            }
            case "Enter" -> {
                key.preventDefault();
                if (chosen >= 0 && !shown.get(chosen).insert().equals(input.getValue())) {
                    take(chosen);
                } else {
                    commit();
                }
            }
            case "Escape" -> {
                key.preventDefault();
                close();
            }
            default -> {
            }
        }
        key.stopPropagation();
    }

    private void areaKey(KeyboardEvent key) {
        if (key.getKey().equals("Escape")) {
            key.preventDefault();
            close();
        } else if (key.getKey().equals("Enter") && (key.isCtrlKey() || key.isMetaKey())) {
            key.preventDefault();
            commit();
        }
        key.stopPropagation();
    }

    /** Shows the completions of the text typed so far. */
    private void suggest() {
        shown = completions.suggest(input.getValue(), ROWS);
        chosen = -1;
        Dom.clear(list);
        if (shown.isEmpty()) {
            list.getStyle().setProperty("display", "none");
            return;
        }
        list.getStyle().setProperty("left", input.getStyle().getPropertyValue("left"));
        list.getStyle().setProperty("top", "calc(" + input.getStyle().getPropertyValue("top") + " + "
                + input.getStyle().getPropertyValue("min-height") + " + 2px)");
        for (int i = 0; i < shown.size(); i++) {
            list.appendChild(row(shown.get(i), i));
        }
        list.getStyle().setProperty("display", "block");
        Dom.keepInside(list, input);
    }

    private HTMLElement row(Suggestion suggestion, int index) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement item = document.createElement("li");
        item.setAttribute("data-name", suggestion.name());
        item.setAttribute("role", "option");
        HTMLElement name = document.createElement("b");
        name.setTextContent(suggestion.name());
        HTMLElement ports = document.createElement("span");
        ports.setAttribute("class", "ports");
        ports.setTextContent(count(suggestion.inlets()) + " in · " + count(suggestion.outlets()) + " out");
        HTMLElement doc = document.createElement("span");
        doc.setAttribute("class", "doc");
        doc.setTextContent(suggestion.doc());
        item.appendChild(name);
        item.appendChild(ports);
        item.appendChild(doc);
        item.addEventListener("mousedown", event -> {
            event.preventDefault();
            take(index);
        });
        return item;
    }

    private static String count(int n) {
        return n < 0 ? "?" : Integer.toString(n);
    }

    private void choose(int index) {
        chosen = index;
        for (int i = 0; i < shown.size(); i++) {
            HTMLElement item = (HTMLElement) list.getChildNodes().get(i);
            item.setAttribute("class", i == index ? "chosen" : "");
            item.setAttribute("aria-selected", i == index ? "true" : "false");
        }
    }

    /** Puts a completion's text in the field; the person goes on typing its arguments or presses Enter. */
    private void take(int index) {
        if (index < 0 || index >= shown.size()) {
            return;
        }
        input.setValue(shown.get(index).insert());
        Dom.caretToEnd(input);
        suggest();
    }

    /** Commits the open field, if any (a press elsewhere on the canvas, before it acts). */
    void commitIfOpen() {
        commit();
    }

    private void commit() {
        if (open == null) {
            return;
        }
        TextField field = open;
        String text = field.multiline() ? area.getValue() : input.getValue();
        close();
        owner.commit(field, text);
    }

    private void close() {
        open = null;
        input.getStyle().setProperty("display", "none");
        area.getStyle().setProperty("display", "none");
        list.getStyle().setProperty("display", "none");
        input.removeAttribute("data-box-id");
        area.removeAttribute("data-box-id");
        Dom.blur();
        for (Runnable listener : onClose) {
            listener.run();
        }
    }
}
