package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 300 clients that send a request body one byte a second while others use the server: every other request is
 * answered within a second. Once with every protection (most slow clients come from one address, and the limit
 * per address refuses all but 64), once with the limit per address raised so that only the minimum pace of a
 * body ({@link SlowBodies}) protects (each slow client from its own loopback address, 127.0.1.x and 127.0.2.x). The slow clients do not reconnect; the
 * probes come from 127.0.0.2, which Linux routes to the server on 127.0.0.1 like any loopback address.
 */
class SlowClientsIT {
    private static final int SLOW_CLIENTS = 300;
    private static final long SLOW_PHASE_MILLIS = 14_000;
    private static final int PROBE_TIMEOUT_MILLIS = 5_000;
    private static final String[] PROBES = {"/api/patches", "/api/lib?q=osc", "/api/patches/one-pole.json"};

    @TempDir
    Path temp;

    @Test
    void othersAreAnsweredWhileSlowClientsFromOneAddressSendOneBytePerSecond() throws Exception {
        Outcome outcome = run(ClientLimits.DEFAULT, false);
        // 236 when the 300 open at once; fewer on a busy machine, where the pace frees the first slots before the last
        // clients connect (232 was seen). Most are refused either way.
        assertTrue(outcome.refusedByLimit >= SLOW_CLIENTS / 2,
                "the limit per address refused the connections over " + ClientLimits.CONNECTIONS_PER_ADDRESS
                        + ": " + outcome.refusedByLimit);
        outcome.assertOthersAnswered();
    }

    @Test
    void theMinimumDataRateAloneFreesTheThreadsOfSlowClientsFromManyAddresses() throws Exception {
        Outcome outcome = run(ClientLimits.DEFAULT.withConnectionsPerAddress(100_000), true);
        assertEquals(0, outcome.refusedByLimit, "the limit per address was out of the way");
        assertTrue(outcome.timedOutByRate >= SLOW_CLIENTS * 9 / 10,
                "the server cut the slow bodies short: " + outcome.timedOutByRate);
        outcome.assertOthersAnswered();
    }

    private Outcome run(ClientLimits limits, boolean distinctAddresses) throws Exception {
        Javalin app = ServerApp.create(new Workspace(temp.resolve("ws")),
                new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)), limits).start("127.0.0.1", 0);
        List<SlowClient> slow = new ArrayList<>();
        try {
            int port = app.port();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                String from = distinctAddresses ? "127.0." + (1 + i / 250) + "." + (1 + i % 250) : "127.0.0.1";
                slow.add(SlowClient.open(from, port));
            }
            long end = System.currentTimeMillis() + SLOW_PHASE_MILLIS;
            List<Long> latencies = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            trickle.scheduleAtFixedRate(() -> slow.forEach(SlowClient::sendOneByte), 1, 1, TimeUnit.SECONDS);
            try {
                int probe = 0;
                while (System.currentTimeMillis() < end) {
                    String path = PROBES[probe++ % PROBES.length];
                    long start = System.nanoTime();
                    String status = get("127.0.0.2", port, path);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    latencies.add(millis);
                    if (!status.startsWith("HTTP/1.1 200")) {
                        failures.add(path + " -> " + status + " after " + millis + " ms");
                    }
                    Thread.sleep(100);
                }
            } finally {
                trickle.shutdownNow();
                trickle.awaitTermination(5, TimeUnit.SECONDS);
            }
            ConnectionsPerAddress perAddress = app.jettyServer().server().getBean(ConnectionsPerAddress.class);
            int timedOut = 0;
            for (SlowClient client : slow) {
                timedOut += client.cutShort() ? 1 : 0;
            }
            Outcome outcome = new Outcome(latencies, failures, perAddress.refused(), timedOut);
            System.out.println("slow clients: " + SLOW_CLIENTS + (distinctAddresses ? " from distinct addresses" : " from 127.0.0.1")
                    + ", refused by the limit per address: " + outcome.refusedByLimit + ", cut short (408 or closed): "
                    + timedOut + "; other requests: " + latencies.size() + ", latency median "
                    + outcome.median() + " ms, max " + outcome.max() + " ms, failed " + failures.size());
            return outcome;
        } finally {
            for (SlowClient client : slow) {
                client.close();
            }
            app.stop();
        }
    }

    /** A plain GET from a chosen local address, bounded by a read timeout; the status line, or what went wrong. */
    private static String get(String from, int port, String path) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), PROBE_TIMEOUT_MILLIS);
            socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int eol = text.indexOf("\r\n");
            return eol < 0 ? "no answer" : text.substring(0, eol);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private record Outcome(List<Long> latencies, List<String> failures, int refusedByLimit, int timedOutByRate) {
        long median() {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        }

        long max() {
            return latencies.isEmpty() ? -1 : Collections.max(latencies);
        }

        void assertOthersAnswered() {
            assertTrue(latencies.size() >= 20, "probes sent: " + latencies.size());
            assertEquals(List.of(), failures, "every other request is answered with 200");
            assertTrue(max() < 1000, "every other request is answered within 1 s; the slowest took " + max() + " ms");
        }
    }

    /** A POST whose headers promise a body of 10,000 bytes, which it then sends one byte at a time. */
    private static final class SlowClient implements AutoCloseable {
        private final Socket socket;
        private boolean closed;

        private SlowClient(Socket socket) {
            this.socket = socket;
        }

        static SlowClient open(String from, int port) throws IOException {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), PROBE_TIMEOUT_MILLIS);
            socket.getOutputStream().write(("POST /api/compile HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            return new SlowClient(socket);
        }

        synchronized void sendOneByte() {
            if (closed) {
                return;
            }
            try {
                OutputStream out = socket.getOutputStream();
                out.write(' ');
                out.flush();
            } catch (IOException e) {
                closed = true;
            }
        }

        /**
         * True when the server cut the request short: answered 408 (a body too slow) or closed the connection;
         * false while it still waits for the body. Reads what the server sent without waiting.
         */
        synchronized boolean cutShort() {
            try {
                socket.setSoTimeout(50);
                InputStream in = socket.getInputStream();
                byte[] start = in.readNBytes(12);
                return start.length < 12 || new String(start, StandardCharsets.US_ASCII).equals("HTTP/1.1 408");
            } catch (java.net.SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a test socket
            }
        }
    }
}
