package dev.faustwire.server.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.illposed.osc.OSCMessage;
import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveHub;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * libOSCFaust's messages over real UDP on 127.0.0.1, against a hub with a slot registered as an editor page
 * would: the shapes are those measured on Debian's libOSCFaust 1.22 (hello ,siii; get ,fff; json ,ss; root get).
 */
class OscServiceTest {
    private final LiveHub hub = new LiveHub();
    private OscClient client;
    private OscService osc;
    private int slot;

    @BeforeEach
    void start() throws IOException {
        slot = hub.open("main", LiveDsps.MAIN, "editor");
        client = OscClient.onFreePorts();
        osc = OscService.start(hub, LiveAccess.open(), OscClient.LOOPBACK, client.base, "127.0.0.1");
    }

    @AfterEach
    void stop() {
        osc.close();
        client.close();
    }

    private double value(int number, String address) {
        var s = hub.slot(number).orElseThrow();
        return s.value(s.control(address).orElseThrow());
    }

    /** Sends, then waits for the hub to take the value (UDP is asynchronous): a get answers after the set. */
    private OSCMessage get(String address) {
        client.send(address, "get");
        return client.reply();
    }

    @Test
    void helloAnswersTheIpAndTheThreePorts() {
        assertEquals(client.base, osc.basePort());
        client.send("/main", "hello");
        OSCMessage hello = client.reply();
        assertEquals("/main", hello.getAddress());
        assertEquals(List.of("127.0.0.1", client.base, client.base + 1, client.base + 2), hello.getArguments());
    }

    @Test
    void aFloatSetsTheControlAndGetAnswersValueMinMax() {
        client.send("/main/freq", 660f);
        OSCMessage got = get("/main/freq");
        assertEquals("/main/freq", got.getAddress());
        assertEquals(List.of(660f, 20f, 2000f), got.getArguments());
        assertEquals(660.0, value(slot, "/main/freq"));
    }

    @Test
    void intsAndDoublesSetToo_andValuesAreClampedToTheRange() {
        client.send("/main/freq", 1000);
        assertEquals(List.of(1000f, 20f, 2000f), get("/main/freq").getArguments());
        client.send("/main/freq", 500.25d);
        assertEquals(List.of(500.25f, 20f, 2000f), get("/main/freq").getArguments());
        client.send("/main/freq", 5000f);
        assertEquals(List.of(2000f, 20f, 2000f), get("/main/freq").getArguments());
        assertEquals(2000.0, value(slot, "/main/freq"));
    }

    @Test
    void rootGetListsTheSettingsThenEveryControl_asLibOscFaust() {
        client.send("/main", "get");
        List<String> shown = new ArrayList<>();
        for (OSCMessage m : client.all(client.out, 500)) {
            shown.add(m.getAddress() + " " + m.getArguments());
        }
        assertEquals(List.of(
                "/main [xmit, 0]", "/main [bundle, 0]", "/main [desthost, 127.0.0.1]", "/main [json]",
                "/main [outport, " + (client.base + 1) + "]", "/main [errport, " + (client.base + 2) + "]",
                "/main/freq [440.0, 20.0, 2000.0]", "/main/gain [0.5, 0.0, 1.0]", "/main/level [0.0, 0.0, 1.0]",
                "/main/on [0.0, 0.0, 1.0]"), shown);
    }

    @Test
    void jsonAnswersTheUiWithoutTheServersPaths() throws IOException {
        client.send("/main", "json");
        OSCMessage json = client.reply();
        assertEquals("/main", json.getAddress());
        assertEquals("json", json.getArguments().get(0));
        JsonNode tree = new ObjectMapper().readTree((String) json.getArguments().get(1));
        assertEquals("/main/freq", tree.path("ui").path(0).path("items").path(0).path("address").asText());
        assertFalse(tree.has("include_pathnames"), tree.toString());
        assertFalse(tree.has("library_list"), tree.toString());
    }

    @Test
    void wildcardsReachEveryMatchingControl() {
        client.send("/*/freq", 700f);
        assertEquals(700f, get("/main/freq").getArguments().get(0));
        client.send("/main/{freq,gain}", "get");
        List<OSCMessage> both = client.all(client.out, 500);
        assertEquals(List.of("/main/freq", "/main/gain"), both.stream().map(OSCMessage::getAddress).toList());
        client.send("/m?in/g[a-z]in", 0.25f);
        assertEquals(0.25f, get("/main/gain").getArguments().get(0));
        client.send("/*", "hello");
        assertEquals("/main", client.reply().getAddress());
    }

    @Test
    void xmitPushesChangesMadeElsewhere_untilXmitZero() {
        client.send("/main", "xmit", 1);
        client.send("/main", "hello");
        assertNotNull(client.reply());
        hub.set(slot, "/main/freq", 880, "editor");
        OSCMessage pushed = client.reply();
        assertEquals("/main/freq", pushed.getAddress());
        assertEquals(List.of(880f), pushed.getArguments());
        client.send("/main", "get");
        assertEquals(List.of("xmit", 1), client.all(client.out, 300).get(0).getArguments());
        client.send("/main/gain", 0.75f);
        OSCMessage echoed = client.reply();
        assertEquals("/main/gain", echoed.getAddress());
        assertEquals(List.of(0.75f), echoed.getArguments(), "its own change is pushed back too, as libOSCFaust does");
        client.send("/main", "xmit", 0);
        client.send("/main", "hello");
        assertNotNull(client.reply());
        hub.set(slot, "/main/freq", 990, "editor");
        assertNull(client.reply(400), "nothing pushed after xmit 0");
    }

    @Test
    void anAddressJavaoscWillNotWriteIsLeftOut_neverThrownAtTheHub() {
        hub.close(slot);
        int odd = hub.open("odd", """
                {"name":"odd","size":8,"inputs":0,"outputs":1,"ui":[{"type":"vgroup","label":"odd","items":[
                 {"type":"hslider","label":"cut off","address":"/odd/cut off","index":0,"init":1,"min":0,"max":2,"step":1},
                 {"type":"hslider","label":"q","address":"/odd/q","index":4,"init":1,"min":0,"max":2,"step":1}]}]}
                """, "editor");
        client.send("/odd", "xmit", 1);
        client.send("/odd", "get");
        List<String> shown = client.all(client.out, 500).stream().map(OSCMessage::getAddress).toList();
        assertEquals(List.of("/odd", "/odd", "/odd", "/odd", "/odd", "/odd", "/odd/q"), shown, "the spaced one left out");
        assertEquals(2.0, hub.set(odd, "/odd/cut off", 2, "editor").orElseThrow(), "the hub's set is not broken by OSC");
        hub.set(odd, "/odd/q", 0.5, "editor");
        assertEquals("/odd/q", client.reply().getAddress(), "only the writable one pushed");
    }

    @Test
    void unknownAddressesAndWrongArgumentsAnswerOnTheErrorPort() {
        client.send("/main/nope", 1f);
        OSCMessage error = client.error(3000);
        assertEquals(OscAddressSpace.ERROR_ADDRESS, error.getAddress());
        assertEquals("/main/nope", error.getArguments().get(0));
        client.send("/main/freq", "loud");
        assertEquals("/main/freq", client.error(3000).getArguments().get(0));
        client.send("/main/level", 0.5f);
        assertTrue(((String) client.error(3000).getArguments().get(1)).contains("bargraph"));
        client.send("/main", "blah");
        assertNotNull(client.error(3000));
        assertNull(client.reply(200), "errors never go to the out port");
        assertEquals(440.0, value(slot, "/main/freq"));
    }

    @Test
    void errorsAreRateLimited() throws IOException {
        for (int i = 0; i < 100; i++) {
            client.send("/main/nope" + i, 1f);
        }
        int errors = client.all(client.err, 500).size();
        System.out.println("OSC errors answered for 100 bad messages sent at once: " + errors);
        assertTrue(errors >= 1 && errors <= 30, "errors answered: " + errors);
    }

    @Test
    void eachFurtherSlotHasItsOwnPort_andTheBasePortReachesTheLowestSlot() {
        int drone = hub.open("drone", LiveDsps.DRONE, "editor");
        int dronePort = osc.portOf(drone).orElseThrow();
        assertTrue(dronePort >= client.base + 3, "port " + dronePort);
        assertEquals(client.base, osc.portOf(slot).orElseThrow());
        client.sendTo(dronePort, "/drone", "hello");
        assertEquals(List.of("127.0.0.1", dronePort, client.base + 1, client.base + 2), client.reply().getArguments());
        client.sendTo(dronePort, "/drone/pitch", 220f);
        client.sendTo(dronePort, "/drone/pitch", "get");
        assertEquals(List.of(220f, 50f, 500f), client.reply().getArguments());
        client.send("/drone/pitch", 300f);
        assertEquals("/drone/pitch", client.error(3000).getArguments().get(0), "the base port reaches slot 1 only");

        hub.close(slot);
        client.send("/drone/pitch", "get");
        assertEquals(List.of(220f, 50f, 500f), client.reply().getArguments(), "now the lowest slot is the drone");
        hub.close(drone);
        client.send("/drone", "hello");
        assertEquals("no patch plays on this port", client.error(3000).getArguments().get(1));
        assertTrue(osc.portOf(drone).isEmpty());
    }

    @Test
    void aBusyBasePortScansUpward_keepingTheOutAndErrorPorts() throws IOException {
        osc.close();
        try (DatagramSocket busy = new DatagramSocket(new InetSocketAddress(OscClient.LOOPBACK, client.base));
                OscService second = OscService.start(hub, LiveAccess.open(), OscClient.LOOPBACK, client.base, "127.0.0.1")) {
            assertNotEquals(client.base, second.basePort());
            assertTrue(second.basePort() >= client.base + 3, "skips the out and error ports: " + second.basePort());
            client.sendTo(second.basePort(), "/main", "hello");
            assertEquals(List.of("127.0.0.1", second.basePort(), client.base + 1, client.base + 2),
                    client.reply().getArguments());
            assertNotNull(busy);
        }
        osc = OscService.start(hub, LiveAccess.open(), OscClient.LOOPBACK, client.base, "127.0.0.1");
    }

    @Test
    void aGetAnswersFastEnough_printed() {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long t0 = System.nanoTime();
            client.send("/main/freq", "get");
            assertNotNull(client.reply());
            micros.add((System.nanoTime() - t0) / 1000);
        }
        Collections.sort(micros);
        System.out.println("OSC get round trip on 127.0.0.1, median of 50: " + micros.get(25) + " us");
    }
}
