package dev.faustwire.session;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Patch;
import dev.faustwire.session.complete.Completions;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live editing session of one open patch: the model and the editor over it, the program
 * generated again when the patch's meaning changes (not when a box only moves), the code-box
 * probes, the completion list, and the document it came from (name, workspace path, ETag, and
 * the patch as last saved, against which it is marked unsaved).
 */
public final class EditingSession {
    private final StdlibIndex stdlib;
    private final CodeArities arities = new CodeArities();
    private final CodeProbes probes = new CodeProbes(arities);
    private final LibraryPorts ports;
    private final EditingModel model = new EditingModel(Patch.EMPTY);
    private final PatchEditor editor;
    private final Completions completions;
    private List<Diagnostic> readDiagnostics = new ArrayList<>();
    private Document document = Document.untitled();
    private Patch generatedFor;
    private Generated generated;
    private CodegenResult lastResult;
    private Patch pathsFor;
    private List<dev.faustwire.codegen.ui.UiPaths.ControlPath> controlPaths = List.of();
    private Patch comparedPatch;
    private Patch comparedSaved;
    private boolean unsaved;
    private dev.faustwire.session.inspect.Inspector inspector;

    public EditingSession(StdlibIndex stdlib) {
        this.stdlib = stdlib;
        this.ports = new LibraryPorts(stdlib, arities);
        this.editor = new PatchEditor(model, ports);
        this.completions = new Completions(stdlib);
        editor.setIterationBodies(new IterationMembership(model, stdlib, arities));
    }

    public EditingModel model() {
        return model;
    }

    public PatchEditor editor() {
        return editor;
    }

    public Completions completions() {
        return completions;
    }

    public Document document() {
        return document;
    }

    /**
     * Opens a patch file's text as a document; a file that cannot be read leaves the open patch as
     * it is and returns its diagnostics (non-empty), else returns an empty list.
     */
    public List<Diagnostic> open(Document opened, String text) {
        ReadResult read = PatchReader.read(text);
        if (read.patch() == null) {
            return read.diagnostics();
        }
        readDiagnostics = read.diagnostics();
        open(opened.savedAs(read.patch()), read.patch());
        return List.of();
    }

    /** Opens a patch as a document (a new patch, a draft, a version from the history). */
    public void open(Document opened, Patch patch) {
        document = opened;
        ports.forget();
        generatedFor = null;
        editor.setErrors(Set.of()); // the marks of the patch that was open
        model.replace(patch);
        editor.reset();
    }

    /** The document was saved as this patch under a new ETag (and perhaps a new path). */
    public void saved(Document savedAs) {
        document = savedAs;
    }

    /** True when the patch differs from the one last saved or opened. */
    public boolean unsaved() {
        Patch patch = model.patch();
        Patch saved = document.saved();
        if (patch != comparedPatch || saved != comparedSaved) {
            // asked after every paint: the whole patch is compared only when it or the saved one changed
            comparedPatch = patch;
            comparedSaved = saved;
            unsaved = saved == null ? !patch.boxes().isEmpty() : patch != saved && !patch.equals(saved);
        }
        return unsaved;
    }

    /** The program and diagnostics of the current patch, generated again only when its meaning changed. */
    public Generated generated() {
        Patch patch = model.patch();
        if (generated != null && SameMeaning.of(generatedFor, patch)) {
            return generated;
        }
        CodegenResult result = Codegen.generate(patch, stdlib, arities);
        List<Diagnostic> all = new ArrayList<>(readDiagnostics);
        all.addAll(result.diagnostics());
        Set<String> inError = new TreeSet<>();
        for (Diagnostic d : all) {
            if (d.isError() && d.boxId() != null) {
                inError.add(d.boxId());
            }
        }
        generatedFor = patch;
        List<String> owners = new ArrayList<>();
        if (result.ok()) {
            for (int line = 1; line <= result.sourceMap().lineCount(); line++) {
                owners.add(result.sourceMap().boxAt(line));
            }
        }
        generated = new Generated(result.ok() ? result.code() : null, owners, all, inError);
        editor.setErrors(inError);
        lastResult = result;
        return generated;
    }

    /** The body of a compile request that would probe the patch's code boxes, or null when none is needed. */
    public String probeRequest() {
        generated();
        return probes.request(model.patch(), lastResult, document.path());
    }

    /**
     * Stores what the server probed for a request about {@code asked}. The arities join the last
     * edit of the history (the one that made the code box), or stay out of it, so that undo never
     * takes a step that shows nothing.
     */
    public void probeAnswered(Patch asked, String answer) {
        List<Command> stores = probes.answer(asked, answer);
        ports.forget();
        generatedFor = null;
        for (Command store : stores) {
            try {
                model.amend(store);
            } catch (IllegalArgumentException e) {
                // The box was removed while the server answered.
            }
        }
    }

    /** Where each control box of the patch sits in its program's UI; worked out again only when its meaning changed. */
    public List<dev.faustwire.codegen.ui.UiPaths.ControlPath> controlPaths() {
        Patch patch = model.patch();
        if (pathsFor == null || !SameMeaning.of(pathsFor, patch)) {
            pathsFor = patch;
            controlPaths = dev.faustwire.codegen.ControlPaths.of(patch, stdlib, arities);
        }
        return controlPaths;
    }

    /** The inspector of the boxes of this session's patch, with the ports the canvas draws. */
    public dev.faustwire.session.inspect.Inspector inspector() {
        if (inspector == null) {
            inspector = new dev.faustwire.session.inspect.Inspector(stdlib, ports);
        }
        return inspector;
    }
}
