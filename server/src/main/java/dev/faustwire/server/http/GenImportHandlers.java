package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.core.model.Patch;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.server.workspace.Workspace;
import dev.faustwire.server.workspace.WorkspaceGenFiles;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/import-gen}: {@code {"name": "comb.gendsp", "text": "..."}} in, the imported patch, its
 * abstractions' patches and the compatibility report out ({@link ImportAnswer}): 200 when something was
 * imported, 422 (same body) when nothing could be. Abstractions and {@code require}d GenExpr files are read
 * from the workspace ({@link WorkspaceGenFiles}); nothing is written: the page saves what the person keeps. An
 * importer that stops on a file, or gives a patch that cannot be written, is a report (G072) and a log line, not a 500.
 */
final class GenImportHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(GenImportHandlers.class);
    private static final String JSON = "application/json; charset=utf-8";

    /** What imports a Gen file: {@code GenImport::run} (tests may give another, to show what a guard protects from). */
    interface Importer {
        GenImportResult run(String fileName, String text, GenFiles files);
    }

    private GenImportHandlers() {
    }

    static void importGen(Context ctx, Workspace workspace, Importer importer) {
        JsonNode body = JsonPolicy.object(GenImportRequest.bytes(ctx), "the body");
        String name = GenImportRequest.name(body.get("name"));
        String text = GenImportRequest.text(body.get("text"));
        WorkspaceGenFiles files = new WorkspaceGenFiles(workspace);
        ImportAnswer answer;
        String json;
        try {
            GenImportResult result = importer.run(name, text, files);
            List<Diagnostic> report = new ArrayList<>(result.report());
            report.addAll(files.notes());
            answer = ImportAnswer.of(name, result.patch(), result.files(), report);
            json = answer.write();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("importing {} failed", name, e);
            answer = ImportAnswer.of(name, null, Map.<String, Patch>of(), List.of(Diagnostic.atDocument(Code.GEN_IMPORT_STOPPED,
                    "the importer stopped on this file (" + e.getClass().getSimpleName() + "); nothing is imported."
                            + " Please report it with the file")));
            json = answer.write();
        }
        ctx.status(answer.imported() ? 200 : 422).contentType(JSON).result(json.getBytes(StandardCharsets.UTF_8));
    }
}
