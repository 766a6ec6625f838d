package dev.faustwire.server.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * A limit on the connections one client address holds open at once: a connection over the limit is closed as
 * soon as it opens, before a byte of it is read, so one client cannot take every thread or file descriptor.
 * An IPv6 client is counted by its /64 network, since one host is given a whole /64 to pick addresses from.
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
        AtomicInteger count = open.get(client(address));
        return count == null ? 0 : count.get();
    }

    /** How many connections were closed for the limit since the server started. */
    int refused() {
        return refused.get();
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? client(inet.getAddress()) : null;
    }

    /** The address a connection is counted under: an IPv4 address itself, an IPv6 address's /64 network. */
    static InetAddress client(InetAddress address) {
        if (!(address instanceof Inet6Address) || address.isLoopbackAddress()) {
            return address;
        }
        byte[] network = Arrays.copyOf(Arrays.copyOf(address.getAddress(), 8), 16);
        try {
            return InetAddress.getByAddress(network);
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
