package dev.faustwire.web;

import dev.faustwire.session.audition.CompileFailure;
import dev.faustwire.session.export.ExportChoice;
import dev.faustwire.session.export.ExportJobView;
import dev.faustwire.session.export.ExportRequests;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Export menu (the File bar's "Export…"): a dialog listing the server's targets; a text target's
 * file downloads at once, a built target's job shows its steps as the server reports them, then a
 * download link; a failure shows in the dialog, and its diagnostics in Problems with their codes.
 */
final class ExportMenu {
    /** How often a running build's state is asked for. */
    static final int POLL_MS = 400;

    private final Page page;
    private final HTMLElement dialog;
    private final HTMLElement list;
    private final HTMLElement steps;
    private final HTMLElement status;
    private final HTMLElement error;
    private final HTMLElement link;
    private List<ExportChoice> choices;
    /** Counts exports, so the poll of an earlier one stops when another starts. */
    private int current;

    private ExportMenu(Page page, HTMLElement dialog) {
        this.page = page;
        this.dialog = dialog;
        this.list = (HTMLElement) dialog.querySelector("[data-role='export-targets']");
        this.steps = (HTMLElement) dialog.querySelector("[data-role='export-steps']");
        this.status = (HTMLElement) dialog.querySelector("[data-role='export-status']");
        this.error = (HTMLElement) dialog.querySelector("[data-role='export-error']");
        this.link = (HTMLElement) dialog.querySelector("[data-role='export-download']");
    }

    static void install(HTMLDocument document, Page page) {
        HTMLElement dialog = Elements.element("dialog", "export");
        dialog.setAttribute("data-role", "export-dialog");
        dialog.setAttribute("aria-labelledby", "export-title");
        Dom.setInnerMarkup(dialog, "<h2 id=\"export-title\">Export</h2>"
                + "<p class=\"note\">Take the patch out: its Faust program, C++, a web page, or a plugin or application"
                + " built on the server for a host.</p>"
                + "<ul data-role=\"export-targets\" class=\"export-targets\" aria-label=\"Export targets\"></ul>"
                + "<ol data-role=\"export-steps\" class=\"export-steps\" aria-label=\"Export steps\"></ol>"
                + "<p data-role=\"export-status\" class=\"export-status\" role=\"status\" aria-live=\"polite\"></p>"
                + "<pre data-role=\"export-error\" class=\"export-error\" role=\"alert\" hidden></pre>"
                + "<p><a data-role=\"export-download\" class=\"export-download\" hidden>Download</a></p>"
                + "<div class=\"buttons\"><button data-action=\"close-export\">Close</button></div>");
        document.getBody().appendChild(dialog);
        ExportMenu menu = new ExportMenu(page, dialog);
        ((HTMLElement) document.querySelector("[data-role='export']")).addEventListener("click", e -> menu.open());
        ((HTMLElement) dialog.querySelector("[data-action='close-export']"))
                .addEventListener("click", e -> Dom.closeDialog(dialog));
    }

    private void open() {
        Dom.showModal(dialog);
        if (choices != null && !choices.isEmpty()) {
            return;
        }
        status.setTextContent("Asking the server for its targets…");
        Http.send("GET", "/api/export/targets", null, null, null, (code, etag, text) -> {
            choices = code == 200 ? ExportChoice.read(text) : List.of();
            status.setTextContent(choices.isEmpty() ? "The server offers no export (" + Problems.detail(text, code) + ")." : "");
            fill();
        });
    }

    private void fill() {
        Dom.clear(list);
        for (ExportChoice choice : choices) {
            HTMLElement item = Elements.element("li", "export-target");
            HTMLElement button = Elements.text("button", "", choice.title());
            button.setAttribute("data-action", "export-target");
            button.setAttribute("data-target", choice.name());
            button.setAttribute("title", choice.note());
            button.addEventListener("click", e -> export(choice));
            item.appendChild(button);
            item.appendChild(Elements.text("span", "note", choice.note()));
            list.appendChild(item);
        }
    }

    private void export(ExportChoice choice) {
        int export = ++current;
        Dom.clear(steps);
        error.setAttribute("hidden", "");
        error.setTextContent("");
        link.setAttribute("hidden", "");
        if (page.session().model().patch().boxes().isEmpty()) {
            status.setTextContent("The patch is empty: add boxes before exporting it.");
            return;
        }
        status.setTextContent("Exporting: " + choice.title() + "…");
        dialog.setAttribute("data-state", "running");
        String body = ExportRequests.body(page.session().model().patch(), page.session().document().path(),
                page.session().document().name());
        Http.send("POST", ExportRequests.url(choice), body, null, null,
                (code, etag, text) -> answered(export, choice, code, text));
    }

    private void answered(int export, ExportChoice choice, int code, String text) {
        if (export != current) {
            return;
        }
        ExportJobView job = ExportJobView.read(text);
        if (job == null) {
            String refusal = ExportJobView.refusal(text);
            failed(refusal != null ? refusal : "The server did not export the patch: " + Problems.detail(text, code));
            return;
        }
        showSteps(job);
        if (job.done()) {
            status.setTextContent("Ready: " + job.fileName());
            dialog.setAttribute("data-state", "done");
            link.setAttribute("href", job.file());
            link.setAttribute("download", job.fileName());
            link.setTextContent("Download " + job.fileName());
            link.removeAttribute("hidden");
            if (!choice.built()) {
                click(link);
            }
        } else if (job.failed()) {
            failed(job.problem());
            page.showCompileFailure(CompileFailure.read(text));
        } else {
            status.setTextContent((job.state().equals("queued") ? "Waiting for the build thread: " : "Building: ")
                    + choice.title() + "…");
            later(() -> Http.send("GET", job.url(), null, null, null, (c, e, t) -> answered(export, choice, c, t)), POLL_MS);
        }
    }

    private void showSteps(ExportJobView job) {
        Dom.clear(steps);
        for (String step : job.steps()) {
            steps.appendChild(Elements.text("li", "", step));
        }
    }

    private void failed(String problem) {
        status.setTextContent("The export failed.");
        dialog.setAttribute("data-state", "failed");
        error.setTextContent(problem);
        error.removeAttribute("hidden");
    }

    @JSBody(params = "element", script = "element.click();")
    private static native void click(JSObject element);

    @JSBody(params = {"f", "ms"}, script = "setTimeout(function() { f(); }, ms);")
    private static native void later(Dom.Callback f, int ms);
}
