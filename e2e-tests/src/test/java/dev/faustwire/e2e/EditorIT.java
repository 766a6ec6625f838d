package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person opens patches from the workspace, edits a box's text, undoes and redoes it, and sees
 * problems on their boxes and code boxes completed by the server.
 */
class EditorIT {
    private static Playwright playwright;
    private static Browser browser;
    private static Javalin server;

    @BeforeAll
    static void start() throws Exception {
        server = E2e.startServer(E2e.workspaceWithCorpus());
        playwright = Playwright.create();
        browser = E2e.launchChromium(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void editingABoxRegeneratesTheCodeAndUndoBringsItBack() throws Exception {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + server.port() + "/");
        page.locator("#workspace li[data-path='04-00.dsppat']").click();
        CodeView code = new CodeView(page);
        assertThat(code).containsText("process(In_1_0)");

        String expected = E2e.cliCodegen(E2e.IFC.resolve("04-00.dsppat"));
        assertEquals(expected, code.textContent(), "the code panel shows what `faustwire codegen` prints");
        assertEquals(5, page.locator("#canvas [data-box-id]").count(), "one element per box");
        assertEquals(5, page.locator("#canvas [data-line-id]").count(), "one element per line");

        page.locator("#canvas [data-box-id='box-4']").dblclick();
        Locator field = page.locator("#box-text");
        assertThat(field).isVisible();
        assertThat(field).hasValue("* 0.5");
        field.press("Control+a");
        field.pressSequentially("* 0.25");
        field.press("Enter");
        assertThat(field).isHidden();
        assertThat(page.locator("#canvas [data-box-id='box-4'] text")).hasText("* 0.25");
        assertThat(code).containsText("Mul_4_0 = Feedback_3_0 * 0.25;");
        assertTrue(!code.textContent().contains("* 0.5;"), "the old factor is gone");
        Files.createDirectories(E2e.TARGET);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("editor-04-00-edited.png")));

        page.keyboard().press("Control+z");
        assertThat(page.locator("#canvas [data-box-id='box-4'] text")).hasText("* 0.5");
        assertEquals(expected, code.textContent(), "undo brings the original program back");

        page.keyboard().press("Control+Shift+z");
        assertThat(code).containsText("Mul_4_0 = Feedback_3_0 * 0.25;");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("editor-04-00-redone.png")));
    }

    @Test
    void escapeLeavesTheTextAsItWas() {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + server.port() + "/");
        page.locator("#workspace li[data-path='04-00.dsppat']").click();
        CodeView code = new CodeView(page);
        assertThat(code).containsText("process(In_1_0)");
        String before = code.textContent();
        page.locator("#canvas [data-box-id='box-2']").dblclick();
        Locator field = page.locator("#box-text");
        field.press("Control+a");
        field.pressSequentially("-");
        field.press("Escape");
        assertThat(field).isHidden();
        assertEquals(before, code.textContent());
        assertThat(page.locator("#canvas [data-box-id='box-2'] text")).hasText("+");
    }

    @Test
    void aFileChosenWithThePickerOpens() {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + server.port() + "/");
        // the picker's listener exists once the editor has started; a file chosen before would be lost
        page.waitForFunction("() => window.faustwire && window.faustwire.report");
        page.locator("#file-picker").setInputFiles(E2e.IFC.resolve("07-00.dsppat"));
        assertThat(page.locator("#patch-name")).hasText("07-00.dsppat");
        assertThat(new CodeView(page)).containsText("process(In_1_0, In_2_0, In_3_0, In_4_0, In_5_0, In_6_0, In_7_0)");
    }

    @Test
    void aCodeBoxWithoutItsArityIsProbedByTheServerAndTheAnswerStoredInTheBox() throws Exception {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + server.port() + "/");
        page.locator("#workspace li[data-path='09-00.dsppat']").click();
        CodeView code = new CodeView(page);

        // 09-00's code box has no @ins/@outs: the page asks the server, which compiles the box's text
        String expected = E2e.cliCodegen(E2e.IFC.resolve("09-00.dsppat"));
        assertTrue(expected.contains("environment {"), expected);
        assertThat(code).hasText(expected, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(code).hasClass("ok");
        assertThat(page.locator("#diagnostics li", new Page.LocatorOptions().setHasText("E022"))).hasCount(0);

        // storing the answer is one edit; undoing it keeps the program, since the page remembers the answer
        page.keyboard().press("Control+z");
        assertThat(code).hasText(expected);
        assertThat(page.locator("#diagnostics li", new Page.LocatorOptions().setHasText("E022"))).hasCount(0);
    }

    @Test
    void problemsAreShownOnTheBoxesAtFault() {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + server.port() + "/");
        page.locator("#workspace li[data-path='04-00.dsppat']").click();
        assertThat(new CodeView(page)).containsText("process(In_1_0)");
        retype(page, page.locator("#canvas [data-box-id='box-4']"), "nosuchbox");
        assertThat(page.locator("#diagnostics li[data-box-id='box-4']")).containsText("E010");
        assertThat(page.locator("#canvas [data-box-id='box-4']")).hasClass(java.util.regex.Pattern.compile("\\berror\\b"));
        assertThat(new CodeView(page)).hasClass("failed");
        page.locator("#canvas [data-box-id='box-2']").click();
        page.locator("#diagnostics li[data-box-id='box-4']").click();
        assertThat(page.locator("#canvas [data-box-id='box-4']")).hasClass(java.util.regex.Pattern.compile("\\bselected\\b"));
        assertThat(page.locator("#canvas [data-box-id='box-2']")).not().hasClass(
                java.util.regex.Pattern.compile("\\bselected\\b"));
    }

    @Test
    void libraryBoxesGetTheirPortsFromTheIndexAsTheyAreTyped() {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + server.port() + "/");
        page.locator("#workspace li[data-path='04-00.dsppat']").click();
        assertThat(new CodeView(page)).containsText("process(In_1_0)");
        Locator box = page.locator("#canvas [data-box-id='box-4']");
        retype(page, box, "si.bus 5");
        assertThat(box.locator(".inlet")).hasCount(5);
        assertThat(box.locator(".outlet")).hasCount(5);
        assertThat(new CodeView(page)).containsText("si.bus(5, ");
        retype(page, box, "en.adsr");
        assertThat(box.locator(".inlet")).hasCount(5);
        assertThat(box.locator(".outlet")).hasCount(1);
        retype(page, box, "lowpass 2 1000");
        assertThat(box.locator(".inlet")).hasCount(1);
        assertThat(box.locator(".outlet")).hasCount(1);
        assertThat(new CodeView(page)).containsText("fi.lowpass(2, 1000, ");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("editor-library-box.png")));
    }

    private static void retype(Page page, Locator box, String text) {
        box.dblclick();
        Locator field = page.locator("#box-text");
        field.press("Control+a");
        field.pressSequentially(text);
        field.press("Enter");
    }
}
