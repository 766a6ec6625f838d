package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.illposed.osc.BufferBytesReceiver;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCSerializerAndParserBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.faustwire.server.FaustwireServer;
import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveOptions;
import io.javalin.Javalin;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OSC drives the editor's DSP (issue 18, Deliver 4): the editor plays {@code hslider freq 440 20 2000 1 -> os.osc};
 * an OSC controller in the test (a UDP socket, as TouchOSC or Pd) sends {@code /main/freq ,f 660} to the server;
 * the page's slider shows 660 and the captured pitch follows; {@code get} answers 660; with {@code xmit 1} the
 * controller hears the editor's own moves; Faust's HTTP scheme reads the same value.
 */
class OscControlIT {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static Javalin server;
    private static Playwright playwright;
    private static Browser browser;
    private static int base;
    private static DatagramSocket replies;
    private static DatagramSocket sender;

    @BeforeAll
    static void start() throws Exception {
        Random random = new Random();
        for (int attempt = 0; replies == null; attempt++) {
            base = 20000 + random.nextInt(30000);
            try (DatagramSocket in = new DatagramSocket(new InetSocketAddress(LOOPBACK, base));
                    DatagramSocket err = new DatagramSocket(new InetSocketAddress(LOOPBACK, base + 2))) {
                replies = new DatagramSocket(new InetSocketAddress(LOOPBACK, base + 1));
            } catch (SocketException busy) {
                if (attempt > 200) {
                    throw busy;
                }
            }
        }
        sender = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        Path workspace = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "osc");
        server = FaustwireServer.start("127.0.0.1", 0, workspace, new LiveOptions(LiveAccess.open(), base, "127.0.0.1"));
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
        replies.close();
        sender.close();
    }

    private static void send(String address, Object... args) throws Exception {
        sendTo(base, address, args);
    }

    private static void sendTo(int port, String address, Object... args) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        new OSCSerializerAndParserBuilder().buildSerializer(new BufferBytesReceiver(buffer))
                .write(new OSCMessage(address, List.of(args)));
        buffer.flip();
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
        sender.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, port));
    }

    /** The next message on the reply port, or null after {@code millis}. */
    private static OSCMessage reply(int millis) throws Exception {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        replies.setSoTimeout(millis);
        try {
            replies.receive(packet);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return (OSCMessage) new OSCSerializerAndParserBuilder().buildParser()
                .convert(ByteBuffer.wrap(Arrays.copyOf(buffer, packet.getLength())));
    }

    /** Says hello until the editor's DSP is on the hub (the page opens its slot once audio plays). */
    private static OSCMessage helloOnceItPlays() throws Exception {
        for (int i = 0; i < 100; i++) {
            send("/main", "hello");
            OSCMessage hello = reply(200);
            if (hello != null) {
                return hello;
            }
        }
        throw new AssertionError("no answer to /main hello on port " + base);
    }

    @Test
    void anOscControllerMovesTheEditorsSlider_andHearsTheEditorsMoves() throws Exception {
        Page editor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        E2e.printConsoleErrors(editor, "editor");
        Patcher p = Patcher.open(editor, server.port(), "?record");
        p.typeFreqSine();
        AuditionIT.switchAudioOn(editor);
        OSCMessage hello = helloOnceItPlays();
        assertEquals(List.of("127.0.0.1", base, base + 1, base + 2), hello.getArguments());

        send("/main/freq", 660f);
        Locator freq = editor.locator("[data-role='controls'] [data-address='/main/freq']");
        assertThat(freq.locator("input.number")).hasValue("660", new LocatorAssertions.HasValueOptions().setTimeout(10_000));
        assertThat(freq).hasAttribute("data-value", "660");
        assertEquals("640", freq.locator("input.slider").inputValue(), "the slider at (660 - 20) / 1");
        send("/main/freq", "get");
        OSCMessage got = reply(3000);
        assertNotNull(got, "get answers");
        assertEquals("/main/freq", got.getAddress());
        assertEquals(List.of(660f, 20f, 2000f), got.getArguments());
        Recording.Capture capture = Recording.listen(editor);
        double heard = Signal.frequency(capture.samples(), capture.rate());
        System.out.println("[osc] after /main/freq 660 the editor plays " + heard + " Hz");
        assertEquals(660, heard, 6.6, "the captured sound follows OSC, within 1%");
        HttpResponse<String> http = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/main/freq")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("/main/freq 660.000 \n", http.body(), "Faust's HTTP scheme reads the same value");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-role=\"controls\""), "the editor's page is still served at /");

        List<Long> micros = new ArrayList<>();
        for (int v = 700; v < 720; v++) {
            long t0 = System.nanoTime();
            send("/main/freq", (float) v);
            assertThat(freq).hasAttribute("data-value", Integer.toString(v));
            micros.add((System.nanoTime() - t0) / 1000);
        }
        Collections.sort(micros);
        System.out.println("[osc] from the UDP send to the editor's slider showing it, median of 20: "
                + micros.get(10) / 1000.0 + " ms");

        send("/main", "xmit", 1);
        send("/main", "hello");
        assertNotNull(reply(3000));
        freq.locator("input.slider").focus();
        editor.keyboard().press("ArrowLeft");
        assertThat(freq.locator("input.number")).hasValue("718");
        OSCMessage pushed = reply(5000);
        assertNotNull(pushed, "xmit 1 pushes the editor's own move");
        assertEquals("/main/freq", pushed.getAddress());
        assertEquals(List.of(718f), pushed.getArguments());
        send("/main", "xmit", 0);

        Path shots = Files.createDirectories(E2e.TARGET.resolve("screenshots"));
        editor.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("osc-control.png")));
        editor.context().close();
    }

    @Test
    void eachRunningPatchHasItsOwnOscPort() throws Exception {
        Page editor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        E2e.printConsoleErrors(editor, "editor-rack");
        Patcher p = Patcher.open(editor, server.port(), "?record");
        p.typeFreqSine();
        AuditionIT.switchAudioOn(editor);
        helloOnceItPlays();
        editor.locator("[data-action='keep-playing']").click();
        Locator pinned = RackPage.strip(editor, "slot-1");
        assertThat(pinned).hasAttribute("data-playing", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));

        int own = -1;
        for (int attempt = 0; attempt < 50 && own < 0; attempt++) {
            for (int port = base + 3; port < base + 12 && own < 0; port++) {
                sendTo(port, "/main", "hello");
                OSCMessage hello = reply(100);
                if (hello != null) {
                    assertEquals(List.of("127.0.0.1", port, base + 1, base + 2), hello.getArguments(),
                            "hello on a patch's own port reports that port");
                    own = port;
                }
            }
        }
        System.out.println("[osc] the rack's patch answers on its own port, base + " + (own - base));
        sendTo(own, "/main/freq", 330f);
        assertThat(pinned.locator("[data-address='/main/freq'] input.number")).hasValue("330");
        Locator editorFreq = editor.locator("[data-role='controls'] [data-address='/main/freq']");
        assertThat(editorFreq).hasAttribute("data-value", "440");
        send("/main/freq", 550f);
        assertThat(editorFreq).hasAttribute("data-value", "550");
        assertThat(pinned.locator("[data-address='/main/freq'] input.number")).hasValue("330");
        while (reply(300) != null) {
            // whatever an earlier xmit client may still hear
        }
        sendTo(own, "/main/freq", "get");
        assertEquals(List.of(330f, 20f, 2000f), reply(3000).getArguments());
        Path shots = Files.createDirectories(E2e.TARGET.resolve("screenshots"));
        editor.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("osc-control-rack.png")));
        editor.context().close();
    }
}
