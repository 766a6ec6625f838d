package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.core.diag.Code;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.export.ExportArtifact;
import dev.faustwire.server.export.ExportException;
import dev.faustwire.server.export.ExportJob;
import dev.faustwire.server.export.ExportNames;
import dev.faustwire.server.export.ExportService;
import dev.faustwire.server.export.ExportState;
import dev.faustwire.server.export.ExportTarget;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export routes: {@code GET /api/export/targets}; {@code POST /api/export/{target}} with a body as
 * {@code /api/compile}'s (and an optional {@code "name"}, the patch's name; else the stem of
 * {@code "path"}) answers the job, done at once for a text target (200) or queued (202);
 * {@code GET /api/export/jobs/{id}} its state and steps; {@code GET /api/export/jobs/{id}/file} the file.
 */
final class ExportHandlers {
    private ExportHandlers() {
    }

    /** Registers the routes on a service of every target; the service's build thread stops with the server. */
    static void register(Javalin app, ProgramRequest programs, CompileService compiles) {
        ExportService service = new ExportService(compiles);
        app.get("/api/export/targets", ctx -> targets(ctx, service));
        app.post("/api/export/{target}", ctx -> start(ctx, programs, service));
        app.get("/api/export/jobs/{id}", ctx -> job(ctx, service));
        app.get("/api/export/jobs/{id}/file", ctx -> file(ctx, service));
        app.events(events -> events.serverStopping(service::close));
    }

    static void targets(Context ctx, ExportService service) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ExportTarget target : service.targets()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", target.name());
            item.put("title", target.title());
            item.put("built", target.built());
            item.put("packages", target.debianPackages());
            list.add(item);
        }
        ctx.json(list);
    }

    static void start(Context ctx, ProgramRequest programs, ExportService service) throws Exception {
        String target = ctx.pathParam("target");
        if (service.target(target).isEmpty()) {
            unknownTarget(ctx, target, service);
            return;
        }
        JsonNode body = ProgramRequest.body(ctx);
        String patchName = patchName(body);
        ObjectNode named = ((ObjectNode) body.deepCopy()).put("name", ExportNames.programName(patchName));
        ExportJob job = programs.watched(ctx, ProgramRequest.COMPILE_DEADLINE, () -> {
            Program program = programs.program(named);
            return service.start(target, program, patchName);
        });
        ctx.header("Location", "/api/export/jobs/" + job.id());
        ctx.status(job.state().finished() ? 200 : 202).json(job.toJson());
    }

    static void job(Context ctx, ExportService service) {
        ExportJob job = service.job(ctx.pathParam("id")).orElse(null);
        if (job == null) {
            Problems.answer(ctx, 404, "no export job " + ctx.pathParam("id") + " (finished jobs are kept "
                    + ExportService.KEPT_FOR.toMinutes() + " minutes)");
            return;
        }
        ctx.json(job.toJson());
    }

    static void file(Context ctx, ExportService service) {
        ExportJob job = service.job(ctx.pathParam("id")).orElse(null);
        if (job == null) {
            Problems.answer(ctx, 404, "no export job " + ctx.pathParam("id"));
            return;
        }
        ExportArtifact artifact = job.artifact();
        if (job.state() != ExportState.DONE || artifact == null) {
            Problems.answer(ctx, 409, "the export is " + job.state().label() + ", so it has no file");
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + artifact.fileName() + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(artifact.mediaType()).result(artifact.bytes());
    }

    /** The patch's name: {@code "name"} when given, else the stem of {@code "path"}, else {@code main}. */
    private static String patchName(JsonNode body) {
        JsonNode name = body.get("name");
        if (name != null && !name.isNull()) {
            if (!name.isTextual()) {
                throw new BadRequestResponse("\"name\" is the patch's name, as text");
            }
            return name.textValue();
        }
        JsonNode path = body.get("path");
        if (path != null && !path.isNull() && !path.isTextual()) {
            throw new BadRequestResponse("\"path\" is the patch's path in the workspace, such as \"ifc/10-00.dsppat\"");
        }
        return ExportNames.stem(path == null || path.isNull() ? null : path.textValue());
    }

    private static void unknownTarget(Context ctx, String target, ExportService service) {
        ExportException e = new ExportException(ExportException.Kind.UNKNOWN_TARGET, "there is no export target \""
                + target + "\"; the targets are " + String.join(", ", service.targets().stream().map(ExportTarget::name).toList()), "");
        Map<String, Object> body = Problems.body(404, e.getMessage());
        body.put("code", Code.EXPORT_TARGET_UNKNOWN.id());
        Problems.answer(ctx, body);
    }
}
