package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.Workspace;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConnectionsPerAddress} on a real server: one connection over the limit is closed at once, others are not. */
class ConnectionsPerAddressTest {
    private static final int LIMIT = 4;

    @TempDir
    Path temp;
    Javalin app;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        app = ServerApp.create(new Workspace(temp.resolve("ws")), new CompileService(new FaustCompiler(SandboxLimits.DEFAULT)),
                ClientLimits.DEFAULT.withConnectionsPerAddress(LIMIT)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        app.stop();
    }

    @Test
    void theConnectionOverTheLimitIsClosedAtOnceAndAFreedPlaceIsTakenAgain() throws Exception {
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            held.add(connect("127.0.0.1"));
        }
        Thread.sleep(200);
        assertEquals(LIMIT, perAddress().openFrom(InetAddress.getByName("127.0.0.1")));
        Socket over = connect("127.0.0.1");
        assertEquals("closed", readOrWait(over), "the connection over the limit is closed before it is read");
        for (Socket socket : held) {
            assertEquals("open", readOrWait(socket), "the connections within the limit stay open");
        }
        assertTrue(answers(connect("127.0.0.3")), "another address is served");
        held.get(0).close();
        Thread.sleep(300);
        assertTrue(answers(connect("127.0.0.1")), "a place freed by a closed connection is taken again");
        assertTrue(perAddress().refused() >= 1);
    }

    @Test
    void closedConnectionsAreCountedOffSoManyShortRequestsNeverReachTheLimit() throws Exception {
        for (int i = 0; i < LIMIT * 5; i++) {
            assertTrue(answers(connect("127.0.0.1")), "request " + i);
        }
        Thread.sleep(300);
        assertEquals(0, perAddress().openFrom(InetAddress.getByName("127.0.0.1")));
        assertEquals(0, perAddress().refused());
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64AndAnIpv4ClientByItsAddress() throws Exception {
        InetAddress one = InetAddress.getByName("2001:db8:1:2::1");
        InetAddress sameNetwork = InetAddress.getByName("2001:db8:1:2:ffff:eeee:dddd:cccc");
        InetAddress otherNetwork = InetAddress.getByName("2001:db8:1:3::1");
        assertEquals(ConnectionsPerAddress.client(one), ConnectionsPerAddress.client(sameNetwork));
        assertEquals(InetAddress.getByName("2001:db8:1:2::"), ConnectionsPerAddress.client(one));
        assertTrue(!ConnectionsPerAddress.client(one).equals(ConnectionsPerAddress.client(otherNetwork)));
        InetAddress v4 = InetAddress.getByName("192.0.2.7");
        assertEquals(v4, ConnectionsPerAddress.client(v4));
        assertEquals(InetAddress.getByName("::1"), ConnectionsPerAddress.client(InetAddress.getByName("::1")));
    }

    private ConnectionsPerAddress perAddress() {
        return app.jettyServer().server().getBean(ConnectionsPerAddress.class);
    }

    private Socket connect(String from) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), app.port()), 5000);
        return socket;
    }

    /** "closed" when the server closed the connection within half a second, "open" when it is still waiting. */
    private static String readOrWait(Socket socket) throws IOException {
        socket.setSoTimeout(500);
        try {
            return socket.getInputStream().read() < 0 ? "closed" : "data";
        } catch (SocketTimeoutException e) {
            return "open";
        } catch (IOException e) {
            return "closed";
        }
    }

    private static boolean answers(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        socket.getOutputStream().write("GET /api/patches HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        socket.close();
        return answer.startsWith("HTTP/1.1 200");
    }
}
