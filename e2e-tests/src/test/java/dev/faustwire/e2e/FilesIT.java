package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files in the workspace: save as into a folder, rename, history and restore, delete, a dropped file, new. */
class FilesIT {
    private static Browsing env;
    private Patcher p;
    private final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("files");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @BeforeEach
    void open() {
        p = env.openAccepting(1300, 760, dialogs);
    }

    @AfterEach
    void close() {
        p.page.context().close();
    }

    private Locator title() {
        return p.page.locator("[data-role='title']");
    }

    private void saveAs(String name) {
        p.press("Control+Shift+s");
        Locator field = p.page.locator("[data-role='dialog'] input");
        assertThat(field).isVisible();
        field.fill(name);
        field.press("Enter");
    }

    @Test
    void saveAsIntoAFolderRenameAndDelete() {
        p.typeBox(100, 100, "in 1");
        saveAs("songs/first");
        assertThat(title()).hasText("first.json");
        assertTrue(Files.exists(env.workspace.resolve("songs/first.json")));
        assertThat(p.page.locator("[data-role='workspace'] [data-folder='songs'] li[data-path='songs/first.json']"))
                .hasCount(1);

        p.page.locator("[data-action='rename']").click();
        Locator field = p.page.locator("[data-role='dialog'] input");
        assertThat(field).hasValue("songs/first.json");
        field.fill("songs/second.json");
        field.press("Enter");
        assertThat(title()).hasText("second.json");
        assertThat(p.page.locator("[data-role='workspace'] li[data-path='songs/second.json']")).hasCount(1);
        assertFalse(Files.exists(env.workspace.resolve("songs/first.json")));
        assertTrue(Files.exists(env.workspace.resolve("songs/second.json")));

        p.page.locator("[data-action='delete']").click();
        assertThat(title()).hasText("untitled");
        assertFalse(Files.exists(env.workspace.resolve("songs/second.json")));
        assertTrue(dialogs.get(dialogs.size() - 1).startsWith("confirm: Delete songs/second.json"), dialogs.toString());
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(0);
    }

    @Test
    void anEarlierVersionIsRestoredAsAnEditThatUndoTakesBack() {
        p.typeBox(100, 100, "in 1");
        saveAs("versions");
        p.typeBox(100, 200, "out 1");
        p.save(null);
        p.typeBox(200, 200, "out 2");
        p.save(null);
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(3);

        p.page.locator("[data-action='history']").click();
        Locator versions = p.page.locator("[data-role='history'] li[data-version]");
        assertThat(versions).hasCount(2);
        versions.last().click(); // the oldest: in 1 alone
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(1);
        assertThat(title()).hasAttribute("data-unsaved", "true");
        p.press("Control+z");
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(3);
        assertThat(title()).hasAttribute("data-unsaved", "false");
    }

    @Test
    void aPatchFileDroppedOnThePageOpens() throws Exception {
        String text = Files.readString(E2e.IFC.resolve("04-00.dsppat"));
        JSHandle transfer = p.page.evaluateHandle("([name, text]) => { const t = new DataTransfer();"
                + " t.items.add(new File([text], name, {type: 'application/json'})); return t; }",
                List.of("04-00.dsppat", text));
        p.canvas().dispatchEvent("drop", java.util.Map.of("dataTransfer", transfer));
        assertThat(title()).hasText("04-00.dsppat");
        assertEquals(E2e.cliCodegen(E2e.IFC.resolve("04-00.dsppat")), p.code().textContent());
    }

    @Test
    void newAsksBeforeDroppingUnsavedWork() {
        p.typeBox(100, 100, "in 1");
        p.page.locator("[data-action='new']").click();
        assertTrue(dialogs.get(dialogs.size() - 1).startsWith("confirm: Discard the unsaved changes"), dialogs.toString());
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(0);
        assertThat(title()).hasText("untitled");
    }

    @Test
    void boxTextIsShownAsTextNeverAsMarkup() {
        p.typeBox(100, 100, "<img src=x onerror=alert(1)> & \"quoted\"");
        assertThat(p.box("box-1").locator("text")).hasText("<img src=x onerror=alert(1)> & \"quoted\"");
        assertThat(p.page.locator("img")).hasCount(0);
        assertTrue(dialogs.isEmpty(), dialogs.toString());
        assertThat(p.page.locator("[data-role='problems'] li[data-box-id='box-1']")).hasCount(1);
    }
}
