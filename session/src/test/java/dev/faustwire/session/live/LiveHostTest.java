package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor page's side of the hub: what it sends on each event and what it does with each server message. */
class LiveHostTest {
    private static final String DSP = "{\"ui\":[]}";

    /** A field of a sent message, as text. */
    private static String field(String message, String name) {
        JsonValue v = ((JsonObject) JsonParser.parse(message).value()).get(name);
        return v instanceof JsonValue.JsonString s ? s.value() : ((JsonValue.JsonNumber) v).text();
    }

    private static String opened(String key, int slot) {
        return "{\"type\":\"opened\",\"key\":\"" + key + "\",\"slot\":" + slot + ",\"remote\":\"http://h:1/remote/" + slot
                + "?token=t\",\"osc\":5510}";
    }

    @Test
    void nothingIsSentBeforeTheSocketOpensThenEveryPlayingSlotIsOpened() {
        LiveHost host = new LiveHost();
        assertEquals(List.of(), host.playing("editor", "a.json", DSP));
        assertNull(host.valueSet("editor", "/a/freq", 500), "not opened yet: kept for later");
        assertEquals(List.of(), host.playing("slot-1", "b.dsp", DSP));
        List<String> opens = host.connected();
        assertEquals(2, opens.size());
        assertEquals("open", field(opens.get(0), "type"));
        assertEquals("editor", field(opens.get(0), "key"));
        assertEquals("a.json", field(opens.get(0), "name"));
        assertEquals(DSP, field(opens.get(0), "json"));
        assertEquals("slot-1", field(opens.get(1), "key"));
        assertTrue(host.numbers().isEmpty(), "numbers come with the answers");
    }

    @Test
    void anOpenedSlotGetsItsNumberItsPhonePageAndTheValuesSetBefore() {
        LiveHost host = new LiveHost();
        host.playing("editor", "a.json", DSP);
        host.valueSet("editor", "/a/freq", 500);
        host.valueSet("editor", "/a/gain", 0.25);
        host.connected();
        List<String> reply = new ArrayList<>();
        LiveHost.Action action = host.received(opened("editor", 3), reply);
        assertEquals("opened", action.kind());
        assertEquals(Map.of("editor", 3), host.numbers());
        assertEquals("http://h:1/remote/3?token=t", host.remote("editor"));
        assertEquals(5510, host.oscPort());
        assertEquals(2, reply.size());
        assertEquals("3", field(reply.get(0), "slot"));
        assertEquals("/a/freq", field(reply.get(0), "address"));
        assertEquals("500", field(reply.get(0), "value"));
        assertEquals("0.25", field(reply.get(1), "value"));
        String set = host.valueSet("editor", "/a/freq", 510);
        assertEquals("set", field(set, "type"));
        assertEquals("510", field(set, "value"));
        List<String> again = host.playing("editor", "a2.json", DSP);
        assertEquals("update", field(again.get(0), "type"), "an opened slot that plays something else is updated");
        assertEquals("3", field(again.get(0), "slot"));
    }

    @Test
    void aValueFromThePhoneIsAppliedAndItsEchoIsNotSentBack() {
        LiveHost host = new LiveHost();
        host.playing("editor", "a", DSP);
        host.connected();
        host.received(opened("editor", 1), new ArrayList<>());
        LiveHost.Action set = host.received("{\"type\":\"set\",\"slot\":1,\"address\":\"/a/freq\",\"value\":660}", new ArrayList<>());
        assertEquals("set", set.kind());
        assertEquals("editor", set.slot());
        assertEquals("/a/freq", set.address());
        assertEquals(660, set.value());
        assertNull(host.valueSet("editor", "/a/freq", 660), "the page applying it: not sent back");
        assertEquals("661", field(host.valueSet("editor", "/a/freq", 661), "value"), "a move after it is sent");
        assertEquals("none", host.received("{\"type\":\"set\",\"slot\":9,\"address\":\"/a\",\"value\":1}", new ArrayList<>()).kind(),
                "a slot the page does not have");
    }

    @Test
    void aFileDroppedOnAPhoneIsForTheSlotThatItsNumberNames() {
        LiveHost host = new LiveHost();
        host.playing("editor", "a", DSP);
        host.playing("slot-2", "b", DSP);
        host.connected();
        host.received(opened("editor", 1), new ArrayList<>());
        host.received(opened("slot-2", 4), new ArrayList<>());
        LiveHost.Action replace = host.received("{\"type\":\"replace\",\"slot\":4,\"name\":\"x.dsp\",\"text\":\"process = _;\"}",
                new ArrayList<>());
        assertEquals("replace", replace.kind());
        assertEquals("slot-2", replace.slot());
        assertEquals("x.dsp", replace.name());
        assertEquals("process = _;", replace.text());
        assertEquals("slot-2", host.slotOf(4));
        assertNull(host.slotOf(2));
    }

    @Test
    void aStoppedSlotIsClosedAndAnAnswerForASlotThatStoppedMeanwhileClosesIt() {
        LiveHost host = new LiveHost();
        host.playing("editor", "a", DSP);
        host.connected();
        host.received(opened("editor", 1), new ArrayList<>());
        List<String> close = host.stopped("editor");
        assertEquals("close", field(close.get(0), "type"));
        assertEquals("1", field(close.get(0), "slot"));
        assertFalse(host.anyPlaying());
        assertNull(host.remote("editor"));
        List<String> reply = new ArrayList<>();
        assertEquals("none", host.received(opened("editor", 1), reply).kind(), "it stopped before the answer came");
        assertEquals("close", field(reply.get(0), "type"));
        assertEquals(List.of(), host.stopped("editor"), "stopping twice sends nothing");
    }

    @Test
    void aLostSocketForgetsTheNumbersAndTheNextOneOpensEverythingAgain() {
        LiveHost host = new LiveHost();
        host.playing("editor", "a", DSP);
        host.connected();
        host.received(opened("editor", 1), new ArrayList<>());
        host.valueSet("editor", "/a/freq", 300);
        host.disconnected();
        assertTrue(host.numbers().isEmpty());
        assertNull(host.valueSet("editor", "/a/freq", 310), "nothing to send to while down");
        List<String> opens = host.connected();
        assertEquals(1, opens.size());
        List<String> reply = new ArrayList<>();
        host.received(opened("editor", 1), reply);
        assertEquals("310", field(reply.get(0), "value"), "the latest value goes to the new hub");
    }

    @Test
    void malformedServerMessagesDoNothing() {
        LiveHost host = new LiveHost();
        host.playing("editor", "a", DSP);
        host.connected();
        List<String> reply = new ArrayList<>();
        for (String bad : List.of("", "nope", "{}", "{\"type\":\"opened\"}", "{\"type\":\"set\",\"slot\":1}",
                "{\"type\":\"ui\",\"json\":\"{}\"}", "{\"type\":\"closed\"}")) {
            assertEquals("none", host.received(bad, reply).kind(), bad);
        }
        assertTrue(reply.isEmpty());
        assertTrue(host.numbers().isEmpty());
    }

    @Test
    void thePhonePageReadsItsSlotFromItsPathAndSendsOnlyPatchesAndFaustText() {
        assertEquals(12, RemotePage.slotNumber("/remote/12"));
        assertEquals(-1, RemotePage.slotNumber("/remote/"));
        assertEquals(-1, RemotePage.slotNumber("/remote/0"));
        assertEquals(-1, RemotePage.slotNumber("/remote/1x"));
        assertEquals(-1, RemotePage.slotNumber("/remote/12345678"));
        assertEquals(-1, RemotePage.slotNumber("/remote.html"));
        assertEquals(-1, RemotePage.slotNumber(null));
        assertTrue(RemotePage.playable("a.DSP"));
        assertTrue(RemotePage.playable("b.json"));
        assertTrue(RemotePage.playable("c.dsppat"));
        assertFalse(RemotePage.playable("d.txt"));
        assertFalse(RemotePage.playable("e.gendsp"), "a Gen import needs the editor's dialogs");
        assertNull(RemotePage.refusal("a.dsp", "process = _;", true));
        assertEquals(RemotePage.WRONG_KIND, RemotePage.refusal("a.wav", "", true));
        assertEquals("Nothing plays here to replace.", RemotePage.refusal("a.dsp", "process = _;", false));
        assertEquals("big.dsp is too large to send (4 MiB at most).",
                RemotePage.refusal("big.dsp", "x".repeat(RemotePage.MAX_FILE_CHARS + 1), true));
        assertNull(RemotePage.refusal("fits.dsp", "x".repeat(RemotePage.MAX_FILE_CHARS), true));
    }
}
