package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gen import's precision in the browser: a person types a one-pole {@code y = x + 0.5 * history(y)}
 * on {@code os.osc 440}, then {@code * 0.1 -> out 1}; the page's codegen cuts the loop at
 * {@code gen.history} and imports gen.lib, so the server compiles it with {@code -double}, and
 * faustwasm 0.18.4 plays that module (it reads {@code -double} from the module's JSON and uses
 * Float64 buffers): the tone is heard at 440 Hz with the one-pole's gain, and the node that plays
 * says {@code -double}.
 */
class GenDoublePlaybackIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("gen-double");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void aPatchWithAGenHistoryPlaysItsToneFromADoubleModule() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Page page = context.newPage();
        E2e.printConsoleErrors(page, "gen-double");
        Patcher p = Patcher.open(page, env.port(), "?record");
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "+");
        p.typeBox(260, 240, "gen.history 0");
        p.typeBox(260, 150, "* 0.5");
        p.typeBox(80, 240, "* 0.1");
        p.typeBox(80, 330, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.wire("box-3", 0, "box-4", 0);
        p.wire("box-4", 0, "box-2", 1);
        p.wire("box-2", 0, "box-5", 0);
        p.wire("box-5", 0, "box-6", 0);
        assertThat(p.code()).containsText("gen = library(\"gen.lib\");");
        assertThat(p.code()).containsText("gen_history_3_fed : gen.history_fed(0)");
        AuditionIT.switchAudioOn(page);

        double heard = PlayModeIT.measure(page, "gen.history after os.osc 440");
        double peak = PlayModeIT.peak(page);
        String options = (String) page.evaluate("() => window.faustwireAudio.currentNode().getMeta().compile_options");
        System.out.printf("[gen-double] one-pole through gen.history: heard %.3f Hz, peak %.5f; the playing module's compile_options: %s%n", heard, peak, options);
        assertTrue(options.contains("-double"), options);
        double w = 2 * Math.PI * 440 / ((Number) page.evaluate("() => window.faustwireAudio.sampleRate()")).doubleValue();
        assertEquals(440, heard, 1.0);
        assertEquals(0.1 / Math.hypot(1 - 0.5 * Math.cos(w), 0.5 * Math.sin(w)), peak, 0.01, "the one-pole's gain at 440 Hz");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/gen-double-playback.png")));
        context.close();
    }
}
