package dev.faustwire.server.http;

import dev.faustwire.server.compile.CodeProbe;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.WorkPool;
import dev.faustwire.server.live.LiveHub;
import dev.faustwire.server.live.LiveOptions;
import dev.faustwire.server.live.LiveRoutes;
import dev.faustwire.server.osc.FaustHttpScheme;
import dev.faustwire.server.osc.OscLauncher;
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

    /** Requests waiting for code generation; each costs a server thread while it waits. */
    static final int GENERATION_QUEUE = 64;

    private ServerApp() {
    }

    /** Unregisters the SIGTERM hook of a server stopped otherwise; during shutdown it is the hook that runs. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is what stopped the server.
        }
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
        return create(workspace, compiles, limits, LiveOptions.local());
    }

    /** The app with the live session reachable as the options say (token, OSC port, advertised host). */
    public static Javalin create(Workspace workspace, CompileService compiles, LiveOptions live) {
        return create(workspace, compiles, ClientLimits.DEFAULT, live);
    }

    /** Starts a server whose live session is reachable as the options say. */
    public static Javalin start(String host, int port, Path workspaceFolder, LiveOptions live) throws IOException {
        return create(new Workspace(workspaceFolder), new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)), live)
                .start(host, port);
    }

    static Javalin create(Workspace workspace, CompileService compiles, ClientLimits limits, LiveOptions live) {
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
        WorkPool generation = new WorkPool("faustwire-codegen", CompileService.DEFAULT_WORKERS, GENERATION_QUEUE,
                ProgramRequest.GENERATION_TIME);
        ClientWatch watch = new ClientWatch();
        ProgramRequest programs = new ProgramRequest(workspace, new CodeProbe(compiles), generation, watch);
        ContentSecurity.register(app);
        Routes.register(app, workspace, programs, compiles, new RenderService(compiles));
        Problems.register(app);
        LiveHub hub = new LiveHub();
        OscLauncher osc = new OscLauncher(hub, live);
        LiveRoutes.register(app, hub, live.access(), live, osc.portsKnown());
        FaustHttpScheme.register(app, hub, live.access());
        Thread onSigterm = new Thread(app::stop, "faustwire-shutdown");
        app.events(events -> {
            events.serverStarted(() -> Runtime.getRuntime().addShutdownHook(onSigterm));
            events.serverStopping(() -> {
                generation.close();
                compiles.close();
                watch.close();
                osc.close();
            });
            events.serverStopped(() -> removeHook(onSigterm));
            events.serverStarted(() -> osc.start(app));
        });
        return app;
    }
}
