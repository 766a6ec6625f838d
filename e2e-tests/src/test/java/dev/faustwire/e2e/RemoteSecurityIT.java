package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveOptions;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as {@code serve --token} runs it (the token asked of everyone, this machine's clients too,
 * so that a client on 127.0.0.1 stands for a phone on the network; a test's server listens on 127.0.0.1
 * only): without the token the phone page, its socket, the editor's socket, the info and the QR code give
 * nothing; the editor opened with the printed address shows a QR code that leads a phone in.
 */
class RemoteSecurityIT {
    private static final String TOKEN = LiveAccess.newToken();
    private static final String HOST = "127.0.0.1";
    private static Javalin server;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path workspace = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "remote-token");
        server = FaustwireServer.start(HOST, 0, workspace, new LiveOptions(LiveAccess.withTokenFromEveryone(TOKEN), 0, HOST));
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
        return "http://" + HOST + ":" + server.port();
    }

    @Test
    void fromTheNetworkWithoutTheTokenNothingAnswers() {
        Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 760)).newPage();
        phone.navigate(base() + "/remote/1?token=guess");
        assertThat(phone.locator("[data-role='remote-status']")).hasText("This page needs the link from the QR code.");
        assertEquals(0, phone.locator("[data-address]").count());
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) phone.evaluate("async ([ws, base]) => {"
                + " const socket = await new Promise(done => { const s = new WebSocket(ws);"
                + "   s.onopen = () => done('open'); s.onclose = e => done('closed ' + e.code); });"
                + " const info = (await fetch(base + '/api/live/info')).status;"
                + " const qr = (await fetch(base + '/api/live/qr.svg?slot=1')).status;"
                + " const host = await new Promise(done => { const s = new WebSocket(ws.replace('/remote/1', '/host'));"
                + "   s.onopen = () => done('open'); s.onclose = e => done('closed ' + e.code); });"
                + " return {socket, info, qr, host}; }",
                java.util.List.of("ws://" + HOST + ":" + server.port() + "/api/live/remote/1", base()));
        assertEquals("closed 1006", seen.get("socket"), "the phone's socket never opens");
        assertEquals("closed 1006", seen.get("host"), "nor the editor's");
        assertEquals(403, ((Number) seen.get("info")).intValue());
        assertEquals(403, ((Number) seen.get("qr")).intValue());
        phone.context().close();
    }

    @Test
    void theEditorOnThisMachineShowsAQrCodeThatLeadsAPhoneOnTheNetworkIn() throws Exception {
        // at the address the server prints (with ?token=), as a person opens it
        Page editor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        E2e.printConsoleErrors(editor, "token-editor");
        Patcher e = Patcher.open(editor, server.port(), "?record&token=" + TOKEN);
        e.typeFreqSine();
        AuditionIT.switchAudioOn(editor);
        Locator qr = editor.locator("[data-role='remote'] img[data-role='remote-qr']");
        assertThat(qr).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        editor.waitForFunction("() => { const i = document.querySelector(\"img[data-role='remote-qr']\");"
                + " return i && i.complete && i.naturalWidth > 0; }");
        String address = RemoteControlIT.decode(qr.screenshot());
        assertEquals(base() + "/remote/1?token=" + TOKEN, address, "the phone page's address, with the token");
        Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 760)).newPage();
        phone.navigate(address);
        Locator number = phone.locator("[data-address='/main/freq'] input.number");
        assertThat(number).hasValue("440");
        number.click();
        number.press("Control+a");
        number.pressSequentially("880");
        number.press("Enter");
        assertThat(editor.locator("[data-role='controls'] [data-address='/main/freq'] input.number")).hasValue("880");
        phone.context().close();
        editor.context().close();
    }
}
