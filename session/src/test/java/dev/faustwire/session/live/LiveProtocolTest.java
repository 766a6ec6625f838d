package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's messages of docs/live.md, written exactly, and the server's read back (or refused when malformed). */
class LiveProtocolTest {
    /** The canonical writer's text on one line (it puts each key on its own line). */
    private static String oneLine(String json) {
        return json.replaceAll("\\n\\s*", "").replace("\": ", "\":");
    }

    @Test
    void thePagesMessagesAreCanonicalJsonWithSortedKeys() {
        assertEquals("{\n  \"json\": \"{}\",\n  \"key\": \"k\",\n  \"name\": \"n\",\n  \"type\": \"open\"\n}\n",
                LiveProtocol.open("k", "n", "{}"), "keys sorted, one a line");
        assertEquals("{\"json\":\"{\\\"ui\\\":[]}\",\"key\":\"editor\",\"name\":\"a.json\",\"type\":\"open\"}",
                oneLine(LiveProtocol.open("editor", "a.json", "{\"ui\":[]}")));
        assertEquals("{\"json\":\"{}\",\"name\":\"b\",\"slot\":2,\"type\":\"update\"}",
                oneLine(LiveProtocol.update(2, "b", "{}")));
        assertEquals("{\"address\":\"/main/freq\",\"slot\":1,\"type\":\"set\",\"value\":660}",
                oneLine(LiveProtocol.set(1, "/main/freq", 660)));
        assertEquals("{\"address\":\"/main/gain\",\"slot\":1,\"type\":\"set\",\"value\":0.25}",
                oneLine(LiveProtocol.set(1, "/main/gain", 0.25)));
        assertEquals("{\"slot\":3,\"type\":\"close\"}", oneLine(LiveProtocol.close(3)));
        assertEquals("{\"address\":\"/a\",\"type\":\"set\",\"value\":-1.5}", oneLine(LiveProtocol.remoteSet("/a", -1.5)));
        assertEquals("{\"name\":\"x.dsp\",\"text\":\"process = _;\\n\",\"type\":\"replace\"}",
                oneLine(LiveProtocol.replace("x.dsp", "process = _;\n")));
    }

    @Test
    void theServersMessagesAreRead() {
        LiveProtocol.Message opened = LiveProtocol.read(
                "{\"type\":\"opened\",\"key\":\"editor\",\"slot\":4,\"remote\":\"http://h:1/remote/4?token=t\",\"osc\":5510}");
        assertEquals("opened", opened.type());
        assertEquals("editor", opened.key());
        assertEquals(4, opened.slot());
        assertEquals("http://h:1/remote/4?token=t", opened.remote());
        assertEquals(5510, opened.osc());
        LiveProtocol.Message set = LiveProtocol.read("{\"type\":\"set\",\"slot\":4,\"address\":\"/main/freq\",\"value\":660.5}");
        assertEquals(660.5, set.value());
        assertEquals("/main/freq", set.address());
        LiveProtocol.Message ui = LiveProtocol.read(
                "{\"type\":\"ui\",\"slot\":1,\"name\":\"n\",\"json\":\"{}\",\"values\":{\"/a\":1,\"/b\":2.5,\"/c\":\"x\"}}");
        assertEquals(Map.of("/a", 1.0, "/b", 2.5), ui.values(), "values that are not numbers are left out");
        assertEquals("{}", ui.json());
        LiveProtocol.Message replace = LiveProtocol.read("{\"type\":\"replace\",\"slot\":1,\"name\":\"d.dsp\",\"text\":\"t\"}");
        assertEquals("d.dsp", replace.name());
        assertEquals("closed", LiveProtocol.read("{\"type\":\"closed\"}").type());
        assertEquals(-1, LiveProtocol.read("{\"type\":\"closed\"}").slot());
    }

    @Test
    void malformedServerMessagesAreNull() {
        assertNull(LiveProtocol.read("not json"));
        assertNull(LiveProtocol.read("[1]"));
        assertNull(LiveProtocol.read("{}"));
        assertNull(LiveProtocol.read("{\"type\":7}"));
        assertNull(LiveProtocol.read("{\"type\":\"fly\"}"));
        assertNull(LiveProtocol.read("{\"type\":\"set\",\"address\":\"/a\",\"value\":\"1\"}"));
        assertNull(LiveProtocol.read("{\"type\":\"set\",\"address\":\"/a\",\"value\":1e999}"));
        assertNull(LiveProtocol.read("{\"type\":\"set\",\"value\":1}"));
        assertNull(LiveProtocol.read("{\"type\":\"opened\",\"key\":\"editor\",\"slot\":1.5}"));
        assertNull(LiveProtocol.read("{\"type\":\"opened\",\"slot\":1}"));
        assertNull(LiveProtocol.read("{\"type\":\"replace\",\"name\":\"x\"}"));
        assertNull(LiveProtocol.read("{\"type\":\"ui\"}"));
    }

    @Test
    void aValueFromTheServerIsNotSentBackButOnlyOnce() {
        LiveEcho echo = new LiveEcho();
        echo.expect("editor", "/main/freq", 660);
        assertFalse(echo.isEcho("rack-1", "/main/freq", 660), "another slot");
        assertFalse(echo.isEcho("editor", "/main/gain", 660), "another address");
        assertTrue(echo.isEcho("editor", "/main/freq", 660), "the page applying the server's value");
        assertFalse(echo.isEcho("editor", "/main/freq", 660), "the same value moved again on the page is sent");
        echo.expect("editor", "/main/freq", 661);
        assertFalse(echo.isEcho("editor", "/main/freq", 660.5), "rounded by the control: sent once, then done");
        assertFalse(echo.isEcho("editor", "/main/freq", 661));
        echo.expect("editor", "/main/freq", 700);
        echo.forget("editor");
        assertFalse(echo.isEcho("editor", "/main/freq", 700));
    }
}
