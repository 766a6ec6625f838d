package dev.faustwire.web;

import dev.faustwire.codegen.Pipeline;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** The browser entry point: finds the page's elements and wires DOM events to the editor. */
public final class EditorMain {
    private EditorMain() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        Editor editor = new Editor(new CanvasView(document.getElementById("canvas")),
                document.getElementById("code"), document.getElementById("diagnostics"),
                document.getElementById("patch-name"));
        TextEditing textEditing = new TextEditing(editor, (HTMLInputElement) document.getElementById("box-text"));
        HTMLElement canvasArea = document.getElementById("canvas-area");
        canvasArea.addEventListener("dblclick", event -> {
            String boxId = Dom.boxIdOf(event);
            if (boxId != null) {
                event.preventDefault();
                textEditing.begin(boxId);
            }
        });
        document.addEventListener("keydown", event -> {
            KeyboardEvent key = (KeyboardEvent) event;
            if (Dom.isTyping(event) || !(key.isCtrlKey() || key.isMetaKey())) {
                return;
            }
            String k = key.getKey().toLowerCase();
            if (k.equals("z")) {
                event.preventDefault();
                if (key.isShiftKey()) {
                    editor.redo();
                } else {
                    editor.undo();
                }
            } else if (k.equals("y")) {
                event.preventDefault();
                editor.redo();
            }
        });
        document.getElementById("file-picker").addEventListener("change", event -> {
            String name = Dom.chosenFileName(event);
            Dom.readChosenFile(event, text -> editor.open(name, text));
        });
        Workspace workspace = new Workspace(editor, document.getElementById("workspace"));
        workspace.load();
        Dom.StringFunction2 report = Pipeline::report;
        Dom.export("report", report);
        Dom.StringCallback open = workspace::open;
        Dom.export("open", open);
    }
}
