package dev.faustwire.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code's SVG, drawn back into pixels from its one path and read by ZXing: it says the address it was given. */
class LiveQrTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int SCALE = 6;

    /** Reads a QR code SVG of ours: each {@code Mx,yh1v1h-1z} is one dark module. */
    static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), "a viewBox");
        int size = Integer.parseInt(box.group(1));
        BufferedImage image = new BufferedImage(size * SCALE, size * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Matcher m = MODULE.matcher(svg);
        while (m.find()) {
            g.fillRect(Integer.parseInt(m.group(1)) * SCALE, Integer.parseInt(m.group(2)) * SCALE, SCALE, SCALE);
        }
        g.dispose();
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    @Test
    void theSvgReadsBackAsTheAddressWithItsToken() throws Exception {
        String address = "http://192.168.1.20:7070/remote/12?token=" + LiveAccess.newToken();
        String svg = LiveQr.svg(address);
        assertEquals(address, decode(svg));
        assertEquals(1, svg.split("<path ", -1).length - 1, "one path");
        assertTrue(svg.startsWith("<?xml"));
    }

    @Test
    void theCodeHasAQuietZoneOfFourModulesOnEachSide() {
        String svg = LiveQr.svg("http://127.0.0.1:7070/remote/1");
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find());
        int size = Integer.parseInt(box.group(1));
        int min = Integer.MAX_VALUE;
        int max = 0;
        Matcher m = MODULE.matcher(svg);
        while (m.find()) {
            for (int i = 1; i <= 2; i++) {
                int v = Integer.parseInt(m.group(i));
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        assertEquals(LiveQr.QUIET_ZONE, min, "the finder patterns start after the quiet zone");
        assertEquals(size - LiveQr.QUIET_ZONE - 1, max, "and end before it");
        assertEquals(29 + 8, size, "a version 3 code (29 modules) for this address, plus 2 x 4");
    }
}
