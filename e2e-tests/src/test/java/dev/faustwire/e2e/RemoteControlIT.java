package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveOptions;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A phone plays the editor's controls (issue 18, Deliver 3): the server requires its token (still on
 * 127.0.0.1); the editor plays {@code hslider freq 440 20 2000 1 -> os.osc}; the test reads the QR
 * code's pixels with ZXing, opens that address in a second, phone-sized context, moves freq to 660
 * there, and the editor's slider and the captured pitch follow; the editor moves it back and the
 * phone follows. Without the token the phone page shows no controls and its socket is refused.
 */
class RemoteControlIT {
    private static final String TOKEN = LiveAccess.newToken();
    private static Javalin server;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path workspace = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "remote");
        server = FaustwireServer.start("127.0.0.1", 0, workspace, new LiveOptions(LiveAccess.withToken(TOKEN), 0, "127.0.0.1"));
        playwright = Playwright.create();
        browser = E2e.launchChromium(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 760).setHasTouch(true)
                .setDeviceScaleFactor(2).setIsMobile(true));
    }

    @Test
    void aPhoneWithTheQrCodesAddressPlaysTheEditorsControlsAndFollowsThem() throws Exception {
        Page editor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        E2e.printConsoleErrors(editor, "editor");
        List<String> policy = new CopyOnWriteArrayList<>();
        editor.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                policy.add(m.text());
            }
        });
        List<String> sentByEditor = new CopyOnWriteArrayList<>();
        editor.onWebSocket(ws -> ws.onFrameSent(frame -> sentByEditor.add(frame.text())));
        Patcher p = Patcher.open(editor, server.port(), "?record&token=" + TOKEN);
        Locator remote = editor.locator("[data-role='remote']");
        assertThat(remote).containsText("Switch audio on to control the patch from a phone.");
        p.typeFreqSine();
        AuditionIT.switchAudioOn(editor);
        Locator qr = remote.locator("img[data-role='remote-qr']");
        qr.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(20_000));
        editor.waitForFunction("() => { const i = document.querySelector(\"img[data-role='remote-qr']\");"
                + " return i && i.complete && i.naturalWidth > 0; }");
        Path shots = Files.createDirectories(E2e.TARGET.resolve("screenshots"));
        remote.screenshot(new Locator.ScreenshotOptions().setPath(shots.resolve("remote-panel.png")));

        String address = decode(qr.screenshot());
        System.out.println("[remote] the QR code reads " + address.replace(TOKEN, "<token>"));
        assertEquals(base() + "/remote/1?token=" + TOKEN, address, "the code carries the page's address and the token");
        assertThat(qr).hasAttribute("alt", "QR code of " + address);
        assertThat(remote.locator("a[data-role='remote-link']")).hasAttribute("href", address);

        Page phone = phone().newPage();
        E2e.printConsoleErrors(phone, "phone");
        phone.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                policy.add(m.text());
            }
        });
        phone.navigate(address);
        Locator phoneFreq = phone.locator("[data-role='controls'] [data-address='/main/freq']");
        assertThat(phoneFreq).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
        Locator phoneNumber = phoneFreq.locator("input.number");
        assertThat(phoneNumber).hasValue("440");
        assertThat(phone.locator("[data-role='remote-status']")).hasText("connected");
        assertThat(phone.locator("[data-role='remote-title']")).hasText("untitled");

        // on the phone: the freq slider, moved by touch to its middle, then typed to exactly 660
        Locator phoneSlider = phoneFreq.locator("input.slider");
        phoneSlider.tap();
        phoneNumber.click();
        phoneNumber.press("Control+a");
        phoneNumber.pressSequentially("660");
        phoneNumber.press("Enter");
        assertThat(phoneNumber).hasValue("660");

        Locator editorFreq = editor.locator("[data-role='controls'] [data-address='/main/freq']");
        assertThat(editorFreq.locator("input.number")).hasValue("660");
        assertThat(editorFreq).hasAttribute("data-value", "660");
        assertEquals("640", editorFreq.locator("input.slider").inputValue(), "the editor's slider at (660 - 20) / 1");
        Recording.Capture capture = Recording.listen(editor);
        double heard = Signal.frequency(capture.samples(), capture.rate());
        System.out.println("[remote] after the phone's move the editor plays " + heard + " Hz");
        assertEquals(660, heard, 6.6, "the captured sound follows the phone, within 1%");
        phone.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("remote-phone.png")));
        long echoes = sentByEditor.stream().filter(f -> f.contains("\"set\"") && f.contains("\"value\": 660")).count();
        assertEquals(0, echoes, "the editor did not send the phone's value back: " + sentByEditor.size() + " frames sent");

        // in the editor: the slider moved back by the keyboard, 220 steps of 1 Hz; the phone follows
        editorFreq.locator("input.slider").focus();
        for (int i = 0; i < 220; i++) {
            editor.keyboard().press("ArrowLeft");
        }
        assertThat(editorFreq.locator("input.number")).hasValue("440");
        assertThat(phoneNumber).hasValue("440");
        assertEquals("420", phoneSlider.inputValue(), "the phone's slider too");
        editor.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("remote-editor.png")));
        assertTrue(policy.isEmpty(), "the Content-Security-Policy let both sockets through: " + policy);
        phone.context().close();
        editor.context().close();
    }

    @Test
    void withoutTheTokenThePhonePageShowsNoControlsAndItsSocketIsRefused() throws Exception {
        Page phone = phone().newPage();
        phone.navigate(base() + "/remote/1");
        assertThat(phone.locator("[data-role='remote-status']")).hasText("This page needs the link from the QR code.");
        assertEquals(0, phone.locator("[data-address]").count(), "no controls");
        assertEquals(0, phone.locator("script").count(), "no script that could open a socket");
        Object outcome = phone.evaluate("url => new Promise(done => { const s = new WebSocket(url);"
                + " s.onopen = () => done('open'); s.onclose = e => done('closed ' + e.code); })",
                "ws://127.0.0.1:" + server.port() + "/api/live/remote/1");
        assertEquals("closed 1006", outcome, "the page's own socket never opens");
        phone.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots").resolve("remote-denied.png")));
        phone.context().close();
        try {
            HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/api/live/remote/1?token=wrong"),
                            new WebSocket.Listener() { })
                    .get(20, TimeUnit.SECONDS).abort();
            throw new AssertionError("the socket opened without the token");
        } catch (ExecutionException e) {
            assertTrue(e.getCause() instanceof WebSocketHandshakeException, String.valueOf(e.getCause()));
            assertEquals(403, ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
        }
    }

    /** The text of the QR code in a PNG, read by ZXing. */
    static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
