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
        List<String> heardByEditor = new CopyOnWriteArrayList<>();
        editor.onDialog(dialog -> dialog.accept());
        editor.onWebSocket(ws -> {
            ws.onFrameSent(frame -> sentByEditor.add(frame.text()));
            ws.onFrameReceived(frame -> heardByEditor.add(frame.text()));
        });
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

        var shownCode = qr.elementHandle();
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
        phone.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(com.microsoft.playwright.options.ColorScheme.DARK));
        phone.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("remote-phone-dark.png")));

        // the phone page meets WCAG A/AA in both colour schemes (axe is injected, so this context bypasses the policy)
        for (var scheme : List.of(com.microsoft.playwright.options.ColorScheme.LIGHT, com.microsoft.playwright.options.ColorScheme.DARK)) {
            Page checked = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 760).setBypassCSP(true)
                    .setColorScheme(scheme)).newPage();
            checked.navigate(address);
            assertThat(checked.locator("[data-address='/main/freq'] input.number")).hasValue("440");
            List<String> violations = Axe.violations(checked);
            System.out.println("[remote] the phone page, " + scheme + ": " + violations.size() + " violation(s)");
            assertTrue(violations.isEmpty(), Axe.report("the phone page, " + scheme, violations));
            checked.context().close();
        }

        // the patch saved under a name: the Remote section and the phone show it, and the code on screen stays put
        p.box("box-4").click();
        p.save("remote sine");
        assertThat(remote.locator(".remote-name")).containsText("remote sine.json");
        assertThat(phone.locator("[data-role='remote-title']")).hasText("remote sine.json");

        // a file dropped on the phone goes to the editor, to play instead (FaustLive's drop); others are refused unread
        String dsp = "import(\"stdfaust.lib\");\nprocess = os.osc(330) * 0.1;\n";
        drop(phone, "notes.txt", "not Faust");
        assertThat(phone.locator("[data-role='remote-status']")).hasText("Drop a .dsp, .json or .dsppat file to play it instead.");
        drop(phone, "sine330.dsp", dsp);
        assertThat(phone.locator("[data-role='remote-status']")).hasText("Sent sine330.dsp to the editor.");
        editor.waitForCondition(() -> heardByEditor.stream().anyMatch(f -> f.contains("\"replace\"")));
        List<String> replaces = heardByEditor.stream().filter(f -> f.contains("\"replace\"")).toList();
        assertEquals(1, replaces.size(), "one replace, the .dsp: " + replaces);
        var replace = new com.fasterxml.jackson.databind.ObjectMapper().readTree(replaces.get(0));
        assertEquals("sine330.dsp", replace.get("name").asText());
        assertEquals(dsp, replace.get("text").asText());
        assertEquals(1, replace.get("slot").asInt());
        // the rack's opener makes the editor play it (a patch of one code box); the phone follows the new DSP
        assertThat(editor.locator("[data-role='controls']")).containsText("This patch has no controls.",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(phone.locator("[data-role='controls']")).containsText("This patch has no controls.");
        Recording.Capture dropped = Recording.listen(editor);
        double droppedHz = Signal.frequency(dropped.samples(), dropped.rate());
        System.out.println("[remote] after the drop on the phone the editor plays " + droppedHz + " Hz");
        assertEquals(330, droppedHz, 3.3, "the dropped .dsp plays");
        assertTrue(policy.isEmpty(), "the Content-Security-Policy let both sockets through: " + policy);
        assertEquals(true, shownCode.evaluate("e => e.isConnected"),
                "the slot's address did not change, so its QR code stayed on screen through the rename and the new program (no reload, no blink)");
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

    @Test
    void whenTheServerRestartsBothPagesSayDisconnectedAndComeBack() throws Exception {
        Path workspace = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "remote-restart");
        LiveOptions options = new LiveOptions(LiveAccess.withToken(TOKEN), 0, "127.0.0.1");
        Javalin first = FaustwireServer.start("127.0.0.1", 0, workspace, options);
        int port = first.port();
        Javalin second = null;
        try {
            Page editor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
            Patcher p = Patcher.open(editor, port, "?record&token=" + TOKEN);
            p.typeFreqSine();
            AuditionIT.switchAudioOn(editor);
            Locator link = editor.locator("[data-role='remote'] a[data-role='remote-link']");
            assertThat(link).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
            Page phone = phone().newPage();
            phone.navigate(link.getAttribute("href"));
            Locator number = phone.locator("[data-address='/main/freq'] input.number");
            assertThat(number).hasValue("440");

            first.stop();
            assertThat(phone.locator("[data-role='remote-status']")).hasText("disconnected, reconnecting…");
            assertThat(phone.locator("[data-role='remote-status']")).hasAttribute("data-state", "disconnected");
            assertThat(editor.locator("[data-role='remote'] [data-role='remote-status']"))
                    .hasText("Disconnected from the server; trying again.");
            phone.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots").resolve("remote-disconnected.png")));

            second = FaustwireServer.start("127.0.0.1", port, workspace, options);
            var slow = new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000);
            assertThat(phone.locator("[data-role='remote-status']")).hasText("connected", slow);
            assertThat(editor.locator("[data-role='remote'] [data-role='remote-status']"))
                    .hasText("Scan the code with a phone on the same network to play the controls there.", slow);
            assertThat(number).hasValue("440");
            number.click();
            number.press("Control+a");
            number.pressSequentially("550");
            number.press("Enter");
            assertThat(editor.locator("[data-role='controls'] [data-address='/main/freq'] input.number")).hasValue("550");
            Recording.Capture capture = Recording.listen(editor);
            double heard = Signal.frequency(capture.samples(), capture.rate());
            System.out.println("[remote] after the restart the phone's 550 plays " + heard + " Hz");
            assertEquals(550, heard, 5.5);
            phone.context().close();
            editor.context().close();
        } finally {
            first.stop();
            if (second != null) {
                second.stop();
            }
        }
    }

    @Test
    void eachRackSlotHasItsOwnPhonePage() throws Exception {
        Page editor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        E2e.printConsoleErrors(editor, "editor-rack");
        Patcher p = Patcher.open(editor, server.port(), "?record&token=" + TOKEN);
        p.typeFreqSine();
        AuditionIT.switchAudioOn(editor);
        editor.locator("[data-action='keep-playing']").click();
        Locator pinned = RackPage.strip(editor, "slot-1");
        assertThat(pinned).hasAttribute("data-playing", "true",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        Locator slots = editor.locator("[data-role='remote'] .remote-slot");
        assertThat(slots).hasCount(2, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
        Locator rackSlot = editor.locator("[data-role='remote'] .remote-slot[data-slot='slot-1']");
        editor.waitForFunction("() => { const i = document.querySelector(\".remote-slot[data-slot='slot-1'] img[data-role='remote-qr']\");"
                + " return i && i.complete && i.naturalWidth > 0; }");
        rackSlot.scrollIntoViewIfNeeded();
        String address = decode(rackSlot.locator("img[data-role='remote-qr']").screenshot());
        String number = rackSlot.getAttribute("data-number");
        assertEquals(base() + "/remote/" + number + "?token=" + TOKEN, address);
        assertTrue(!number.equals(editor.locator("[data-role='remote'] .remote-slot[data-slot='editor']").getAttribute("data-number")),
                "the rack slot has a number of its own");
        editor.locator("[data-role='remote']").screenshot(new Locator.ScreenshotOptions()
                .setPath(E2e.TARGET.resolve("screenshots").resolve("remote-panel-rack.png")));

        Page phone = phone().newPage();
        phone.navigate(address);
        Locator phoneNumber = phone.locator("[data-address='/main/freq'] input.number");
        assertThat(phoneNumber).hasValue("440");
        phoneNumber.click();
        phoneNumber.press("Control+a");
        phoneNumber.pressSequentially("330");
        phoneNumber.press("Enter");
        assertThat(pinned.locator("[data-address='/main/freq'] input.number")).hasValue("330");
        assertThat(editor.locator("[data-role='controls'] [data-address='/main/freq'] input.number")).hasValue("440");
        phone.context().close();
        editor.context().close();
    }

    /** Drops a file on the phone page as a person's file manager does. */
    private static void drop(Page page, String name, String text) {
        com.microsoft.playwright.JSHandle transfer = page.evaluateHandle("([name, text]) => { const t = new DataTransfer();"
                + " t.items.add(new File([text], name, {type: 'application/octet-stream'})); return t; }", List.of(name, text));
        page.locator("main").dispatchEvent("dragover", java.util.Map.of("dataTransfer", transfer));
        page.locator("main").dispatchEvent("drop", java.util.Map.of("dataTransfer", transfer));
    }

    /** The text of the QR code in a PNG, read by ZXing. */
    static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
