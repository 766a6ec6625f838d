package dev.faustwire.server.http;

import dev.faustwire.server.compile.CodeProbe;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;

/** The Javalin app: its settings, the services it serves, {@link Routes} and {@link Problems}. */
public final class ServerApp {
    /** Largest request body: a render may carry a few minutes of input audio in base64. */
    static final long MAX_REQUEST_BYTES = 64L << 20;

    private ServerApp() {
    }

    /** Starts a server on a workspace folder; port 0 picks a free port ({@code app.port()} tells it). */
    public static Javalin start(String host, int port, Path workspaceFolder) throws IOException {
        return create(new Workspace(workspaceFolder)).start(host, port);
    }

    /** The app on a workspace with a compile service of the default size. */
    public static Javalin create(Workspace workspace) {
        return create(workspace, new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)));
    }

    /** The app on a workspace and a compile service, which it closes when it stops. */
    public static Javalin create(Workspace workspace, CompileService compiles) {
        return create(workspace, compiles, ClientLimits.DEFAULT);
    }

    /** The app with the given limits on what one client may hold (tests change them). */
    static Javalin create(Workspace workspace, CompileService compiles, ClientLimits limits) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            limits.applyTo(config.jetty);
            if (ServerApp.class.getResource("/web/index.html") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                });
            }
        });
        ProgramRequest programs = new ProgramRequest(workspace, new CodeProbe(compiles));
        Routes.register(app, workspace, programs, compiles, new RenderService(compiles));
        Problems.register(app);
        app.events(events -> events.serverStopped(compiles::close));
        return app;
    }
}
