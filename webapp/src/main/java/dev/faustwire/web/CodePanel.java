package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.editor.Selection;
import dev.faustwire.session.Generated;
import dev.faustwire.session.code.CodeLinks;
import dev.faustwire.session.code.ProgramFile;
import java.util.List;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The program panel (CodeMirror, from web/code-panel.js): shows the program, highlights the lines
 * of the selected boxes, selects the box of the line the person puts the cursor in, and copies or
 * downloads the program.
 */
final class CodePanel {
    /** A line number, callable from JavaScript. */
    @JSFunctor
    interface LineCallback extends JSObject {
        void line(int number);
    }

    /** Whether it worked, callable from JavaScript. */
    @JSFunctor
    interface DoneCallback extends JSObject {
        void done(boolean ok);
    }

    private final HTMLElement host;
    private final JSObject editor;
    private Page page;
    private List<String> owners = List.of();
    private Set<String> linkedPaths = Set.of();
    private List<String> linkedOwners = List.of();
    private boolean chosenInCode;

    CodePanel(HTMLElement host) {
        this.host = host;
        this.editor = create(host, this::lineChosen);
    }

    /** Shows a program and links its lines to the boxes they come from. */
    void show(Generated generated) {
        show(generated.code(), "ok", generated.lineOwners());
    }

    /** Shows a text that is no program (an empty patch, a failed one) in a state ({@code empty}, {@code failed}). */
    void showMessage(String text, String state) {
        show(text, state, List.of());
    }

    private void show(String text, String state, List<String> lineOwners) {
        owners = lineOwners;
        host.setAttribute("class", state);
        show(editor, text);
    }

    /** Links the panel to the page: the selection highlights lines, a line selects its box, and the buttons. */
    void link(Page page, HTMLDocument document) {
        this.page = page;
        page.onPaint(this::highlightSelection);
        HTMLElement status = (HTMLElement) document.querySelector("[data-role='code-status']");
        button(document, "copy-code").addEventListener("click", event -> copy(editor,
                ok -> status.setTextContent(ok ? "Copied" : "The browser did not allow copying")));
        button(document, "download-code").addEventListener("click", event -> {
            download(ProgramFile.nameFor(page.session().document().name()), text(editor));
            status.setTextContent("");
        });
    }

    private static HTMLElement button(HTMLDocument document, String action) {
        return (HTMLElement) document.querySelector("[data-action='" + action + "']");
    }

    /** After each paint: the lines of the selected boxes, scrolled to when the selection changed on the canvas. */
    private void highlightSelection() {
        PatchEditor patchEditor = page.session().editor();
        Set<String> paths = CodeLinks.pathsOf(patchEditor.levelPath(), patchEditor.state().selection().boxes());
        boolean chosen = chosenInCode;
        chosenInCode = false;
        if (paths.equals(linkedPaths) && owners == linkedOwners) {
            return;
        }
        boolean scroll = !paths.equals(linkedPaths) && !chosen;
        linkedPaths = paths;
        linkedOwners = owners;
        StringBuilder lines = new StringBuilder();
        for (int line : CodeLinks.linesOf(owners, paths)) {
            if (lines.length() > 0) {
                lines.append(',');
            }
            lines.append(line);
        }
        highlight(editor, lines.toString(), scroll);
    }

    /** The person put the cursor in a line: its box is selected and brought into view, none for a line of no box. */
    private void lineChosen(int line) {
        if (page == null) {
            return;
        }
        String owner = CodeLinks.ownerAt(owners, line);
        PatchEditor patchEditor = page.session().editor();
        if (owner == null || !patchEditor.reveal(owner)) {
            patchEditor.select(Selection.NONE);
        }
        chosenInCode = true;
        page.refresh();
    }

    @JSBody(params = {"host", "onLine"}, script = "return window.faustwireCodePanel.create(host, onLine);")
    private static native JSObject create(HTMLElement host, LineCallback onLine);

    @JSBody(params = {"panel", "text"}, script = "panel.show(text);")
    private static native void show(JSObject panel, String text);

    @JSBody(params = {"panel", "lines", "scroll"}, script = "panel.highlight(lines, scroll);")
    private static native void highlight(JSObject panel, String lines, boolean scroll);

    @JSBody(params = "panel", script = "return panel.text();")
    private static native String text(JSObject panel);

    @JSBody(params = {"panel", "done"}, script = "window.faustwireCodePanel.copy(panel.text(), done);")
    private static native void copy(JSObject panel, DoneCallback done);

    @JSBody(params = {"name", "text"}, script = "window.faustwireCodePanel.download(name, text);")
    private static native void download(String name, String text);
}
