package dev.faustwire.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;

/** The workspace over HTTP: {@code /api/patches} lists patches, {@code /api/patches/{path}} reads one. */
final class PatchRoutes {
    private PatchRoutes() {
    }

    static void register(Javalin app, Workspace workspace) {
        app.get("/api/patches", ctx -> ctx.json(Map.of("patches", workspace.list())));
        app.get("/api/patches/<path>", ctx -> read(ctx, workspace));
    }

    private static void read(Context ctx, Workspace workspace) throws Exception {
        ctx.contentType("application/json; charset=utf-8").result(workspace.read(ctx.pathParam("path")));
    }
}
