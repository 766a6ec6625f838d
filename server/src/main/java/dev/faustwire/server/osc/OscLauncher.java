package dev.faustwire.server.osc;

import dev.faustwire.server.live.LiveHub;
import dev.faustwire.server.live.LiveOptions;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Optional;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the {@link OscService} when the server has started, on the host the HTTP server listens on and the
 * options' port (0 = no OSC, -1 = 5510), and stops it with the server. A port it cannot get is logged, not fatal.
 */
public final class OscLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(OscLauncher.class);

    private final LiveHub hub;
    private final LiveOptions options;
    private volatile OscService service;

    public OscLauncher(LiveHub hub, LiveOptions options) {
        this.hub = hub;
        this.options = options;
    }

    /** The base port asked for: the options' one, 5510 for -1, 0 for none. */
    static int portAsked(LiveOptions options) {
        return options.oscPort() < 0 ? LiveOptions.DEFAULT_OSC_PORT : options.oscPort();
    }

    public void start(Javalin app) {
        int port = portAsked(options);
        if (port == 0) {
            return;
        }
        try {
            service = OscService.start(hub, options.access(), InetAddress.getByName(httpHost(app)), port,
                    options.advertisedHost());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("OSC could not start on port {}: {}", port, e.getMessage());
        }
    }

    /** The ports the running service bound, 0 while it is off (what the editor's Remote section shows). */
    public dev.faustwire.server.live.OscPortsKnown portsKnown() {
        return new dev.faustwire.server.live.OscPortsKnown() {
            @Override
            public int base() {
                return service().map(OscService::basePort).orElse(0);
            }

            @Override
            public int of(int slot) {
                return service().map(s -> s.portOf(slot).orElse(0)).orElse(0);
            }
        };
    }

    /** The running service, if OSC is on. */
    public Optional<OscService> service() {
        return Optional.ofNullable(service);
    }

    public void close() {
        OscService running = service;
        service = null;
        if (running != null) {
            running.close();
        }
    }

    /** The host the HTTP server listens on (all interfaces when Jetty says none). */
    private static String httpHost(Javalin app) {
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof ServerConnector server) {
                return server.getHost() == null ? "0.0.0.0" : server.getHost();
            }
        }
        return "127.0.0.1";
    }
}
