package dev.faustwire.server.http;

import dev.faustwire.server.workspace.PatchPrecondition;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workspace over HTTP: {@code /api/patches} lists patches; {@code /api/patches/{path}} reads (GET, with ETag and
 * If-None-Match), writes (PUT, If-Match to replace) and deletes (DELETE, If-Match) one; {@code /api/history/{path}}
 * lists a patch's earlier versions and {@code ?version=} reads one.
 */
final class PatchHandlers {
    private static final String JSON = "application/json; charset=utf-8";

    private PatchHandlers() {
    }

    static void list(Context ctx, Workspace workspace) throws Exception {
        ctx.json(Map.of("patches", workspace.list()));
    }

    static void read(Context ctx, Workspace workspace) throws Exception {
        PatchPrecondition precondition = precondition(ctx);
        Workspace.Stored patch = workspace.load(ctx.pathParam("path"));
        ctx.header("ETag", patch.etag()).header("Cache-Control", "no-cache");
        if (precondition.notModified(patch.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
        } else {
            ctx.contentType(JSON).result(patch.bytes());
        }
    }

    static void save(Context ctx, Workspace workspace) throws Exception {
        String path = ctx.pathParam("path");
        workspace.resolveForWrite(path);
        PatchPrecondition precondition = precondition(ctx);
        Workspace.Saved saved = workspace.save(path, PatchBody.read(ctx), precondition);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", path);
        body.put("etag", saved.etag());
        if (saved.created()) {
            ctx.status(HttpStatus.CREATED).header("Location", location(path));
        }
        ctx.header("ETag", saved.etag()).json(body);
    }

    static void delete(Context ctx, Workspace workspace) throws Exception {
        workspace.delete(ctx.pathParam("path"), precondition(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The list of earlier versions, newest first; with {@code ?version=} the bytes of that version. */
    static void history(Context ctx, Workspace workspace) throws Exception {
        String path = ctx.pathParam("path");
        String version = ctx.queryParam("version");
        if (version == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("path", path);
            body.put("versions", workspace.versions(path));
            ctx.json(body);
        } else {
            Workspace.Stored stored = workspace.version(path, version);
            ctx.header("ETag", stored.etag()).contentType(JSON).result(stored.bytes());
        }
    }

    private static PatchPrecondition precondition(Context ctx) {
        return PatchPrecondition.of(header(ctx, "If-Match"), header(ctx, "If-None-Match"));
    }

    /** Every value of a header, joined as one list, as RFC 9110 allows; null when there is none. */
    private static String header(Context ctx, String name) {
        var values = ctx.req().getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        StringBuilder joined = new StringBuilder(values.nextElement());
        while (values.hasMoreElements()) {
            joined.append(", ").append(values.nextElement());
        }
        return joined.toString();
    }

    private static String location(String path) throws URISyntaxException {
        return new URI(null, null, "/api/patches/" + path, null).toASCIIString();
    }
}
