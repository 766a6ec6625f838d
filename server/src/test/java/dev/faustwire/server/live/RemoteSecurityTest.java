package dev.faustwire.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a token required, the phone page, both sockets, the info and the QR code do nothing without
 * it; malformed messages on either socket are logged and ignored, and the server goes on answering.
 */
class RemoteSecurityTest {
    private static final String TOKEN = "tok-" + LiveAccess.newToken();
    private LiveServer server;

    @BeforeEach
    void start() throws Exception {
        server = LiveServer.local(new LiveOptions(LiveAccess.withToken(TOKEN), 0, "127.0.0.1"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePhonePageWithoutTheTokenIsOnlyWhatToDo() {
        for (String path : new String[] {"/remote/1", "/remote/1?token=wrong", "/remote/1?token=" + TOKEN.substring(1)}) {
            var page = server.get(path);
            assertEquals(403, page.statusCode(), path);
            assertTrue(page.body().contains(LiveRoutes.NEEDS_TOKEN), path);
            assertFalse(page.body().contains("<script"), "no script, so no socket and no controls: " + path);
        }
        var page = server.get("/remote/1?token=" + TOKEN);
        assertNotEquals(403, page.statusCode());
        assertFalse(page.body().contains(LiveRoutes.NEEDS_TOKEN));
    }

    @Test
    void thePhoneSocketWithoutTheTokenIsRefusedBeforeTheUpgrade() throws Exception {
        assertEquals(403, LiveClient.refusal(server.ws("/api/live/remote/1")));
        assertEquals(403, LiveClient.refusal(server.ws("/api/live/remote/1?token=wrong")));
        try (LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN))) {
            assertEquals("closed", phone.next().get("type").asText(), "with the token it opens (nothing plays yet)");
        }
    }

    @Test
    void theEditorSocketWithoutTheTokenIsRefusedBeforeTheUpgrade() throws Exception {
        assertEquals(403, LiveClient.refusal(server.ws("/api/live/host")));
        assertEquals(403, LiveClient.refusal(server.ws("/api/live/host?token=")));
        try (LiveClient editor = LiveClient.open(server.ws("/api/live/host?token=" + TOKEN))) {
            editor.send(LiveSocketsTest.open("editor", "a", LiveHubTest.DSP));
            assertEquals(server.http("/remote/1?token=" + TOKEN), editor.next("opened").get("remote").asText(),
                    "the phone's address carries the token");
        }
    }

    @Test
    void theInfoAndTheQrCodeAnswerOnlyThisMachineOrTheTokensHolder() throws Exception {
        // --token: this machine's clients present it too (the test's server stays on 127.0.0.1, as every test's does)
        try (LiveServer strict = LiveServer.local(new LiveOptions(LiveAccess.withTokenFromEveryone(TOKEN), 0, "127.0.0.1"))) {
            assertEquals(403, strict.get("/api/live/info").statusCode(), "no token, and loopback is not trusted");
            assertEquals(403, strict.get("/api/live/info?token=nope").statusCode());
            assertEquals(403, strict.get("/api/live/qr.svg?slot=1").statusCode());
            var info = strict.get("/api/live/info?token=" + TOKEN);
            assertEquals(200, info.statusCode());
            assertEquals(TOKEN, LiveMessage.JSON.readTree(info.body()).get("token").asText());
            assertEquals("http://127.0.0.1:" + strict.app.port() + "/remote/1?token=" + TOKEN,
                    LiveQrTest.decode(strict.get("/api/live/qr.svg?slot=1&token=" + TOKEN).body()));
        }
        var local = server.get("/api/live/info");
        assertEquals(200, local.statusCode(), "beyond loopback (--host), the editor on this machine reads the token it shows");
        assertEquals(TOKEN, LiveMessage.JSON.readTree(local.body()).get("token").asText());
    }

    @Test
    void malformedMessagesAreLoggedAndIgnoredAndTheServerGoesOn() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (LiveClient editor = LiveClient.open(server.ws("/api/live/host?token=" + TOKEN));
                LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN))) {
            phone.next();
            editor.send(LiveSocketsTest.open("editor", "a", LiveHubTest.DSP));
            editor.next("opened");
            phone.next("ui");
            String[] bad = {
                "not json", "[1, 2]", "{}", "{\"type\": 5}", "{\"type\": \"fly\"}", "null",
                "{\"type\": \"set\", \"address\": \"/main/freq\", \"value\": NaN}",
                "{\"type\": \"set\", \"address\": \"/main/freq\", \"value\": \"NaN\"}",
                "{\"type\": \"set\", \"address\": \"/main/freq\", \"value\": 1e999}",
                "{\"type\": \"set\", \"address\": 7, \"value\": 1}",
                "{\"type\": \"set\", \"address\": \"/main/nope\", \"value\": 1}",
                "{\"type\": \"set\", \"address\": \"/main/level\", \"value\": 1}",
                "{\"type\": \"replace\", \"name\": \"x.dsp\"}",
                "{\"type\": \"open\", \"key\": \"k\", \"name\": \"n\", \"json\": \"not json\"}",
                "{\"type\": \"open\", \"key\": \"k\", \"name\": \"n\"}",
            };
            for (String m : bad) {
                phone.send(m);
                editor.send(m);
            }
            editor.send("{\"type\": \"set\", \"slot\": 99, \"address\": \"/main/freq\", \"value\": 1}");
            editor.send("{\"type\": \"set\", \"slot\": -1, \"address\": \"/main/freq\", \"value\": 1}");
            editor.send("{\"type\": \"set\", \"slot\": 1.5, \"address\": \"/main/freq\", \"value\": 1}");
            editor.send("{\"type\": \"close\", \"slot\": \"1\"}");
            phone.send(LiveSocketsTest.set(null, "/main/freq", 700));
            assertEquals(700, editor.next("set").get("value").asDouble(), "after all that, a good set still goes through");
            assertEquals(null, phone.quietFor(200), "nothing bad reached the phone");
        } finally {
            System.setErr(err);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        long lines = text.lines().filter(l -> l.contains("live: ignored a message from")).count();
        assertEquals(2L * LivePeer.LOGGED_PER_PEER, lines, "the first ones of each socket logged one by one:\n" + text);
        assertTrue(text.contains("keeps sending messages that are ignored"), text);
        assertTrue(text.contains("not JSON"), text);
        assertTrue(text.contains("unknown type fly"), text);
        assertEquals(200, server.get("/api/live/info").statusCode(), "the server still answers");
    }

    @Test
    void aMessageOver4MibClosesThatSocketOnlyAndTheServerGoesOn() throws Exception {
        try (LiveClient editor = LiveClient.open(server.ws("/api/live/host?token=" + TOKEN));
                LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN))) {
            phone.next();
            editor.send(LiveSocketsTest.open("editor", "a", LiveHubTest.DSP));
            editor.next("opened");
            phone.next("ui");
            String huge = "{\"type\": \"replace\", \"name\": \"big.dsp\", \"text\": \"" + "x".repeat(LiveRoutes.MAX_MESSAGE_BYTES)
                    + "\"}";
            try {
                phone.send(huge);
            } catch (Exception e) {
                // the server may close while the frame is still going out
            }
            assertEquals(1009, phone.closeStatus(), "message too big");
            assertEquals(null, editor.quietFor(300), "the editor got no replace");
            try (LiveClient again = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN))) {
                again.next("ui");
                again.send(LiveSocketsTest.set(null, "/main/freq", 880));
                assertEquals(880, editor.next("set").get("value").asDouble());
            }
            String fits = "{\"type\": \"replace\", \"name\": \"big.dsp\", \"text\": \"" + "x".repeat(3 << 20) + "\"}";
            try (LiveClient third = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN))) {
                third.next("ui");
                third.send(fits);
                assertEquals(3 << 20, editor.next("replace").get("text").asText().length(), "3 MiB fits");
            }
        }
    }

    @Test
    void aBoundedNumberOfPhonesMayWatchOneSlot() throws Exception {
        java.util.List<LiveClient> phones = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < LiveRoutes.SOCKETS_PER_ADDRESS; i++) {
                LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN));
                phones.add(phone);
                phone.next();
            }
            try (LiveClient extra = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN))) {
                assertEquals(1008, extra.closeStatus(), "one address holds at most " + LiveRoutes.SOCKETS_PER_ADDRESS);
            }
            phones.remove(0).close();
            Thread.sleep(300);
            try (LiveClient next = LiveClient.open(server.ws("/api/live/remote/1?token=" + TOKEN))) {
                assertEquals("closed", next.next().get("type").asText(), "a place freed is taken again");
            }
        } finally {
            phones.forEach(LiveClient::close);
        }
    }
}
