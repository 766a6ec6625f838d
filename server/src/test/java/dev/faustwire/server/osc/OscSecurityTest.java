package dev.faustwire.server.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.illposed.osc.OSCBundle;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCPacket;
import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveHub;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What OSC must never do: die of a malformed packet, obey or answer a sender without the token when one is
 * required, or reach anything but the controls of the running slots (files, the workspace, the server's paths).
 */
class OscSecurityTest {
    private final LiveHub hub = new LiveHub();
    private final int slot = hub.open("main", LiveDsps.MAIN, "editor");
    private OscClient client;
    private OscService osc;

    private void start(LiveAccess access) throws IOException {
        client = OscClient.onFreePorts();
        osc = OscService.start(hub, access, OscClient.LOOPBACK, client.base, "127.0.0.1");
    }

    @AfterEach
    void stop() {
        if (osc != null) {
            osc.close();
        }
        if (client != null) {
            client.close();
        }
    }

    private double freq() {
        var s = hub.slot(slot).orElseThrow();
        return s.value(s.control("/main/freq").orElseThrow());
    }

    /** Hello is answered (asked up to five times: after a flood, UDP may drop a datagram, as it may anywhere). */
    private void assertStillAnswers() {
        OSCMessage hello = null;
        for (int i = 0; i < 5 && hello == null; i++) {
            client.send("/main", "hello");
            hello = client.reply(1000);
        }
        assertNotNull(hello, "the service still answers hello");
        assertEquals("/main", hello.getAddress());
        client.all(client.out, 200);
    }

    /** Runs {@code sending}, returning what the service logged meanwhile (slf4j-simple writes to System.err). */
    private static String logged(Runnable sending) {
        PrintStream old = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            sending.run();
        } finally {
            System.setErr(old);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        old.print(text);
        return text;
    }

    @Test
    void randomBytesAndTruncatedAndMistypedPacketsAreLoggedAndIgnored() throws IOException {
        start(LiveAccess.open());
        Random random = new Random(5510);
        byte[] valid = OscClient.encode("/main/freq", 660f);
        String log = logged(() -> {
            for (int i = 0; i < 300; i++) {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                client.sendBytes(client.base, bytes);
            }
            for (int length = 1; length < valid.length; length++) {
                client.sendBytes(client.base, Arrays.copyOf(valid, length));
            }
            client.sendBytes(client.base, OscDecoderTest.concat(OscClient.padded("/main/freq"), OscClient.padded(",x"),
                    new byte[4]));
            client.sendBytes(client.base, OscDecoderTest.concat(OscClient.padded("/main/freq"), OscClient.padded(",ff"),
                    new byte[4]));
            assertStillAnswers();
        });
        assertTrue(log.contains("dropped a malformed packet"), log);
        assertEquals(440.0, freq(), "no malformed packet set anything");
        assertStillAnswers();
    }

    @Test
    void aHugeBundleIsCutAt256Messages() throws IOException {
        start(LiveAccess.open());
        List<OSCPacket> sets = new ArrayList<>();
        for (int i = 1; i <= 2600; i++) {
            sets.add(new OSCMessage("/main/freq", List.of((float) (20 + i))));
        }
        byte[] bytes = OscClient.bytesOf(new OSCBundle(sets));
        System.out.println("OSC huge bundle: " + bytes.length + " bytes, " + sets.size() + " messages");
        String log = logged(() -> {
            client.sendBytes(client.base, bytes);
            assertStillAnswers();
        });
        assertEquals(20 + OscService.MAX_MESSAGES_PER_PACKET, freq(), "only the first 256 messages were done");
        assertTrue(log.contains("dropped messages beyond 256"), log);
    }

    @Test
    void bundlesNestedTooDeepAreDroppedWhole() throws IOException {
        start(LiveAccess.open());
        OSCPacket packet = new OSCMessage("/main/freq", List.of(999f));
        for (int i = 0; i < 20; i++) {
            packet = new OSCBundle(List.of(packet));
        }
        OSCPacket deep = packet;
        String log = logged(() -> {
            client.send(client.base, deep);
            assertStillAnswers();
        });
        assertEquals(440.0, freq());
        assertTrue(log.contains("nested deeper than"), log);
        OSCPacket shallow = new OSCBundle(List.of(new OSCBundle(List.of(new OSCMessage("/main/freq", List.of(321f))))));
        client.send(client.base, shallow);
        assertStillAnswers();
        assertEquals(321.0, freq(), "a bundle in a bundle is fine");
    }

    @Test
    void nanAndInfinitiesSetNothing() throws IOException {
        start(LiveAccess.open());
        client.send("/main/freq", Float.NaN);
        client.send("/main/freq", Float.POSITIVE_INFINITY);
        client.send("/main/freq", Double.NEGATIVE_INFINITY);
        assertEquals(3, client.all(client.err, 500).size(), "each refused with an error");
        assertStillAnswers();
        assertEquals(440.0, freq());
    }

    @Test
    void withoutTheTokenNothingChangesAndNothingIsAnswered_butTheTokenMessage() throws IOException {
        start(LiveAccess.withToken("s3cret-token"));
        String log = logged(() -> {
            client.send("/main/freq", 660f);
            client.send("/main", "hello");
            client.send("/main", "get");
            client.send("/main", "json");
            client.send("/main", "xmit", 1);
            client.send("/main/nope", 1f);
            client.send(OscService.TOKEN_ADDRESS, "wrong");
            client.send(OscService.TOKEN_ADDRESS, 42);
            assertNull(client.reply(500), "nothing answered on the out port");
            assertNull(client.error(100), "nothing answered on the error port");
        });
        hub.set(slot, "/main/gain", 0.25, "editor");
        assertNull(client.reply(300), "xmit 1 without the token subscribed nothing");
        assertEquals(440.0, freq(), "nothing changed");
        assertTrue(log.contains("has not presented the token"), log);

        client.send(OscService.TOKEN_ADDRESS, "s3cret-token");
        OSCMessage ok = client.reply();
        assertEquals(List.of("ok"), ok.getArguments());
        client.send("/main/freq", 660f);
        client.send("/main/freq", "get");
        assertEquals(660f, client.reply().getArguments().get(0));
        assertEquals(660.0, freq());
    }

    @Test
    void oscReachesNothingButControls_noFileNoServerPath() throws IOException {
        start(LiveAccess.open());
        List<String> addresses = List.of("/../../etc/passwd", "/main/../../etc/passwd", "/etc/passwd", "/main/..",
                "/main/./freq/../../../etc/hostname", "/..", "/*/../../etc/passwd", "/faustwire/workspace",
                "/main/freq/../../../../proc/self/environ");
        for (String address : addresses) {
            for (Object[] args : List.of(new Object[] {"json"}, new Object[] {"get"}, new Object[] {"hello"},
                    new Object[] {"json", "/etc/passwd"}, new Object[] {1f})) {
                client.send(address, args);
            }
        }
        client.send("/main", "json", "../../etc/passwd");
        client.send("/*", "json");
        List<OSCMessage> replies = client.all(client.out, 600);
        List<OSCMessage> errors = client.all(client.err, 300);
        assertEquals(2, replies.size(), "only the two json requests on the root answered: " + replies.size());
        for (OSCMessage m : replies) {
            String text = String.valueOf(m.getArguments());
            assertEquals("/main", m.getAddress());
            assertFalse(text.contains("root:"), text);
            assertFalse(text.contains("/srv/secret"), "no server path in the JSON: " + text);
            assertFalse(text.contains("/usr/share/faust"), "no server path in the JSON: " + text);
        }
        assertFalse(errors.isEmpty());
        for (OSCMessage e : errors) {
            assertEquals(OscAddressSpace.ERROR_ADDRESS, e.getAddress());
        }
        assertEquals(440.0, freq());
    }

    @Test
    void controlCharactersInAddressesNeverReachTheLogRaw() throws IOException {
        start(LiveAccess.withToken("t"));
        String log = logged(() -> {
            client.send("/main\nFAKE LOG LINE", "hello");
            client.send("/main", "hello");
            assertNull(client.reply(300));
        });
        assertFalse(log.contains("\nFAKE LOG LINE"), log);
        assertTrue(log.contains("/main?FAKE LOG LINE"), log);
    }
}
