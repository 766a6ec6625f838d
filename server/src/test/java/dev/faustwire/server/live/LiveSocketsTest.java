package dev.faustwire.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The protocol of docs/live.md against a real server, through the JDK's WebSocket client: an editor
 * page opens a slot, phones see its UI and values, a value moved on either side reaches the other
 * (and not back to the one who moved it), a file dropped on a phone goes to the editor, and the
 * phones hear when the editor's socket goes away.
 */
class LiveSocketsTest {
    private LiveServer server;

    @BeforeEach
    void start() throws Exception {
        server = LiveServer.local(new LiveOptions(LiveAccess.open(), 0, "127.0.0.1"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String open(String key, String name, String json) {
        ObjectNode m = LiveMessage.of("open");
        m.put("key", key);
        m.put("name", name);
        m.put("json", json);
        return m.toString();
    }

    static String set(Integer slot, String address, double value) {
        ObjectNode m = LiveMessage.of("set");
        if (slot != null) {
            m.put("slot", slot);
        }
        m.put("address", address);
        m.put("value", value);
        return m.toString();
    }

    @Test
    void valuesGoBothWaysBetweenTheEditorAndEveryPhone() throws Exception {
        try (LiveClient editor = LiveClient.open(server.ws("/api/live/host"))) {
            editor.send(open("editor", "sine.json", LiveHubTest.DSP));
            JsonNode opened = editor.next("opened");
            assertEquals("editor", opened.get("key").asText());
            int slot = opened.get("slot").asInt();
            assertEquals(1, slot);
            assertEquals(server.http("/remote/1"), opened.get("remote").asText(), "no token needed: none in the address");
            assertEquals(0, opened.get("osc").asInt());
            editor.send(set(slot, "/main/freq", 550));

            try (LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1"));
                    LiveClient other = LiveClient.open(server.ws("/api/live/remote/1"))) {
                JsonNode ui = phone.next("ui");
                assertEquals("sine.json", ui.get("name").asText());
                assertEquals(LiveHubTest.DSP, ui.get("json").asText());
                assertEquals(550, ui.get("values").get("/main/freq").asDouble(), "the value the editor set before");
                assertEquals(0, ui.get("values").get("/main/gate").asDouble());
                assertNull(ui.get("values").get("/main/level"), "a bargraph has no value to set");
                other.next("ui");

                phone.send(set(null, "/main/freq", 660));
                JsonNode toEditor = editor.next("set");
                assertEquals(1, toEditor.get("slot").asInt());
                assertEquals("/main/freq", toEditor.get("address").asText());
                assertEquals(660, toEditor.get("value").asDouble());
                assertEquals(660, other.next("set").get("value").asDouble(), "the other phone follows");
                assertNull(phone.quietFor(300), "the phone that moved it hears no echo");

                editor.send(set(slot, "/main/freq", 5000));
                assertEquals(2000, phone.next("set").get("value").asDouble(), "clamped to the slider's max");
                assertEquals(2000, other.next("set").get("value").asDouble());
                assertNull(editor.quietFor(300), "the editor hears no echo of its own set");

                phone.send("{\"type\": \"replace\", \"name\": \"drop.dsp\", \"text\": \"process = os.osc(330);\"}");
                JsonNode replace = editor.next("replace");
                assertEquals(1, replace.get("slot").asInt());
                assertEquals("drop.dsp", replace.get("name").asText());
                assertEquals("process = os.osc(330);", replace.get("text").asText());

                editor.send("{\"type\": \"update\", \"slot\": 1, \"name\": \"other\", \"json\": "
                        + LiveMessage.JSON.writeValueAsString(LiveHubTest.OTHER) + "}");
                JsonNode again = phone.next("ui");
                assertEquals("other", again.get("name").asText());
                assertEquals(2000, again.get("values").get("/main/freq").asDouble(), "kept across the update");
                assertEquals(0.5, again.get("values").get("/main/gain").asDouble());
                other.next("ui");

                editor.close();
                assertEquals("closed", phone.next().get("type").asText(), "the editor went away: its slot closed");
                assertEquals("closed", other.next().get("type").asText());
            }
        }
    }

    @Test
    void aPageThatStopsAndPlaysAgainKeepsItsSlotNumberSoThePhoneFollows() throws Exception {
        try (LiveClient editor = LiveClient.open(server.ws("/api/live/host"))) {
            editor.send(open("editor", "a", LiveHubTest.DSP));
            assertEquals(1, editor.next("opened").get("slot").asInt());
            editor.send(open("rack-1", "b", LiveHubTest.OTHER));
            assertEquals(2, editor.next("opened").get("slot").asInt());
            try (LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1"))) {
                phone.next("ui");
                editor.send("{\"type\": \"close\", \"slot\": 1}");
                assertEquals("closed", phone.next().get("type").asText());
                editor.send(open("editor", "a again", LiveHubTest.DSP));
                assertEquals(1, editor.next("opened").get("slot").asInt(), "the key's number back");
                assertEquals("a again", phone.next("ui").get("name").asText(), "the phone on /remote/1 sees it");
                editor.send(open("editor", "a third", LiveHubTest.OTHER));
                assertEquals(1, editor.next("opened").get("slot").asInt(), "an open of a playing key updates it");
                assertEquals("a third", phone.next("ui").get("name").asText());
            }
        }
    }

    @Test
    void aPhoneOnASlotThatDoesNotPlayYetHearsClosedThenTheUiWhenItPlays() throws Exception {
        try (LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1"));
                LiveClient editor = LiveClient.open(server.ws("/api/live/host"))) {
            assertEquals("closed", phone.next().get("type").asText());
            editor.send(open("editor", "late", LiveHubTest.DSP));
            assertEquals("late", phone.next("ui").get("name").asText());
        }
    }

    @Test
    void oneEditorCannotTouchAnotherEditorsSlot() throws Exception {
        try (LiveClient a = LiveClient.open(server.ws("/api/live/host"));
                LiveClient b = LiveClient.open(server.ws("/api/live/host"));
                LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1"))) {
            phone.next();
            a.send(open("editor", "a", LiveHubTest.DSP));
            a.next("opened");
            phone.next("ui");
            b.send(set(1, "/main/freq", 100));
            b.send("{\"type\": \"close\", \"slot\": 1}");
            b.send("{\"type\": \"update\", \"slot\": 1, \"name\": \"x\", \"json\": \"{}\"}");
            assertNull(phone.quietFor(500), "nothing reached the phone");
            assertNull(a.quietFor(100));
        }
    }

    @Test
    void theInfoSaysWhereThePhonePagesAreAndTheQrCodeCarriesTheAddress() throws Exception {
        var info = LiveMessage.JSON.readTree(server.get("/api/live/info").body());
        assertEquals(false, info.get("tokenRequired").asBoolean());
        assertTrue(info.get("token").isNull());
        assertEquals(server.http(""), info.get("remoteBase").asText());
        var qr = server.get("/api/live/qr.svg?slot=3");
        assertEquals(200, qr.statusCode());
        assertEquals("image/svg+xml", qr.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", qr.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(server.http("/remote/3"), LiveQrTest.decode(qr.body()));
        assertEquals(400, server.get("/api/live/qr.svg?slot=0").statusCode());
        assertEquals(400, server.get("/api/live/qr.svg?slot=abc").statusCode());
        var page = server.get("/remote/3");
        assertTrue(page.statusCode() != 403 && !page.body().contains(LiveRoutes.NEEDS_TOKEN),
                "no token needed: the page (built in only with the webapp, which e2e tests check) is not refused");
    }
}
