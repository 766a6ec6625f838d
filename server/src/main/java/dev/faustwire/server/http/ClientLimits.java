package dev.faustwire.server.http;

import io.javalin.config.JettyConfig;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What one client may hold of the server: connections open at once from its address, and how slowly it may send
 * a request body or read an answer. A client that sends a body one byte a second holds a request thread; the
 * minimum pace of a body ({@link SlowBodies}) frees that thread within about a second, and the limit per address
 * keeps one client from opening enough such connections to take every thread in the meantime.
 */
record ClientLimits(int connectionsPerAddress, long minRequestBytesPerSecond, long minResponseBytesPerSecond,
        long blockingIoTimeoutMillis) {
    /** Connections one address may hold open: a browser opens about 6, a page of many tabs a few dozen. */
    static final int CONNECTIONS_PER_ADDRESS = 64;
    /**
     * Slowest request body accepted, in bytes a second on average after {@link #BODY_GRACE_MILLIS}: a phone on a
     * poor network sends far faster, and an attacker must send 4 KiB a second for every thread it holds.
     */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 4096;
    /**
     * Time a request body has, from the request's arrival, before its pace is judged: short, so that a client that
     * sends a byte a second (or a byte and then nothing) is cut within a second and others wait well under that.
     */
    static final long BODY_GRACE_MILLIS = 500;
    /** Slowest reading of an answer accepted, in bytes a second. */
    static final long MIN_RESPONSE_BYTES_PER_SECOND = 4096;
    /** Longest wait for the next bytes of a request body (or for room to send an answer) on a request thread. */
    static final long BLOCKING_IO_TIMEOUT_MILLIS = 10_000;

    /** The limits of a server that will listen beyond this machine. */
    static final ClientLimits DEFAULT = new ClientLimits(CONNECTIONS_PER_ADDRESS, MIN_REQUEST_BYTES_PER_SECOND,
            MIN_RESPONSE_BYTES_PER_SECOND, BLOCKING_IO_TIMEOUT_MILLIS);

    /** The same limits with another number of connections per address (tests raise it to try the rates alone). */
    ClientLimits withConnectionsPerAddress(int connections) {
        return new ClientLimits(connections, minRequestBytesPerSecond, minResponseBytesPerSecond, blockingIoTimeoutMillis);
    }

    /** The same limits without minimum rates (only to show, in a test, what the rates protect from). */
    ClientLimits withoutRates() {
        return new ClientLimits(connectionsPerAddress, 0, 0, -1);
    }

    /**
     * Sets the pace of request bodies ({@link SlowBodies}), Jetty's minimum response rate and blocking timeout, and
     * the limit per address on every connector the server starts with.
     */
    void applyTo(JettyConfig jetty) {
        jetty.modifyHttpConfiguration(http -> {
            http.setMinResponseDataRate(minResponseBytesPerSecond);
            http.setIdleTimeout(blockingIoTimeoutMillis);
        });
        jetty.modifyServletContextHandler(context -> context.addFilter(
                new FilterHolder(new SlowBodies(minRequestBytesPerSecond, BODY_GRACE_MILLIS)), "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        ConnectionsPerAddress perAddress = new ConnectionsPerAddress(connectionsPerAddress);
        jetty.modifyServer(server -> {
            server.addBean(perAddress, false);
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    if (event == server) {
                        listenOnConnectors(server, perAddress);
                    }
                }
            });
        });
    }

    /** Javalin adds its connector just before the server starts, so the listener joins the connectors then. */
    private static void listenOnConnectors(Server server, ConnectionsPerAddress perAddress) {
        for (Connector connector : server.getConnectors()) {
            if (!connector.getEventListeners().contains(perAddress)) {
                connector.addEventListener(perAddress);
            }
        }
    }
}
