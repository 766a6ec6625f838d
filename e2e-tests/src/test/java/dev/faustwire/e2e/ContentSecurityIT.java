package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's Content-Security-Policy is strict (scripts from the server only, plus
 * {@code 'wasm-unsafe-eval'} and {@code blob:} for faustwasm) and the page works under it: a patch
 * plays its sine through faustwasm's worklet and the recorder, swaps, and no violation is reported.
 * An inline script, which the policy forbids, is reported: the watch for violations can see one.
 */
class ContentSecurityIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("csp");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void thePagePlaysUnderAStrictPolicyWithoutAViolation() {
        BrowserContext context = env.context(1400, 800);
        Page page = context.newPage();
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add("console: " + m.text());
            }
        });
        page.addInitScript("window.__fwViolations = []; document.addEventListener('securitypolicyviolation',"
                + " function (e) { window.__fwViolations.push(e.violatedDirective + ' ' + e.blockedURI); });");
        Response index = page.navigate("http://127.0.0.1:" + env.port() + "/?record");
        String policy = index.headerValue("content-security-policy");
        System.out.println("[csp] " + policy);
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("script-src 'self' 'wasm-unsafe-eval' blob:"), policy);
        assertTrue(!policy.contains("'unsafe-eval'") && !policy.contains("script-src 'self' 'unsafe-inline'"), policy);
        page.waitForFunction("() => window.faustwire && window.faustwire.report");
        Patcher p = new Patcher(page);
        p.typeBox(80, 60, "os.osc 440");
        p.typeBox(80, 150, "* 0.1");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        assertThat(p.code()).containsText("os.osc(440)");
        AuditionIT.switchAudioOn(page);
        page.waitForTimeout(300);
        AuditionIT.take(page);
        page.waitForTimeout(500);
        AuditionIT.Capture sound = AuditionIT.take(page);
        assertEquals(440, Signal.frequency(sound.samples(), sound.rate()), 1.0, "faustwasm plays under the policy");
        assertEquals(0.1, Signal.peak(sound.samples()), 0.001);

        int swaps = ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();
        page.locator("[data-role='canvas'] [data-box-id='box-2']").dblclick();
        p.field().press("Control+a");
        p.field().pressSequentially("* 0.2");
        p.field().press("Enter");
        page.waitForFunction("n => window.faustwireAudio.swapCount() > n", swaps);
        page.waitForTimeout(300);
        AuditionIT.take(page);
        page.waitForTimeout(400);
        assertEquals(0.2, Signal.peak(AuditionIT.take(page).samples()), 0.002, "a swap works under the policy");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots").resolve("csp-playing.png")));
        assertEquals(List.of(), page.evaluate("() => window.__fwViolations"), "no violation while audio plays");
        assertEquals(List.of(), violations);

        // the watch can fail: an inline script is what the policy forbids
        page.evaluate("() => { var s = document.createElement('script'); s.textContent = 'window.__inline = 1;';"
                + " document.body.appendChild(s); }");
        page.waitForFunction("() => window.__fwViolations.length > 0");
        System.out.println("[csp] an inline script is refused and reported: " + page.evaluate("() => window.__fwViolations"));
        assertEquals(null, page.evaluate("() => window.__inline"), "the inline script did not run");
        context.close();
    }
}
