package dev.faustwire.server.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * A limit on the connections one client address holds open at once: a connection over the limit is closed as
 * soon as it opens, before a byte of it is read, so one client cannot take every thread or file descriptor.
 * Jetty tells it of every connection opened and closed on the connectors it listens to.
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private final int limit;
    private final ConcurrentMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    /** The address of each open connection, kept because a closed socket no longer tells it. */
    private final ConcurrentMap<Connection, InetAddress> addresses = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();

    ConnectionsPerAddress(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one connection per address");
        }
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null) {
            return;
        }
        addresses.put(connection, address);
        int now = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (now > limit) {
            refused.incrementAndGet();
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address == null) {
            return;
        }
        open.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    /** How many connections the address holds open now (those being closed for the limit included). */
    int openFrom(InetAddress address) {
        AtomicInteger count = open.get(address);
        return count == null ? 0 : count.get();
    }

    /** How many connections were closed for the limit since the server started. */
    int refused() {
        return refused.get();
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
