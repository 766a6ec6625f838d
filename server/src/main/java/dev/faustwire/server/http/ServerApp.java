package dev.faustwire.server.http;

import dev.faustwire.server.workspace.Workspace;
import dev.faustwire.server.workspace.WorkspaceException;
import dev.faustwire.server.compile.CodeProbe;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.ServerBusyException;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.stdlib.jvm.BundledIndex;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Javalin app: every route is registered here; handlers are small methods below. */
public final class ServerApp {
    private static final Logger LOG = LoggerFactory.getLogger(ServerApp.class);
    private ServerApp() {
    }

    /** Largest request body: a render may carry a few minutes of input audio in base64. */
    static final long MAX_REQUEST_BYTES = 64L << 20;

    /** Starts a server on a workspace folder; port 0 picks a free port ({@code app.port()} tells it). */
    public static Javalin start(String host, int port, Path workspaceFolder) throws IOException {
        return create(new Workspace(workspaceFolder)).start(host, port);
    }

    public static Javalin create(Workspace workspace) {
        return create(workspace, new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    /** The app on a workspace and a compile service, which it closes when it stops. */
    public static Javalin create(Workspace workspace, CompileService compiles) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            if (ServerApp.class.getResource("/web/index.html") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                });
            }
        });
        String stdlibIndex = BundledIndex.text();
        app.get("/stdlib-index.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(stdlibIndex));
        app.get("/api/lib", ctx -> ctx.json(LibrarySearch.answer(BundledIndex.get(), ctx.queryParam("q"))));
        PatchRoutes.register(app, workspace);
        ProgramRequest programs = new ProgramRequest(workspace, new CodeProbe(compiles));
        CompileRoutes.register(app, programs, compiles);
        RenderRoutes.register(app, programs, new RenderService(compiles));
        app.events(events -> events.serverStopped(compiles::close));
        app.exception(ServerBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            problem(ctx, 503, e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), e.getMessage()));
        app.exception(WorkspaceException.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, 500, "internal error");
        });
        return app;
    }

    /** Answers with an RFC 9457 problem document. */
    static void problem(Context ctx, int status, String detail) {
        problem(ctx, problemBody(status, detail));
    }

    /** Answers with a problem document made by {@link #problemBody} and given more fields. */
    static void problem(Context ctx, Map<String, Object> body) {
        ctx.status((Integer) body.get("status")).json(body).contentType("application/problem+json");
    }

    /** The fields of an RFC 9457 problem document, for callers that add their own. */
    static Map<String, Object> problemBody(int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.forStatus(status).getMessage());
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
