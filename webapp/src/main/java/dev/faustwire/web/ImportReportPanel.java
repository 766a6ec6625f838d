package dev.faustwire.web;

import dev.faustwire.core.editor.Selection;
import dev.faustwire.core.imports.ImportReport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The report of the last Gen import ({@code data-role="import-report"}), over the canvas until closed:
 * the headline with the counts, and each problem with its code and box; a click on one selects its box.
 */
final class ImportReportPanel {
    private final Page page;
    private final HTMLElement panel;
    private final HTMLElement headline;
    private final HTMLElement problems;

    ImportReportPanel(Page page, HTMLElement panel) {
        this.page = page;
        this.panel = panel;
        this.headline = (HTMLElement) panel.querySelector("[data-role='import-headline']");
        this.problems = (HTMLElement) panel.querySelector("[data-role='import-problems']");
        panel.querySelector("[data-action='close-import-report']").addEventListener("click", event -> hide());
    }

    void show(ImportReport report) {
        headline.setTextContent(report.headline());
        panel.setAttribute("data-boxes", Integer.toString(report.boxes()));
        panel.setAttribute("data-errors", Integer.toString(report.errors()));
        panel.setAttribute("data-warnings", Integer.toString(report.warnings()));
        Dom.clear(problems);
        for (ImportReport.Item item : report.items()) {
            problems.appendChild(item(item));
        }
        panel.removeAttribute("hidden");
    }

    void hide() {
        panel.setAttribute("hidden", "");
    }

    private HTMLElement item(ImportReport.Item item) {
        HTMLElement li = HTMLDocument.current().createElement("li");
        li.setAttribute("class", item.severity() + (item.selectBoxId() != null ? " at-box" : ""));
        li.setAttribute("data-code", item.code());
        if (item.target() != null) {
            li.setAttribute("data-box-id", item.target());
        }
        li.setTextContent(item.text());
        String box = item.selectBoxId();
        if (box != null) {
            li.addEventListener("click", event -> {
                page.session().editor().select(Selection.ofBox(box));
                page.refresh();
            });
        }
        return li;
    }
}
