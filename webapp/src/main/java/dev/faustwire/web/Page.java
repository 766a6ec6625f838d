package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.PatchEvent;
import dev.faustwire.core.model.Patch;
import dev.faustwire.session.EditingSession;
import dev.faustwire.session.Generated;
import dev.faustwire.session.problems.ProblemText;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The open patch in the page: after every event it paints the scene, and when the patch changed
 * it shows the program and the problems, marks the title unsaved, and asks the server to probe
 * code boxes whose channels are unknown.
 */
final class Page {
    private final EditingSession session;
    private final SvgCanvas canvas;
    private final CodePanel code;
    private final HTMLElement problems;
    private final HTMLElement title;
    private Generated shown;
    private boolean patchChanged = true;
    private final List<Runnable> onPaint = new java.util.ArrayList<>();
    private final List<java.util.function.Consumer<String>> onProgram = new java.util.ArrayList<>();
    private boolean framePending;
    private final ProblemsPanel problemsPanel;
    private List<Diagnostic> presentationNotes = List.of();
    private List<Diagnostic> notesSeen = List.of();
    private List<Diagnostic> lastProblems = List.of();
    private String titleShown;
    private Runnable boxInfo = () -> { };
    private final Slots slots = new Slots();

    Page(EditingSession session, SvgCanvas canvas, CodePanel code, HTMLElement problems, HTMLElement title) {
        this.session = session;
        this.canvas = canvas;
        this.code = code;
        this.problems = problems;
        this.title = title;
        problemsPanel = new ProblemsPanel(problems, HTMLDocument.current().querySelector("[data-role='problem-count']"),
                session.editor(), this::refresh);
        session.model().addListener(event -> {
            if (!(event instanceof PatchEvent.HistoryChanged)) {
                patchChanged = true;
            }
        });
    }

    EditingSession session() {
        return session;
    }

    /** The page's playing DSPs: the editor's audition and the rack's. */
    Slots slots() {
        return slots;
    }

    /** Called after each paint (to remember the view, show the zoom...). */
    void onPaint(Runnable listener) {
        onPaint.add(listener);
    }

    /** Called with the generated program (null when the patch has none) each time the patch changed. */
    void onProgram(java.util.function.Consumer<String> listener) {
        onProgram.add(listener);
    }

    /** What Ctrl+J (box info) does: the inspector shows and takes the focus. */
    void onBoxInfo(Runnable show) {
        boxInfo = show;
    }

    void boxInfo() {
        boxInfo.run();
    }

    /** Redraws at the next animation frame, once however many events came before it. */
    void refreshSoon() {
        if (!framePending) {
            framePending = true;
            Dom.nextFrame(() -> {
                framePending = false;
                refresh();
            });
        }
    }

    /** Redraws now. */
    void refresh() {
        double start = Dom.now();
        boolean gesture = !(session.editor().state().gesture() instanceof dev.faustwire.core.editor.Gesture.Idle);
        if (patchChanged) {
            patchChanged = false;
            showProgram();
        }
        if (session.editor().presentationRefused() != notesSeen) {
            notesSeen = session.editor().presentationRefused();
            presentationNotes = notesSeen;
            showProblems(lastProblems);
        }
        canvas.paint(session.editor().scene());
        showTitle();
        for (Runnable listener : onPaint) {
            listener.run();
        }
        if (gesture) {
            Timings.frame(Dom.now() - start);
        }
    }

    private void showProgram() {
        Generated generated = session.generated();
        if (generated != shown) {
            shown = generated;
            presentationNotes = List.of();
            if (session.model().patch().boxes().isEmpty()) {
                code.showMessage("// An empty patch: double-click the canvas, or press n over it, to add a box.\n", "empty");
                showProblems(List.of());
            } else {
                if (generated.ok()) {
                    code.show(generated);
                } else {
                    code.showMessage("// No program: see the problems below.\n", "failed");
                }
                showProblems(generated.diagnostics());
            }
        }
        for (java.util.function.Consumer<String> listener : onProgram) {
            listener.accept(generated.ok() ? generated.code() : null);
        }
        String probe = session.probeRequest();
        if (probe != null) {
            Patch asked = session.model().patch();
            Http.post("/api/compile", probe, new Http.Answer() {
                @Override
                public void ok(String text) {
                    session.probeAnswered(asked, text);
                    patchChanged = true;
                    refresh();
                }

                @Override
                public void failed(String message) {
                    // The code box keeps its E022, which says what to do without the server.
                }
            });
        }
    }

    private void showTitle() {
        String name = session.document().name();
        String text = session.unsaved() ? name + " •" : name;
        if (!text.equals(title.getTextContent())) {
            title.setTextContent(text);
            title.setAttribute("data-unsaved", session.unsaved() ? "true" : "false");
        }
        String pageTitle = ProblemText.title(name, session.unsaved(), problemsPanel.shown());
        if (!pageTitle.equals(titleShown)) {
            titleShown = pageTitle;
            Dom.setTitle(pageTitle);
        }
    }

    /** Shows the problems of the open patch (and the boxes the last "Add to presentation" left out). */
    void showProblems(List<Diagnostic> list) {
        lastProblems = list;
        List<Diagnostic> all = new java.util.ArrayList<>(list);
        all.addAll(presentationNotes);
        problemsPanel.show(all, session.model().patch());
        titleShown = null;
    }

    /** Shows the problems of reading a file the page could not open (the open patch stays). */
    void showReadProblems(List<Diagnostic> list) {
        problemsPanel.show(list, null);
        titleShown = null;
        showTitle();
    }

    /**
     * Marks the boxes of a compile for sound that failed, beside those of code generation, and lists
     * its problems; the next change of the program clears them.
     */
    void showCompileFailure(List<Diagnostic> failure) {
        Generated generated = session.generated();
        List<Diagnostic> all = new java.util.ArrayList<>(generated.diagnostics());
        all.addAll(failure);
        java.util.Set<String> boxes = new java.util.TreeSet<>(generated.boxesInError());
        for (Diagnostic d : failure) {
            if (d.isError() && d.boxId() != null) {
                boxes.add(d.boxId());
            }
        }
        session.editor().setErrors(boxes);
        showProblems(all);
        canvas.paint(session.editor().scene());
    }

    /** Shows a patch just opened: it is painted at once, and its program follows a frame later. */
    void patchReplaced() {
        shown = null;
        patchChanged = false;
        canvas.paint(session.editor().scene()); // the patch first, its program at the next frame
        showTitle();
        Timings.openPainted();
        patchChanged = true;
        refreshSoon();
    }
}
