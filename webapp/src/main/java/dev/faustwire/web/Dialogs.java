package dev.faustwire.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The page's one modal dialog ({@code data-role="dialog"}): a message, an optional name field,
 * and buttons. Escape closes it without a choice.
 */
final class Dialogs {
    /** What a choice does. */
    interface Choice {
        void chosen(int index);
    }

    /** What a name does. */
    interface Named {
        void named(String name);
    }

    private final HTMLElement dialog;
    private final HTMLElement message;
    private final HTMLInputElement input;
    private final HTMLElement buttons;

    Dialogs(HTMLElement dialog) {
        this.dialog = dialog;
        this.message = (HTMLElement) dialog.querySelector("[data-role='dialog-message']");
        this.input = (HTMLInputElement) dialog.querySelector("input");
        this.buttons = (HTMLElement) dialog.querySelector("[data-role='dialog-buttons']");
        input.addEventListener("keydown", event -> {
            if (((org.teavm.jso.dom.events.KeyboardEvent) event).getKey().equals("Enter")) {
                event.preventDefault();
                onEnter.run();
            }
        });
    }

    private Runnable onEnter = () -> { };

    void alert(String text) {
        choose(text, new String[] {"OK"}, index -> { });
    }

    /** Asks for a name (a path in the workspace); OK or Enter gives it, Cancel or Escape nothing. */
    void askName(String title, String suggested, Named named) {
        show(title, true);
        input.setValue(suggested);
        onEnter = () -> {
            String name = input.getValue().trim();
            if (!name.isEmpty()) {
                close();
                named.named(name);
            }
        };
        addButton("OK", "ok", onEnter);
        addButton("Cancel", "cancel", this::close);
        Dom.showModal(dialog);
        input.focus();
        input.select();
    }

    /** Asks the person to choose one of the labels. */
    void choose(String text, String[] labels, Choice choice) {
        show(text, false);
        for (int i = 0; i < labels.length; i++) {
            int index = i;
            addButton(labels[i], "choice-" + i, () -> {
                close();
                choice.chosen(index);
            });
        }
        Dom.showModal(dialog);
    }

    private void show(String text, boolean withInput) {
        message.setTextContent(text);
        Dom.clear(buttons);
        input.getStyle().setProperty("display", withInput ? "block" : "none");
    }

    private void addButton(String label, String role, Runnable action) {
        HTMLElement button = HTMLDocument.current().createElement("button");
        button.setTextContent(label);
        button.setAttribute("data-choice", role);
        button.addEventListener("click", event -> action.run());
        buttons.appendChild(button);
    }

    private void close() {
        Dom.closeDialog(dialog);
    }
}
