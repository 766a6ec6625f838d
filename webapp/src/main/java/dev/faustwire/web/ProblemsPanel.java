package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.model.Patch;
import dev.faustwire.session.problems.ProblemText;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Problems list: one item per diagnostic with its code and box ({@code error E010 · box-9/box-2
 * `foo` · message}); an item whose box is in the patch is a button (click or Enter) that opens the
 * box's sub-patcher, selects it and brings it into view. The boxes at fault get their problems as
 * hover text, and the list's count goes to the heading and the page's title.
 */
final class ProblemsPanel {
    private final HTMLElement list;
    private final HTMLElement count;
    private final PatchEditor editor;
    private final Runnable refresh;
    private List<Diagnostic> shown = List.of();

    ProblemsPanel(HTMLElement list, HTMLElement count, PatchEditor editor, Runnable refresh) {
        this.list = list;
        this.count = count;
        this.editor = editor;
        this.refresh = refresh;
    }

    /** The problems listed now. */
    List<Diagnostic> shown() {
        return shown;
    }

    /** Lists problems; {@code patch} is the open patch they are about, or null (a file that could not be opened). */
    void show(List<Diagnostic> problems, Patch patch) {
        shown = List.copyOf(problems);
        Dom.clear(list);
        HTMLDocument document = HTMLDocument.current();
        for (Diagnostic d : problems) {
            HTMLElement item = document.createElement("li");
            item.setAttribute("class", d.severity().label());
            if (d.target() != null) {
                item.setAttribute("data-box-id", d.target());
            }
            item.setAttribute("data-code", d.code().id());
            String text = ProblemText.item(d, patch);
            if (dev.faustwire.core.edit.Levels.boxAt(patch, d.boxId()) != null) {
                String path = d.boxId();
                item.setAttribute("class", d.severity().label() + " at-box");
                HTMLElement button = document.createElement("button");
                button.setAttribute("type", "button");
                button.setAttribute("data-role", "reveal-problem");
                button.setTextContent(text);
                button.addEventListener("click", event -> reveal(path));
                button.addEventListener("keydown", event -> {
                    String key = ((org.teavm.jso.dom.events.KeyboardEvent) event).getKey();
                    if (key.equals("Enter") || key.equals(" ")) {
                        event.stopPropagation(); // the button's own key, not the canvas's Enter (edit) or Space (pan)
                    }
                });
                item.appendChild(button);
            } else {
                item.setTextContent(text);
            }
            list.appendChild(item);
        }
        editor.setProblems(patch == null ? java.util.Map.of() : ProblemText.byBox(problems));
        if (count != null) {
            count.setTextContent(ProblemText.count(problems));
        }
    }

    /** Unlocks the patch to fix the box, opens its level (and the patch view when the presentation lacks it), selects it, scrolls to it. */
    private void reveal(String path) {
        if (editor.locked()) {
            editor.setLocked(false);
        }
        editor.reveal(path);
        refresh.run();
    }
}
