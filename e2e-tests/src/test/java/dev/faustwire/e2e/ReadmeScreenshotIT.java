package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's picture, made the way a person sees the editor: a real JSPatcher patch (IFC 12-00,
 * a polyphonic voice with its effect) opened from a workspace with folders, a box selected, and
 * a new box being typed with its completion list. Written to {@code target/readme-editor.png};
 * {@code docs/editor.png} is a copy of it. And the audition: a filtered sawtooth playing with its
 * controls, the scope and the spectrum, one wire probed ({@code target/readme-audition.png}, copied
 * to {@code docs/audition.png}).
 */
class ReadmeScreenshotIT {
    @Test
    void theEditorOnARealPatch() throws Exception {
        Path workspace = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "readme");
        Path ifc = Files.createDirectories(workspace.resolve("ifc"));
        Files.copy(E2e.IFC.resolve("12-00.dsppat"), ifc.resolve("12-00.dsppat"));
        Files.copy(E2e.IFC.resolve("13-00.dsppat"), ifc.resolve("13-00.dsppat"));
        Files.writeString(workspace.resolve("by-hand.json"), ClipboardIT.SOURCE);
        Javalin server = E2e.startServer(workspace);
        try (Playwright playwright = Playwright.create(); Browser browser = E2e.launchChromium(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 720));
            Patcher p = Patcher.open(context.newPage(), server.port());
            p.page.locator("[data-role='workspace'] li[data-path='ifc/12-00.dsppat']").click();
            assertThat(p.code()).hasClass("ok");
            p.page.locator("[data-role='canvas'] [data-box-id='box-50']").click();
            double[] at = p.at(300, 40);
            p.page.mouse().move(at[0], at[1]);
            p.press("n");
            p.field().pressSequentially("lowp");
            assertThat(p.page.locator("[data-role='completions'] li").first()).isVisible();
            p.field().press("ArrowDown");
            p.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("readme-editor.png")));
        } finally {
            server.stop();
        }
    }

    @Test
    void aPatchPlayingWithItsControlsScopeAndSpectrum() throws Exception {
        Path workspace = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "readme");
        Javalin server = E2e.startServer(workspace);
        try (Playwright playwright = Playwright.create(); Browser browser = E2e.launchChromium(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 760));
            Patcher p = Patcher.open(context.newPage(), server.port(), "?record");
            p.typeBox(60, 40, "hslider freq 110 50 1000 1");
            p.typeBox(60, 120, "os.sawtooth");
            p.typeBox(300, 120, "hslider cutoff 1800 100 8000 1");
            p.typeBox(60, 210, "fi.lowpass 2");
            p.typeBox(300, 210, "hslider gain 0.3 0 1 0.01");
            p.typeBox(60, 300, "*");
            p.typeBox(60, 380, "out 1");
            p.wire("box-1", 0, "box-2", 0);
            p.wire("box-3", 0, "box-4", 0);
            p.wire("box-2", 0, "box-4", 1);
            p.wire("box-4", 0, "box-6", 0);
            p.wire("box-5", 0, "box-6", 1);
            p.wire("box-6", 0, "box-7", 0);
            assertThat(p.code()).hasClass("ok");
            AuditionIT.switchAudioOn(p.page);
            assertThat(p.page.locator("[data-role='controls'] [data-address='/main/cutoff']")).isVisible();
            ProbeIT.clickWireBetween(p, "box-2", 0, "box-4", 1);
            assertThat(p.page.locator("[data-role='probe-meter']")).containsText("RMS",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            assertThat(p.page.locator("[data-role='spectrum']")).hasAttribute("data-peak-hz",
                    java.util.regex.Pattern.compile("1\\d\\d\\.\\d+"));
            p.page.waitForTimeout(500);
            p.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("readme-audition.png")));
        } finally {
            server.stop();
        }
    }
}
