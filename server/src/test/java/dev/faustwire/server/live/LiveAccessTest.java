package dev.faustwire.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Who may control the session: everyone when open; with a token, only its holders and the addresses that presented it. */
class LiveAccessTest {
    @Test
    void anOpenSessionAcceptsEveryoneAndHasNoToken() throws Exception {
        LiveAccess open = LiveAccess.open();
        assertFalse(open.tokenRequired());
        assertNull(open.token());
        assertTrue(open.accepts(null));
        assertTrue(open.accepts("anything"));
        assertTrue(open.authorized(InetAddress.getByName("192.0.2.9")));
    }

    @Test
    void withATokenOnlyThatExactTokenIsAccepted() throws Exception {
        LiveAccess access = LiveAccess.withToken("s3cret-token");
        assertTrue(access.tokenRequired());
        assertEquals("s3cret-token", access.token());
        assertTrue(access.accepts("s3cret-token"));
        assertFalse(access.accepts(null));
        assertFalse(access.accepts(""));
        assertFalse(access.accepts("s3cret-toke"));
        assertFalse(access.accepts("s3cret-token "));
        assertFalse(access.accepts("S3CRET-TOKEN"));
        InetAddress phone = InetAddress.getByName("192.0.2.9");
        assertFalse(access.authorized(phone));
        access.authorize(phone);
        assertTrue(access.authorized(phone));
        assertFalse(access.authorized(InetAddress.getByName("192.0.2.10")));
        assertFalse(access.authorized(null));
        assertThrows(IllegalArgumentException.class, () -> LiveAccess.withToken(""));
    }

    @Test
    void newTokensAre128RandomBitsInUrlSafeBase64() {
        String a = LiveAccess.newToken();
        String b = LiveAccess.newToken();
        assertNotEquals(a, b);
        assertEquals(22, a.length(), "16 bytes, no padding");
        assertEquals(16, Base64.getUrlDecoder().decode(a).length);
        assertTrue(a.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_'), a);
    }

    @Test
    void theAdvertisedHostIsTheOneGivenOrALanAddressForEveryInterface() throws Exception {
        assertEquals("192.0.2.7", AdvertisedHost.of("192.0.2.7"));
        assertEquals("127.0.0.1", AdvertisedHost.of("127.0.0.1"));
        assertEquals("10.0.0.5", AdvertisedHost.firstSiteLocal(java.util.List.of(InetAddress.getByName("192.0.2.2"),
                InetAddress.getByName("::1"), InetAddress.getByName("10.0.0.5"))));
        assertEquals("192.0.2.2", AdvertisedHost.firstSiteLocal(java.util.List.of(InetAddress.getByName("127.0.0.1"),
                InetAddress.getByName("169.254.1.1"), InetAddress.getByName("192.0.2.2"))), "no LAN address: a public one");
        assertEquals("127.0.0.1", AdvertisedHost.firstSiteLocal(java.util.List.of(InetAddress.getByName("127.0.0.1"))));
        assertNotEquals("0.0.0.0", AdvertisedHost.of("0.0.0.0"));
        assertTrue(AdvertisedHost.beyondLoopback("0.0.0.0"));
        assertTrue(AdvertisedHost.beyondLoopback("192.0.2.7"));
        assertFalse(AdvertisedHost.beyondLoopback("127.0.0.1"));
        assertFalse(AdvertisedHost.beyondLoopback("localhost"));
        assertFalse(AdvertisedHost.beyondLoopback("::1"));
    }
}
