package dev.faustwire.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live session's routes (docs/live.md): the editor pages' socket, the phones' socket and page,
 * the QR code of a phone page's address and what the editor needs to show it. With a token required,
 * nothing here answers without it (sockets are refused before the upgrade, with 403).
 */
public final class LiveRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRoutes.class);
    /** Largest message either side may send: a dropped file or a big DSP's JSON fits. */
    static final int MAX_MESSAGE_BYTES = 4 << 20;
    static final int REMOTES_PER_SLOT = 64;
    static final int SOCKETS_PER_ADDRESS = 32;
    static final int MAX_SLOT_NUMBER = 1_000_000;
    static final String TOKEN_HEADER = "X-Faustwire-Token";
    static final String NEEDS_TOKEN = "This page needs the link from the QR code.";

    private final LiveHub hub;
    private final LiveAccess access;
    private final LiveOptions options;
    private final Map<String, HostSocket> hosts = new ConcurrentHashMap<>();
    private final Map<String, RemoteSocket> remotes = new ConcurrentHashMap<>();
    private final RemoteLimits remoteLimits = new RemoteLimits(REMOTES_PER_SLOT, SOCKETS_PER_ADDRESS);
    private final RemoteLimits hostLimits = new RemoteLimits(REMOTES_PER_SLOT, SOCKETS_PER_ADDRESS);

    private final OscPortsKnown osc;

    private LiveRoutes(LiveHub hub, LiveAccess access, LiveOptions options, OscPortsKnown osc) {
        this.hub = hub;
        this.access = access;
        this.options = options;
        this.osc = osc;
    }

    /** The routes, telling the OSC ports as configured (no OSC service known). */
    public static void register(Javalin app, LiveHub hub, LiveAccess access, LiveOptions options) {
        register(app, hub, access, options, OscPortsKnown.configured(options));
    }

    /** The routes, telling the OSC ports the service actually bound. */
    public static void register(Javalin app, LiveHub hub, LiveAccess access, LiveOptions options, OscPortsKnown osc) {
        LiveRoutes live = new LiveRoutes(hub, access, options, osc);
        app.wsBeforeUpgrade("/api/live/host", live::requireToken);
        app.wsBeforeUpgrade("/api/live/remote/{n}", live::requireToken);
        app.ws("/api/live/host", live::hostSocket);
        app.ws("/api/live/remote/{n}", live::remoteSocket);
        app.get("/remote/{n}", live::remotePage);
        app.get("/api/live/info", live::info);
        app.get("/api/live/qr.svg", live::qr);
    }

    /** The token a request presents: {@code ?token=} or the header. */
    static String presented(Context ctx) {
        String query = ctx.queryParam("token");
        return query != null ? query : ctx.header(TOKEN_HEADER);
    }

    private void requireToken(Context ctx) {
        if (!access.accepts(presented(ctx))) {
            LOG.warn("live: refused a socket from {} without the token", ctx.req().getRemoteAddr());
            throw new ForbiddenResponse("the token is missing or wrong");
        }
    }

    /** Loopback clients (the editor on this machine) and token holders may read the token and its QR code. */
    private void requireLocalOrToken(Context ctx) {
        boolean local;
        try {
            local = InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (IOException e) {
            local = false;
        }
        if (!(local && access.trustsThisMachine()) && !(access.tokenRequired() && access.accepts(presented(ctx)))) {
            throw new ForbiddenResponse("only this machine or the token's holder may ask");
        }
    }

    private void info(Context ctx) {
        requireLocalOrToken(ctx);
        ObjectNode info = LiveMessage.JSON.createObjectNode();
        info.put("tokenRequired", access.tokenRequired());
        if (access.tokenRequired()) {
            info.put("token", access.token());
        } else {
            info.putNull("token");
        }
        info.put("remoteBase", base(ctx.scheme(), ctx.req().getLocalPort()));
        info.put("oscPort", osc.base());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(info.toString());
    }

    private void qr(Context ctx) {
        requireLocalOrToken(ctx);
        int slot = slotNumber(ctx.queryParam("slot"));
        if (slot < 1) {
            ctx.status(400).result("slot must be a slot number");
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("image/svg+xml").result(LiveQr.svg(remote(base(ctx.scheme(), ctx.req().getLocalPort()), slot)));
    }

    private void remotePage(Context ctx) throws IOException {
        ctx.header("Cache-Control", "no-store");
        if (!access.accepts(presented(ctx)) || slotNumber(ctx.pathParam("n")) < 1) {
            LOG.warn("live: remote page asked by {} without the token", ctx.req().getRemoteAddr());
            ctx.status(403).contentType("text/html; charset=utf-8").result(denied());
            return;
        }
        try (InputStream page = LiveRoutes.class.getResourceAsStream("/web/remote.html")) {
            if (page == null) {
                ctx.status(404).result("the remote page is not built into this server");
                return;
            }
            ctx.contentType("text/html; charset=utf-8").result(new String(page.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The page without the token: no script, no controls, only what to do. */
    static String denied() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Faustwire remote</title><link rel=\"stylesheet\" href=\"/remote.css\"></head>"
                + "<body data-page=\"remote-denied\"><main class=\"remote\"><p class=\"remote-status\" data-role=\"remote-status\" data-state=\"denied\">"
                + NEEDS_TOKEN + "</p></main></body></html>\n";
    }

    private void hostSocket(WsConfig ws) {
        ws.onConnect(ctx -> {
            LivePeer peer = new LivePeer(ctx.session, "editor");
            if (!hostLimits.admit(0, peer.address())) {
                peer.ignored("too many editor sockets");
                ctx.closeSession(1008, "too many sockets");
                return;
            }
            InetSocketAddress local = (InetSocketAddress) ctx.session.getLocalAddress();
            String base = base("http", local.getPort());
            HostSocket host = new HostSocket(hub, peer, n -> remote(base, n), osc::of);
            hosts.put(ctx.sessionId(), host);
            hub.listen(host);
            ctx.enableAutomaticPings();
        });
        ws.onMessage(ctx -> {
            HostSocket host = hosts.get(ctx.sessionId());
            if (host != null) {
                host.received(ctx.message());
            }
        });
        ws.onBinaryMessage(ctx -> {
            HostSocket host = hosts.get(ctx.sessionId());
            if (host != null) {
                host.peer().ignored("a binary message");
            }
        });
        ws.onClose(ctx -> {
            HostSocket host = hosts.remove(ctx.sessionId());
            if (host != null) {
                host.closed();
                hostLimits.release(0, host.peer().address());
            }
        });
        ws.onError(ctx -> LOG.info("live: editor socket: {}", String.valueOf(ctx.error())));
    }

    private void remoteSocket(WsConfig ws) {
        ws.onConnect(ctx -> {
            LivePeer peer = new LivePeer(ctx.session, "phone");
            int number = slotNumber(ctx.pathParam("n"));
            if (number < 1) {
                peer.ignored("no such slot number " + ctx.pathParam("n"));
                ctx.closeSession(1008, "no such slot");
                return;
            }
            if (!remoteLimits.admit(number, peer.address())) {
                peer.ignored("too many phones on slot " + number);
                ctx.closeSession(1008, "too many sockets");
                return;
            }
            RemoteSocket remote = new RemoteSocket(hub, peer, number);
            remotes.put(ctx.sessionId(), remote);
            hub.listen(remote);
            remote.greet();
            ctx.enableAutomaticPings();
        });
        ws.onMessage(ctx -> {
            RemoteSocket remote = remotes.get(ctx.sessionId());
            if (remote != null) {
                remote.received(ctx.message());
            }
        });
        ws.onBinaryMessage(ctx -> {
            RemoteSocket remote = remotes.get(ctx.sessionId());
            if (remote != null) {
                remote.peer().ignored("a binary message");
            }
        });
        ws.onClose(ctx -> {
            RemoteSocket remote = remotes.remove(ctx.sessionId());
            if (remote != null) {
                hub.unlisten(remote);
                remoteLimits.release(remote.number(), remote.peer().address());
            }
        });
        ws.onError(ctx -> LOG.info("live: phone socket: {}", String.valueOf(ctx.error())));
    }

    /** Where phones reach this server: its advertised host and the port the request came in on. */
    private String base(String scheme, int port) {
        String host = options.advertisedHost();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + ":" + port;
    }

    /** A slot's phone page, with the token when one is required. */
    private String remote(String base, int slot) {
        return base + "/remote/" + slot + (access.tokenRequired()
                ? "?token=" + java.net.URLEncoder.encode(access.token(), StandardCharsets.UTF_8) : "");
    }

    /** A slot number from text, or -1. */
    static int slotNumber(String text) {
        if (text == null || text.isEmpty() || text.length() > 7) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        int n = Integer.parseInt(text);
        return n >= 1 && n <= MAX_SLOT_NUMBER ? n : -1;
    }
}
