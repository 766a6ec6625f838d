package dev.faustwire.server.cli;

import dev.faustwire.server.http.ServerApp;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code faustwire serve [--port 7070] [--host 127.0.0.1] [--workspace DIR]}. */
final class ServeCommand {
    static final int DEFAULT_PORT = 7070;

    private ServeCommand() {
    }

    static int run(CliArgs args, PrintStream out) {
        args.allowOnly("port", "host", "workspace");
        if (!args.positional().isEmpty()) {
            throw new UsageException("serve takes no file");
        }
        int port = args.intOption("port", DEFAULT_PORT);
        String host = args.option("host", "127.0.0.1");
        Workspace workspace;
        try {
            workspace = new Workspace(Path.of(args.option("workspace", "workspace")));
        } catch (IOException e) {
            throw new UsageException("cannot use the workspace folder: " + e.getMessage());
        }
        Javalin app = ServerApp.create(workspace).start(host, port);
        out.println("Faustwire is serving " + workspace.root() + " at http://" + host + ":" + app.port() + "/");
        return 0;
    }
}
