package dev.faustwire.server.http;

import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.workspace.Workspace;
import dev.faustwire.stdlib.jvm.BundledIndex;
import io.javalin.Javalin;

/** The route table: every route the server answers, each handed to a small static handler. */
final class Routes {
    private Routes() {
    }

    static void register(Javalin app, Workspace workspace, ProgramRequest programs, CompileService compiles,
            RenderService renders) {
        String stdlibIndex = BundledIndex.text();
        app.get("/stdlib-index.json", ctx -> LibraryHandlers.index(ctx, stdlibIndex));
        app.get("/api/lib", LibraryHandlers::search);
        app.get("/api/patches", ctx -> PatchHandlers.list(ctx, workspace));
        app.get("/api/patches/<path>", ctx -> PatchHandlers.read(ctx, workspace));
        app.put("/api/patches/<path>", ctx -> PatchHandlers.save(ctx, workspace));
        app.delete("/api/patches/<path>", ctx -> PatchHandlers.delete(ctx, workspace));
        app.get("/api/history/<path>", ctx -> PatchHandlers.history(ctx, workspace));
        app.post("/api/compile", ctx -> CompileHandlers.compile(ctx, programs, compiles));
        app.post("/api/render", ctx -> RenderHandlers.render(ctx, programs, renders));
        ExportHandlers.register(app, programs, compiles); // export (issue 19)
        app.post("/api/import-gen", ctx -> GenImportHandlers.importGen(ctx, workspace, dev.faustwire.gen.GenImport::run));
        dev.faustwire.server.workspace.Snapshots snapshots = new dev.faustwire.server.workspace.Snapshots(workspace); // SNAP
        app.get("/api/snapshots", ctx -> SnapshotHandlers.list(ctx, snapshots));
        app.get("/api/snapshots/<name>", ctx -> SnapshotHandlers.read(ctx, snapshots));
        app.put("/api/snapshots/<name>", ctx -> SnapshotHandlers.save(ctx, snapshots));
        app.delete("/api/snapshots/<name>", ctx -> SnapshotHandlers.delete(ctx, snapshots));
        DiagramHandlers.register(app, programs); // diagram (issue 19)
    }
}
