package dev.faustwire.web;

import dev.faustwire.codegen.Pipeline;
import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** The browser entry point: finds the page's elements and wires DOM events to the editor. */
public final class EditorMain {
    /** Where the server serves the stdlib index. */
    private static final String STDLIB_INDEX = "/stdlib-index.json";

    private EditorMain() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        Http.get(STDLIB_INDEX, new Http.Answer() {
            @Override
            public void ok(String text) {
                start(document, IndexFormat.read(text));
            }

            @Override
            public void failed(String message) {
                HTMLElement code = document.getElementById("code");
                code.setAttribute("class", "failed");
                code.setTextContent("The editor cannot start without the Faust library index (" + message + ").");
            }
        });
    }

    /** Wires the page once the library index is here: every box's arity depends on it. */
    private static void start(HTMLDocument document, StdlibIndex stdlib) {
        Editor editor = new Editor(stdlib, new CanvasView(document.getElementById("canvas"), stdlib),
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
            Dom.readChosenFile(event, text -> editor.open(name, text, null));
        });
        Workspace workspace = new Workspace(editor, document.getElementById("workspace"));
        workspace.load();
        Dom.StringFunction2 report = (name, text) -> Pipeline.report(name, text, stdlib);
        Dom.export("report", report);
        Dom.StringCallback open = workspace::open;
        Dom.export("open", open);
        BrowserBenchmark benchmark = new BrowserBenchmark(stdlib);
        Dom.IntObjectFunction2 runBenchmark = benchmark::run;
        Dom.export("benchmark", runBenchmark);
        Dom.IntStringFunction2 syntheticCode = benchmark::code;
        Dom.export("syntheticCode", syntheticCode);
    }
}
