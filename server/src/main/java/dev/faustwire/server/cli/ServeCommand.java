package dev.faustwire.server.cli;

import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.http.ServerApp;
import dev.faustwire.server.live.AdvertisedHost;
import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveOptions;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code faustwire serve [--port 7070] [--host 127.0.0.1] [--workspace DIR] [--token] [--osc-port 5510]}. */
final class ServeCommand {
    static final int DEFAULT_PORT = 7070;

    private ServeCommand() {
    }

    static int run(CliArgs args, PrintStream out) {
        args.allowOnly("port", "host", "workspace",
                "token",
                "osc-port");
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
        LiveAccess access = access(args.flag("token"), host);
        String advertised = AdvertisedHost.of(host);
        LiveOptions live = new LiveOptions(access, oscPort(args), advertised);
        Javalin app = ServerApp.create(workspace, new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)), live)
                .start(host, port);
        // the editor wants a secure context for its audio: 127.0.0.1 is one, a LAN address over http is not
        String editorHost = AdvertisedHost.listensEverywhere(host) ? "127.0.0.1" : host;
        out.println("Faustwire is serving " + workspace.root() + " at " + editorAddress(editorHost, app.port(), access));
        if (!editorHost.equals(advertised)) {
            out.println("Phones reach it at http://" + advertised + ":" + app.port() + "/ (the QR codes in the Remote section say where).");
        }
        out.println(tokenRule(access));
        out.println(oscRule(live.oscPort()));
        return 0;
    }

    /** {@code --osc-port P}: libOSCFaust's 5510 by default, 0 for no OSC. */
    static int oscPort(CliArgs args) {
        int port = args.intOption("osc-port", LiveOptions.DEFAULT_OSC_PORT);
        if (port < 0 || port > 65533) {
            throw new UsageException("--osc-port takes 0 (no OSC) or a UDP port up to 65533");
        }
        return port;
    }

    static String oscRule(int oscPort) {
        return oscPort == 0 ? "OSC is off (--osc-port 0)."
                : "OSC (as Faust's libOSCFaust): in port " + oscPort + " (or the next free one), replies to port "
                        + (oscPort + 1) + ", errors to " + (oscPort + 2) + "; Faust's HTTP scheme at /JSON.";
    }

    /**
     * A token is required whenever the server listens beyond loopback (this machine's clients may read it),
     * and from everyone with {@code --token}.
     */
    static LiveAccess access(boolean tokenFlag, String host) {
        if (tokenFlag) {
            return LiveAccess.withTokenFromEveryone(LiveAccess.newToken());
        }
        return AdvertisedHost.beyondLoopback(host) ? LiveAccess.withToken(LiveAccess.newToken()) : LiveAccess.open();
    }

    /** The editor's address, with the token when one is required (the page hands it on to the QR codes). */
    static String editorAddress(String host, int port, LiveAccess access) {
        return "http://" + host + ":" + port + "/" + (access.tokenRequired() ? "?token=" + access.token() : "");
    }

    /** What a person needs to know about remote control on start. */
    static String tokenRule(LiveAccess access) {
        return access.tokenRequired()
                ? "Remote control (phone pages, their sockets) needs the token: open the address above, and scan"
                        + " a patch's QR code in its Remote section. Without the token nothing is controlled."
                : "Remote control is open to this machine only (127.0.0.1); --host or --token makes it need a token.";
    }
}
