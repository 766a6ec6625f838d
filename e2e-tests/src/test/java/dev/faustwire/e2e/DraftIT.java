package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing a person did is lost: leaving the page with unsaved changes asks first, and after the
 * tab is closed anyway, the page opened again offers the draft, which restores the edits.
 */
class DraftIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("draft");
        Files.writeString(env.workspace.resolve("draft.json"), ClipboardIT.TARGET);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void aClosedTabsEditsAreOfferedBackAndRestored() throws Exception {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 700));
        Patcher first = Patcher.open(context.newPage(), env.port());
        first.page.locator("[data-role='workspace'] li[data-path='draft.json']").click();
        assertThat(first.page.locator("[data-role='title']")).hasText("draft.json");
        first.typeBox(100, 150, "* 0.5");
        first.wire("box-2", 0, "box-3", 0);
        first.wire("box-3", 0, "box-1", 0);
        String edited = first.code().textContent();
        assertTrue(edited.contains("* 0.5"), edited);
        assertThat(first.page.locator("[data-role='title']")).hasAttribute("data-unsaved", "true");

        List<String> asked = new ArrayList<>();
        first.page.onDialog(dialog -> {
            asked.add(dialog.type());
            dialog.accept();
        });
        first.page.waitForClose(() -> first.page.close(new Page.CloseOptions().setRunBeforeUnload(true)));
        assertTrue(first.page.isClosed());
        assertEquals(List.of("beforeunload"), asked, "leaving with unsaved changes asks first");

        Page again = context.newPage();
        Patcher second = Patcher.open(again, env.port());
        Locator banner = again.locator("[data-role='draft']");
        assertThat(banner).isVisible();
        assertThat(banner).containsText("draft.json");
        again.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("draft-offered.png")));
        banner.locator("[data-choice='restore']").click();
        assertThat(banner).isHidden();
        assertThat(second.code()).hasText(edited);
        assertThat(again.locator("[data-role='title']")).hasText("draft.json •");

        second.save(null);
        assertTrue(Files.readString(env.workspace.resolve("draft.json")).contains("* 0.5"), "the restored draft saves in place");
        context.close();
    }
}
