package dev.faustwire.server.http;

import dev.faustwire.server.compile.ServerBusyException;
import dev.faustwire.server.render.RenderException;
import dev.faustwire.server.render.WavException;
import dev.faustwire.server.workspace.WorkspaceConflict;
import dev.faustwire.server.workspace.WorkspaceException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every exception a handler may end with, mapped in this one place to an RFC 9457 problem document. */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void register(Javalin app) {
        app.exception(ServerBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            answer(ctx, 503, e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        app.exception(WorkspaceConflict.class, Problems::conflict);
        app.exception(WorkspaceException.class, (e, ctx) -> answer(ctx, status(e.kind()), e.getMessage()));
        app.exception(RenderException.class, (e, ctx) -> answer(ctx, status(e), e.getMessage()));
        app.exception(InvalidPatch.class, (e, ctx) -> {
            Map<String, Object> body = body(400, e.getMessage());
            body.put("diagnostics", e.json());
            answer(ctx, body);
        });
        app.exception(BadMessageException.class, (e, ctx) -> answer(ctx, e.getCode(), e.getReason()));
        app.exception(WavException.class, (e, ctx) -> answer(ctx, 400, "input: " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error");
        });
    }

    /** A 409 whose {@code currentEtag} tells the client which version to merge with. */
    private static void conflict(WorkspaceConflict e, Context ctx) {
        Map<String, Object> body = body(status(e.kind()), e.getMessage());
        body.put("currentEtag", e.currentEtag());
        answer(ctx, body);
    }

    /** The status of each way the workspace refuses a request. */
    static int status(WorkspaceException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case MISSING -> 404;
            case STALE -> 409;
            case CONDITION_FAILED -> 412;
            case CONDITION_REQUIRED -> 428;
            case NOT_TEXT -> 422;
            case CONFLICT -> 409;
        };
    }

    /** Bad settings are the request's fault (400); a program that cannot run is unprocessable (422). */
    static int status(RenderException e) {
        return switch (e.code()) {
            case BAD_DESCRIPTION, BAD_WASM, MISSING_IMPORT, WASM_TRAP, INTERRUPTED -> 422;
            default -> 400;
        };
    }

    /** Answers with an RFC 9457 problem document. */
    static void answer(Context ctx, int status, String detail) {
        answer(ctx, body(status, detail));
    }

    /** Answers with a problem document made by {@link #body} and given more fields. */
    static void answer(Context ctx, Map<String, Object> body) {
        ctx.status((Integer) body.get("status")).json(body).contentType("application/problem+json");
    }

    /** The fields of an RFC 9457 problem document, for callers that add their own. */
    static Map<String, Object> body(int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.forStatus(status).getMessage());
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
