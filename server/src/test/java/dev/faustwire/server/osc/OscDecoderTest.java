package dev.faustwire.server.osc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.illposed.osc.OSCBundle;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCPacket;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder reads what javaosc writes, address patterns too, and refuses every malformed packet with one exception type. */
class OscDecoderTest {
    private static OscPacket.Message message(byte[] bytes) {
        return (OscPacket.Message) OscDecoder.decode(bytes, 8);
    }

    @Test
    void readsWhatJavaoscWrites_everyArgumentType() {
        byte[] blob = {1, 2, 3, 4, 5};
        OSCMessage sent = new OSCMessage("/main/freq", List.of(1.5f, 7, 9L, 2.25d, "get", blob, true, false));
        OscPacket.Message got = message(OscClient.bytesOf(sent));
        assertEquals("/main/freq", got.address());
        assertEquals(List.of(1.5f, 7, 9L, 2.25d, "get"), got.args().subList(0, 5));
        assertArrayEquals(blob, (byte[]) got.args().get(5));
        assertEquals(List.of(true, false), got.args().subList(6, 8));
    }

    @Test
    void readsAddressPatterns_whichJavaoscRefusesToRead() {
        assertEquals("/*/g[a-z]in", message(OscClient.encode("/*/g[a-z]in", 1f)).address());
        assertEquals("/main/{freq,gain}", message(OscClient.encode("/main/{freq,gain}", "get")).address());
    }

    @Test
    void readsBundlesInOrder_nestedOnesToo() {
        OSCBundle inner = new OSCBundle(List.<OSCPacket>of(new OSCMessage("/b", List.of(2))));
        OSCBundle outer = new OSCBundle(List.<OSCPacket>of(new OSCMessage("/a", List.of(1)), inner));
        OscPacket.Bundle got = (OscPacket.Bundle) OscDecoder.decode(OscClient.bytesOf(outer), 8);
        assertEquals(new OscPacket.Message("/a", List.of(1)), got.packets().get(0));
        assertEquals(new OscPacket.Bundle(List.of(new OscPacket.Message("/b", List.of(2)))), got.packets().get(1));
    }

    @Test
    void aMessageWithoutTypeTagsHasNoArguments() {
        assertEquals(List.of(), message(OscClient.padded("/main")).args());
    }

    @Test
    void refusesBundlesNestedTooDeep() {
        OSCPacket packet = new OSCMessage("/x", List.of(1));
        for (int i = 0; i < 9; i++) {
            packet = new OSCBundle(List.of(packet));
        }
        byte[] bytes = OscClient.bytesOf(packet);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(bytes, 8));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        OscDecoder.decode(bytes, 10);
    }

    @Test
    void everyTruncationOfAValidMessageIsRefused_butTheAddressAlone() {
        byte[] whole = OscClient.encode("/main/freq", 660f, "get", 1.0d);
        for (int length = 0; length < whole.length; length++) {
            byte[] part = Arrays.copyOf(whole, length);
            if (length == OscClient.padded("/main/freq").length) {
                assertEquals(new OscPacket.Message("/main/freq", List.of()), message(part), "the address alone");
            } else {
                assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(part, 8), "length " + length);
            }
        }
    }

    @Test
    void wrongTypeTagsAreRefused() {
        byte[] unknownTag = concat(OscClient.padded("/main/freq"), OscClient.padded(",x"), new byte[4]);
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(unknownTag, 8));
        byte[] moreTagsThanData = concat(OscClient.padded("/main/freq"), OscClient.padded(",fff"), new byte[4]);
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(moreTagsThanData, 8));
        byte[] moreDataThanTags = concat(OscClient.padded("/main/freq"), OscClient.padded(",f"), new byte[8]);
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(moreDataThanTags, 8));
        byte[] noComma = concat(OscClient.padded("/main/freq"), OscClient.padded("f"), new byte[4]);
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(noComma, 8));
        byte[] array = concat(OscClient.padded("/main/freq"), OscClient.padded(",[f]"), new byte[4]);
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(array, 8));
        byte[] noSlash = OscClient.encode("main", 1f);
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(noSlash, 8));
        byte[] hugeBlob = concat(OscClient.padded("/m"), OscClient.padded(",b"), new byte[] {0x7f, 0, 0, 0});
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(hugeBlob, 8));
        byte[] badElement = concat("#bundle\0".getBytes(), new byte[8], new byte[] {0, 0, 0, 64}, new byte[8]);
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(badElement, 8));
        byte[] negativeElement = concat("#bundle\0".getBytes(), new byte[8], new byte[] {-1, -1, -1, -4});
        assertThrows(IllegalArgumentException.class, () -> OscDecoder.decode(negativeElement, 8));
    }

    @Test
    void randomBytesNeverThrowAnythingButIllegalArgument() {
        Random random = new Random(18);
        int decoded = 0;
        for (int i = 0; i < 20000; i++) {
            byte[] bytes = new byte[random.nextInt(64) * (random.nextBoolean() ? 1 : 4)];
            random.nextBytes(bytes);
            if (random.nextInt(3) == 0 && bytes.length >= 8) {
                System.arraycopy(OscClient.padded("/ma"), 0, bytes, 0, 4);
            }
            try {
                OscDecoder.decode(bytes, 8);
                decoded++;
            } catch (IllegalArgumentException expected) {
                // refused: fine
            }
        }
        System.out.println("OSC decoder: of 20000 random packets, " + decoded + " read as OSC, the rest refused");
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
