package dev.faustwire.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The server's reading of messages (checked fields, each refusal with its reason), slot numbers in paths, and the socket bounds. */
class LiveMessageTest {
    @Test
    void fieldsAreReadOnlyWhenTheyHaveTheirType() throws Exception {
        LiveMessage m = LiveMessage.parse("{\"type\":\"set\",\"slot\":2,\"address\":\"/a\",\"value\":1.5}");
        assertEquals("set", m.type());
        assertEquals(2, m.slot("slot"));
        assertEquals("/a", m.text("address"));
        assertEquals(1.5, m.number("value"));
        LiveMessage bad = LiveMessage.parse("{\"type\":7,\"slot\":0,\"address\":[],\"value\":\"1\",\"big\":1e999,\"frac\":1.5}");
        assertEquals("\"type\" is not a text", assertThrows(LiveMessage.Malformed.class, bad::type).getMessage());
        assertEquals("\"slot\" is not a slot number", assertThrows(LiveMessage.Malformed.class, () -> bad.slot("slot")).getMessage());
        assertThrows(LiveMessage.Malformed.class, () -> bad.slot("frac"));
        assertThrows(LiveMessage.Malformed.class, () -> bad.slot("missing"));
        assertThrows(LiveMessage.Malformed.class, () -> bad.text("address"));
        assertEquals("\"value\" is not a finite number", assertThrows(LiveMessage.Malformed.class, () -> bad.number("value")).getMessage());
        assertThrows(LiveMessage.Malformed.class, () -> bad.number("big"), "1e999 is infinite");
    }

    @Test
    void textThatIsNotAJsonObjectIsRefusedWithItsReason() {
        assertTrue(assertThrows(LiveMessage.Malformed.class, () -> LiveMessage.parse("{\"a\":")).getMessage().startsWith("not JSON"));
        assertEquals("not a JSON object", assertThrows(LiveMessage.Malformed.class, () -> LiveMessage.parse("[1]")).getMessage());
        assertEquals("not a JSON object", assertThrows(LiveMessage.Malformed.class, () -> LiveMessage.parse("\"x\"")).getMessage());
        assertThrows(LiveMessage.Malformed.class, () -> LiveMessage.parse("{\"value\": NaN}"));
        assertThrows(LiveMessage.Malformed.class, () -> LiveMessage.parse(""));
    }

    @Test
    void slotNumbersInPathsAreSmallPositiveDecimals() {
        assertEquals(1, LiveRoutes.slotNumber("1"));
        assertEquals(1_000_000, LiveRoutes.slotNumber("1000000"));
        assertEquals(-1, LiveRoutes.slotNumber("1000001"));
        assertEquals(-1, LiveRoutes.slotNumber("0"));
        assertEquals(-1, LiveRoutes.slotNumber("-1"));
        assertEquals(-1, LiveRoutes.slotNumber("+1"));
        assertEquals(-1, LiveRoutes.slotNumber("1e3"));
        assertEquals(-1, LiveRoutes.slotNumber("٣"), "only ASCII digits");
        assertEquals(-1, LiveRoutes.slotNumber(""));
        assertEquals(-1, LiveRoutes.slotNumber(null));
        assertEquals(-1, LiveRoutes.slotNumber("99999999999999999999"));
    }

    @Test
    void theBoundsCountPerSlotAndPerAddressAndFreePlacesAgain() throws Exception {
        RemoteLimits limits = new RemoteLimits(2, 3);
        InetAddress a = InetAddress.getByName("192.0.2.1");
        InetAddress b = InetAddress.getByName("192.0.2.2");
        assertTrue(limits.admit(1, a));
        assertTrue(limits.admit(1, b));
        assertFalse(limits.admit(1, a), "slot 1 is full");
        assertTrue(limits.admit(2, a));
        assertTrue(limits.admit(3, a));
        assertFalse(limits.admit(4, a), "address a holds 3");
        assertTrue(limits.admit(4, b));
        limits.release(1, a);
        assertTrue(limits.admit(1, b), "a place on slot 1 freed");
        assertFalse(limits.admit(5, b), "b holds 3 now");
        limits.release(2, a);
        limits.release(3, a);
        limits.release(3, a);
        assertTrue(limits.admit(5, a), "a holds nothing now; counts never go below zero");
        assertTrue(limits.admit(6, a));
        assertTrue(limits.admit(7, a));
        assertFalse(limits.admit(8, a), "three again, not four: the extra release did not count twice");
    }

    @Test
    void theDeniedPageHasNoScriptAndSaysWhatToDo() {
        String page = LiveRoutes.denied();
        assertTrue(page.contains(LiveRoutes.NEEDS_TOKEN));
        assertFalse(page.contains("<script"));
        assertTrue(page.contains("name=\"viewport\""));
    }
}
