package dev.faustwire.server.live;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket seen from the hub: sends without blocking the thread that changed the hub (a slow
 * phone's frames queue up to a bound, then it is dropped), and counts what it sent us that we ignored.
 */
final class LivePeer {
    private static final Logger LOG = LoggerFactory.getLogger(LivePeer.class);
    /** Frames queued to one peer before it counts as gone. */
    static final int MAX_QUEUED_FRAMES = 256;
    /** Ignored messages logged one by one per connection; later ones are only counted. */
    static final int LOGGED_PER_PEER = 8;

    private final Session session;
    private final String name;
    private int ignored;

    LivePeer(Session session, String kind) {
        this.session = session;
        this.name = kind + " " + describe(session.getRemoteAddress());
        session.setMaxTextMessageSize(LiveRoutes.MAX_MESSAGE_BYTES);
        session.setMaxBinaryMessageSize(LiveRoutes.MAX_MESSAGE_BYTES);
        session.getRemote().setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
    }

    /** The client's address, or null when the socket does not tell it. */
    InetAddress address() {
        SocketAddress remote = session.getRemoteAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }

    void send(String text) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.getRemote().sendString(text, new WriteCallback() {
                @Override
                public void writeFailed(Throwable problem) {
                    LOG.info("live: dropping {}: {}", name, problem.toString());
                    close(1008, "too slow");
                }
            });
        } catch (RuntimeException e) {
            LOG.info("live: cannot send to {}: {}", name, e.toString());
        }
    }

    void close(int status, String reason) {
        try {
            session.close(status, reason);
        } catch (RuntimeException e) {
            LOG.debug("live: closing {}", name, e);
        }
    }

    /** Logs a message that is ignored (the first few of each connection), never throws. */
    synchronized void ignored(String why) {
        ignored++;
        if (ignored <= LOGGED_PER_PEER) {
            LOG.warn("live: ignored a message from {}: {}", name, why);
        } else if (ignored == LOGGED_PER_PEER + 1) {
            LOG.warn("live: {} keeps sending messages that are ignored; no longer logging each", name);
        }
    }

    synchronized int ignoredCount() {
        return ignored;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String describe(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}
