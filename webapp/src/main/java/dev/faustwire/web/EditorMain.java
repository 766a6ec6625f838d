package dev.faustwire.web;

import dev.faustwire.codegen.Pipeline;
import dev.faustwire.session.EditingSession;
import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/** The browser entry point: finds the page's elements and wires them to the editing session. */
public final class EditorMain {
    /** Where the server serves the stdlib index. */
    private static final String STDLIB_INDEX = "/stdlib-index.json";

    private EditorMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("remote")) {
            RemoteMain.start();
            return;
        }
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
        EditingSession session = new EditingSession(stdlib);
        HTMLElement svgElement = document.getElementById("canvas");
        SvgCanvas canvas = new SvgCanvas(svgElement);
        CodePanel codePanel = new CodePanel(document.getElementById("code"));
        Page page = new Page(session, canvas, codePanel, document.getElementById("diagnostics"),
                document.getElementById("patch-name"));
        BoxField field = new BoxField((HTMLInputElement) document.getElementById("box-text"),
                (HTMLTextAreaElement) document.getElementById("note-text"), document.getElementById("completions"),
                session.completions(), (text, typed) -> {
                    session.editor().commitText(text, typed);
                    page.refresh();
                });
        Dialogs dialogs = new Dialogs(document.getElementById("dialog"));
        ViewMemory views = new ViewMemory(session.editor());
        WorkspaceList list = new WorkspaceList(document.getElementById("workspace"));
        Files files = new Files(page, list, dialogs, views);
        list.onOpen(files::open);
        History history = new History(session, files, document.getElementById("history"));
        Drafts drafts = new Drafts(session, files, document.getElementById("draft"));
        files.afterSave(drafts::keep);
        new CanvasEvents(page, field, svgElement, as -> {
            if (as) {
                files.saveAs();
            } else {
                files.save();
            }
        }).install();
        Toolbar.install(document, page, files, history);
        Sound sound = Sound.install(document, page);
        Viewport.track(document.getElementById("canvas-area"), session.editor(), page, views);
        ImportReportPanel importReport = new ImportReportPanel(page, document.getElementById("import-report"));
        files.onOpened(importReport::hide);
        FileDrop.install(document, files, new GenImports(files, dialogs, importReport), dialogs);
        list.reload(null);
        drafts.start();
        page.patchReplaced();
        Dom.StringFunction2 report = (name, text) -> Pipeline.report(name, text, stdlib);
        Dom.export("report", report);
        Dom.StringCallback open = files::open;
        Dom.export("open", open);
        BrowserBenchmark benchmark = new BrowserBenchmark(stdlib);
        Dom.IntObjectFunction2 runBenchmark = benchmark::run;
        Dom.export("benchmark", runBenchmark);
        Dom.StringFunction2 timings = (a, b) -> Timings.takeJson();
        Dom.export("timings", timings);
        Dom.IntStringFunction2 syntheticCode = benchmark::code;
        Dom.export("syntheticCode", syntheticCode);
        new Subpatchers(page, files, dialogs, field, document.getElementById("breadcrumbs")).install(svgElement);
        codePanel.link(page, document);
        PresentationToggle.install(document, page);
        ProblemTip.install(svgElement, document.getElementById("canvas-area"));
        OutlineView outline = new OutlineView(page, field, document.getElementById("outline"));
        outline.setConnectDialog(new ConnectDialog(page, outline, document.querySelector("[data-role='connect']")));
        page.onPaint(outline::sync);
        InspectorPanel inspector = new InspectorPanel(page, document.getElementById("inspector"));
        page.onPaint(inspector::update);
        page.onBoxInfo(inspector::showAndFocus);
        new PortHover(session, svgElement, document.getElementById("canvas-area"));
        // RACK (issue 18): the running slots beside the editor's, their routing, and the audio settings
        Rack rack = Rack.install(document, page, sound, files);
        AudioSettingsPanel.install(document, rack);
        // LIVE (issue 18): the link to the server's live hub, and the Remote section showing where phones go
        LiveLink live = new LiveLink(page.slots());
        page.slots().listen(live);
        new RemotePanel((HTMLElement) document.querySelector("[data-role='remote']"), live);
        // SNAP (issue 18): snapshots in the workspace, presets and morph per slot, the last session restored
        SnapshotRecall recall = new SnapshotRecall(rack, page.slots());
        SnapshotsPanel.install(document, rack, recall);
        PresetBars.install(document, rack, page.slots());
        LastSession.install(rack, page.slots(), recall);
        // export (issue 19): the Export menu, its build jobs' progress and their files
        ExportMenu.install(document, page);
        // diagram (issue 19)
        DiagramView.install(document, page);
    }
}
