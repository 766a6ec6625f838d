package dev.faustwire.web;

import dev.faustwire.core.editor.Action;
import dev.faustwire.core.editor.PatchEditor;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The View bar's presentation buttons: "Present" shows the presentation view or the patch (Max's
 * Cmd+Alt+E, here Ctrl+Alt+E), "+ Present" adds the selected UI boxes to it (Ctrl+Alt+P). The canvas
 * says which view it shows in {@code data-presentation}, for the style sheet and for tests.
 */
final class PresentationToggle {
    private PresentationToggle() {
    }

    static void install(HTMLDocument document, Page page) {
        PatchEditor editor = page.session().editor();
        HTMLElement toggle = (HTMLElement) document.querySelector("[data-role='presentation']");
        HTMLElement add = (HTMLElement) document.querySelector("[data-role='add-to-presentation']");
        HTMLElement svg = (HTMLElement) document.querySelector("[data-role='canvas']");
        toggle.addEventListener("click", event -> {
            editor.perform(Action.TOGGLE_PRESENTATION);
            page.refresh();
        });
        add.addEventListener("click", event -> {
            editor.perform(Action.ADD_TO_PRESENTATION);
            page.refresh();
        });
        page.onPaint(() -> {
            String on = editor.presentation() ? "true" : "false";
            if (!on.equals(toggle.getAttribute("aria-pressed"))) {
                toggle.setAttribute("aria-pressed", on);
                svg.setAttribute("data-presentation", on);
            }
            boolean canAdd = !editor.locked() && !editor.state().selection().boxes().isEmpty();
            if (canAdd == add.hasAttribute("disabled")) {
                if (canAdd) {
                    add.removeAttribute("disabled");
                } else {
                    add.setAttribute("disabled", "");
                }
            }
        });
    }

    /**
     * The key of a key press as the key map wants it: with Alt held, the letter of the key pressed
     * ({@code e} for Ctrl+Alt+E), since Option on a Mac makes another character; AltGr, which types
     * one ({@code €}), keeps it.
     */
    @org.teavm.jso.JSBody(params = "e", script = "return e.altKey && (e.ctrlKey || e.metaKey)"
            + " && !(e.getModifierState && e.getModifierState('AltGraph'))"
            + " && /^Key[A-Z]$/.test(e.code || '') ? e.code.charAt(3).toLowerCase() : e.key;")
    static native String keyName(org.teavm.jso.dom.events.KeyboardEvent e);
}
