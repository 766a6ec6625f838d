package dev.faustwire.server;

import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.http.ServerApp;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;

/** The server as the end-to-end tests start it: a thin facade over {@link ServerApp}. */
public final class FaustwireServer {
    private FaustwireServer() {
    }

    /** Starts a server on a workspace folder; port 0 picks a free port ({@code app.port()} tells it). */
    public static Javalin start(String host, int port, Path workspaceFolder) throws IOException {
        return ServerApp.start(host, port, workspaceFolder);
    }

    /** Starts a server whose live session is reachable as the options say (a token, an OSC port). */
    public static Javalin start(String host, int port, Path workspaceFolder, dev.faustwire.server.live.LiveOptions live)
            throws IOException {
        return ServerApp.start(host, port, workspaceFolder, live);
    }

    /** The app on a workspace and a compile service, not yet started (for the server's own tests). */
    static Javalin create(Workspace workspace, CompileService compiles) {
        return ServerApp.create(workspace, compiles);
    }
}
