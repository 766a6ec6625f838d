package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's picture, made the way a person sees the editor: a real JSPatcher patch (IFC 12-00,
 * a polyphonic voice with its effect) opened from a workspace with folders, a box selected, and
 * a new box being typed with its completion list. Written to {@code target/readme-editor.png};
 * {@code docs/editor.png} is a copy of it.
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
}
