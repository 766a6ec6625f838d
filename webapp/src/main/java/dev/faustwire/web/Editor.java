package dev.faustwire.web;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.edit.PatchEvent;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The open patch in the page: turns the model's events into a redrawn canvas, code and diagnostics. */
final class Editor {
    private final StdlibIndex stdlib;
    private final EditingModel model = new EditingModel(Patch.EMPTY);
    private final CanvasView canvas;
    private final HTMLElement code;
    private final HTMLElement diagnostics;
    private final HTMLElement title;
    private List<Diagnostic> readDiagnostics = new ArrayList<>();
    private String fileName = "untitled";

    Editor(StdlibIndex stdlib, CanvasView canvas, HTMLElement code, HTMLElement diagnostics, HTMLElement title) {
        this.stdlib = stdlib;
        this.canvas = canvas;
        this.code = code;
        this.diagnostics = diagnostics;
        this.title = title;
        model.addListener(event -> {
            if (event instanceof PatchEvent.HistoryChanged) {
                refresh();
            }
        });
    }

    Patch patch() {
        return model.patch();
    }

    /** Opens a patch file's text; a file that cannot be read leaves the open patch as it is. */
    void open(String name, String text) {
        ReadResult read = PatchReader.read(text);
        readDiagnostics = read.diagnostics();
        if (read.patch() == null) {
            showDiagnostics(name, readDiagnostics);
            return;
        }
        fileName = name;
        title.setTextContent(name);
        model.replace(read.patch());
    }

    void apply(Command command) {
        model.apply(command);
    }

    void undo() {
        model.undo();
    }

    void redo() {
        model.redo();
    }

    private void refresh() {
        CodegenResult result = Codegen.generate(model.patch(), stdlib);
        List<Diagnostic> all = new ArrayList<>(readDiagnostics);
        all.addAll(result.diagnostics());
        Set<String> inError = new TreeSet<>();
        for (Diagnostic d : all) {
            if (d.isError() && d.boxId() != null) {
                inError.add(d.boxId());
            }
        }
        canvas.render(model.patch(), inError);
        code.setTextContent(result.ok() ? result.code() : "// No program: see the problems below.\n");
        code.setAttribute("class", result.ok() ? "ok" : "failed");
        showDiagnostics(fileName, all);
    }

    private void showDiagnostics(String name, List<Diagnostic> list) {
        Dom.clear(diagnostics);
        for (Diagnostic d : list) {
            HTMLElement item = HTMLDocument.current().createElement("li");
            item.setAttribute("class", d.severity().label());
            if (d.target() != null) {
                item.setAttribute("data-box-id", d.target());
            }
            item.setTextContent(d.render(name));
            diagnostics.appendChild(item);
        }
    }
}
