package dev.faustwire.web;

import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.core.imports.ImportReport;
import dev.faustwire.core.imports.ImportRequest;

/**
 * A Gen file opened or dropped: sent to the server's importer, its patch opened as a new, unsaved
 * document named after the file, and its report shown. Nothing is written until the person saves.
 */
final class GenImports {
    private final Files files;
    private final Dialogs dialogs;
    private final ImportReportPanel report;

    GenImports(Files files, Dialogs dialogs, ImportReportPanel report) {
        this.files = files;
        this.dialogs = dialogs;
        this.report = report;
    }

    void importFile(String name, String text) {
        Http.send("POST", ImportRequest.ROUTE, ImportRequest.body(name, text), null, null, (status, etag, answerText) -> {
            if (status != 200 && status != 422) {
                dialogs.alert("Cannot import " + name + ": " + Problems.detail(answerText, status));
                return;
            }
            ImportAnswer answer;
            try {
                answer = ImportAnswer.read(answerText);
            } catch (IllegalArgumentException e) {
                dialogs.alert("Cannot import " + name + ": the server's answer cannot be read (" + e.getMessage() + ")");
                return;
            }
            if (answer.imported()) {
                files.openImported(answer);
            }
            report.show(ImportReport.of(answer));
        });
    }
}
