package dev.faustwire.web;

import dev.faustwire.core.editor.Action;
import dev.faustwire.core.editor.PatchEditor;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The buttons of the header: file commands, history, zoom, fit and snap; each names its shortcut. */
final class Toolbar {
    private Toolbar() {
    }

    static void install(HTMLDocument document, Page page, Files files, History history) {
        PatchEditor editor = page.session().editor();
        on(document, "new", files::newPatch);
        on(document, "save", files::save);
        on(document, "save-as", files::saveAs);
        on(document, "rename", files::rename);
        on(document, "delete", files::delete);
        on(document, "history", history::toggle);
        on(document, "zoom-out", () -> {
            editor.perform(Action.ZOOM_OUT);
            page.refresh();
        });
        on(document, "zoom-in", () -> {
            editor.perform(Action.ZOOM_IN);
            page.refresh();
        });
        on(document, "zoom-reset", () -> {
            editor.perform(Action.ZOOM_RESET);
            page.refresh();
        });
        on(document, "fit", () -> {
            editor.perform(Action.FIT);
            page.refresh();
        });
        on(document, "snap", () -> {
            editor.perform(Action.TOGGLE_SNAP);
            page.refresh();
        });
        HTMLElement zoom = (HTMLElement) document.querySelector("[data-action='zoom-reset']");
        HTMLElement snap = (HTMLElement) document.querySelector("[data-action='snap']");
        page.onPaint(() -> {
            String percent = Math.round(editor.state().view().scale() * 100) + "%";
            if (!percent.equals(zoom.getTextContent())) {
                zoom.setTextContent(percent);
            }
            snap.setAttribute("aria-pressed", editor.state().snap() ? "true" : "false");
        });
    }

    private static void on(HTMLDocument document, String action, Runnable run) {
        HTMLElement button = (HTMLElement) document.querySelector("[data-action='" + action + "']");
        button.addEventListener("click", event -> run.run());
    }
}
