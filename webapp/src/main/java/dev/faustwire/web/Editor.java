package dev.faustwire.web;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.edit.Ids;
import dev.faustwire.core.edit.PatchEvent;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The open patch in the page: turns the model's events into a redrawn canvas, code and diagnostics.
 * When a code box's inputs and outputs are unknown (E022), it asks the server once per patch state,
 * which probes them with the real compiler, and stores the answer in the box.
 */
final class Editor {
    private final StdlibIndex stdlib;
    private final EditingModel model = new EditingModel(Patch.EMPTY);
    private final CanvasView canvas;
    private final HTMLElement code;
    private final HTMLElement diagnostics;
    private final HTMLElement title;
    private final CodeArities arities = new CodeArities();
    private List<Diagnostic> readDiagnostics = new ArrayList<>();
    private String fileName = "untitled";
    /** The patch's path in the server's workspace, or null for a file from elsewhere. */
    private String workspacePath;
    /** The patch a probe was asked for last, so that the same state is never asked twice. */
    private Patch probed;

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

    /**
     * Opens a patch file's text; a file that cannot be read leaves the open patch as it is.
     * {@code path} is its path in the workspace, from which sub-patcher files are found, or null.
     */
    void open(String name, String text, String path) {
        ReadResult read = PatchReader.read(text);
        readDiagnostics = read.diagnostics();
        if (read.patch() == null) {
            showDiagnostics(name, readDiagnostics);
            return;
        }
        fileName = name;
        workspacePath = path;
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
        CodegenResult result = Codegen.generate(model.patch(), stdlib, arities);
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
        if (hasUnknownArity(result.diagnostics()) && !model.patch().equals(probed)) {
            probe();
        }
    }

    private static boolean hasUnknownArity(List<Diagnostic> found) {
        for (Diagnostic d : found) {
            if (d.code() == Code.CODE_ARITY_UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /** Sends the patch to the server's compile, which probes the code boxes, and stores what it answers. */
    private void probe() {
        Patch asked = model.patch();
        probed = asked;
        String body = "{\"patch\": " + PatchWriter.write(asked)
                + (workspacePath == null ? "" : ", \"path\": " + JsonWriter.write(new JsonString(workspacePath))) + "}";
        Http.post("/api/compile", body, new Http.Answer() {
            @Override
            public void ok(String text) {
                store(asked, text);
            }

            @Override
            public void failed(String message) {
                // The code box keeps its E022, which says what to do without the server.
            }
        });
    }

    /**
     * Learns the probed arities by code text, then stores them in the boxes that are still there. A
     * code box the server could not probe has its compile error (E016) in the answer: that is learnt
     * too, so the box shows why instead of E022.
     */
    private void store(Patch asked, String answer) {
        if (!(JsonParser.parse(answer).value() instanceof JsonObject json)
                || !(json.get("probes") instanceof JsonObject probes)) {
            return;
        }
        if (json.get("diagnostics") instanceof JsonArray found) {
            for (JsonValue item : found.items()) {
                if (item instanceof JsonObject d && d.get("boxId") instanceof JsonString boxId
                        && new JsonString(Code.COMPILE_ERROR.id()).equals(d.get("code"))
                        && probes.get(boxId.value()) == null && d.get("message") instanceof JsonString message) {
                    String faust = codeOf(boxAt(asked, boxId.value()));
                    if (faust != null) {
                        arities.learnProblem(faust, message.value());
                    }
                }
            }
        }
        List<Command> stores = new ArrayList<>();
        for (Map.Entry<String, JsonValue> probe : probes.fields().entrySet()) {
            String faust = codeOf(boxAt(asked, probe.getKey()));
            if (faust == null || !(probe.getValue() instanceof JsonObject counts)
                    || !(counts.get("inputs") instanceof JsonNumber inputs)
                    || !(counts.get("outputs") instanceof JsonNumber outputs) || !inputs.isInt() || !outputs.isInt()) {
                continue;
            }
            int in = (int) inputs.doubleValue();
            int out = (int) outputs.doubleValue();
            arities.learn(faust, in, out);
            stores.add(new Command.StoreArity(probe.getKey(), in, out));
        }
        boolean changed = false;
        for (Command store : stores) {
            try {
                changed |= !model.apply(store).isEmpty();
            } catch (IllegalArgumentException e) {
                // The box was removed while the server answered.
            }
        }
        if (!changed) {
            refresh(); // an applied edit has redrawn already; otherwise show what was learnt
        }
    }

    /** The Faust text of a code box, or null for any other box. */
    private static String codeOf(Box box) {
        return box != null && box.data() instanceof JsonObject data && data.get("value") instanceof JsonString faust
                ? faust.value() : null;
    }

    /** The box a path names ({@code box-9/box-7} inside the embedded sub-patcher box-9), or null. */
    private static Box boxAt(Patch patch, String path) {
        Box box = null;
        for (String id : Ids.path(path)) {
            Patch level = box == null ? patch : box.subpatch();
            box = level == null ? null : level.box(id);
            if (box == null) {
                return null;
            }
        }
        return box;
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
