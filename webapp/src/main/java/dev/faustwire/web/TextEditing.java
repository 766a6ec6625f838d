package dev.faustwire.web;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.model.Box;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Editing a box's text in place: double-click opens a field on the box, Enter commits, Escape cancels. */
final class TextEditing {
    private final Editor editor;
    private final HTMLInputElement field;
    private String boxId;

    TextEditing(Editor editor, HTMLInputElement field) {
        this.editor = editor;
        this.field = field;
        field.addEventListener("keydown", event -> {
            KeyboardEvent key = (KeyboardEvent) event;
            if (key.getKey().equals("Enter")) {
                event.preventDefault();
                commit();
            } else if (key.getKey().equals("Escape")) {
                event.preventDefault();
                cancel();
            }
        });
        field.addEventListener("blur", event -> commit());
    }

    void begin(String id) {
        Box box = editor.patch().box(id);
        if (box == null) {
            return;
        }
        boxId = id;
        double x = box.rect() == null ? 15 : box.rect().x();
        double y = box.rect() == null ? 15 : box.rect().y();
        double width = box.rect() == null || box.rect().width() <= 0 ? 120 : box.rect().width();
        field.getStyle().setProperty("left", (int) x + "px");
        field.getStyle().setProperty("top", (int) y + "px");
        field.getStyle().setProperty("width", (int) Math.max(width, 120) + "px");
        field.getStyle().setProperty("display", "block");
        field.setValue(box.text());
        field.setAttribute("data-box-id", id);
        field.focus();
        field.select();
    }

    private void commit() {
        if (boxId == null) {
            return;
        }
        String id = boxId;
        close();
        String text = field.getValue().trim();
        if (!text.isEmpty() && editor.patch().box(id) != null) {
            editor.apply(new Command.SetText(id, text));
        }
    }

    private void cancel() {
        close();
    }

    private void close() {
        boxId = null;
        field.getStyle().setProperty("display", "none");
        field.removeAttribute("data-box-id");
    }
}
