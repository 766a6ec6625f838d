package dev.faustwire.server.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP connections whose client has closed its side (state CLOSE_WAIT), read from Linux's
 * {@code /proc/net/tcp} and {@code tcp6}. Jetty reads nothing from a connection while its handler
 * runs, so neither it nor the servlet API notices a client that went away before the answer is
 * written; the kernel does. Keys are {@code localPort:remotePort}. Elsewhere than Linux the set is
 * empty and only deadlines stop work.
 */
final class ClosedConnections {
    /** The kernel's code for CLOSE_WAIT: the peer sent FIN, this side has not closed yet. */
    private static final String CLOSE_WAIT = "08";
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private ClosedConnections() {
    }

    static String key(int localPort, int remotePort) {
        return localPort + ":" + remotePort;
    }

    /** The connections closed by their client now, by {@link #key}. */
    static Set<String> now() {
        Set<String> closed = new HashSet<>();
        for (Path table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | SecurityException e) {
                continue;
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                addIfClosed(line.trim().split("\\s+"), closed);
            }
        }
        return closed;
    }

    /** {@code sl local_address rem_address st ...}, addresses as {@code HEXADDR:HEXPORT}. */
    private static void addIfClosed(String[] fields, Set<String> closed) {
        if (fields.length < 4 || !CLOSE_WAIT.equals(fields[3])) {
            return;
        }
        int local = port(fields[1]);
        int remote = port(fields[2]);
        if (local >= 0 && remote >= 0) {
            closed.add(key(local, remote));
        }
    }

    private static int port(String address) {
        int colon = address.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(address.substring(colon + 1), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
