package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two tabs on one patch: the second saves after the first. The conflict is shown, never
 * overwritten silently, and each of the three choices leaves both versions recoverable, in the
 * file or in its history.
 */
class SaveConflictIT {
    private static final String PATCH = """
            {"format": "faustwire-patch", "version": 1, "props": {},
             "boxes": {"box-1": {"text": "in 1", "rect": [40, 30, 45, 22]}}, "lines": {}}
            """;
    private static Browsing env;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("conflict");
        for (int i = 0; i < 3; i++) {
            Files.writeString(env.workspace.resolve("shared-" + i + ".json"), PATCH);
        }
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    private static Patcher open(BrowserContext context, String path) {
        Patcher p = Patcher.open(context.newPage(), env.port());
        p.page.locator("[data-role='workspace'] li[data-path='" + path + "']").click();
        assertThat(p.page.locator("[data-role='title']")).hasText(path);
        return p;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void eachChoiceKeepsBothVersions(int choice) throws Exception {
        String path = "shared-" + choice + ".json";
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 700));
        Patcher first = open(context, path);
        Patcher second = open(context, path);

        first.page.bringToFront();
        first.typeBox(200, 200, "mem");
        first.save(null);
        second.page.bringToFront();
        second.typeBox(200, 300, "sin");
        second.press("Control+s");

        Locator dialog = second.page.locator("[data-role='dialog']");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("Someone else saved " + path);
        assertThat(dialog.locator("button")).hasCount(3);
        assertFalse(read(path).contains("sin"), "nothing is overwritten before the person chooses");
        second.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("conflict-dialog.png")));
        dialog.locator("[data-choice='choice-" + choice + "']").click();
        assertThat(dialog).isHidden();
        assertThat(second.page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");

        String current = read(path);
        List<String> history = history(path);
        switch (choice) {
            case 0 -> { // keep mine: mine is the file, theirs is in the history
                assertTrue(current.contains("\"sin\""), current);
                assertTrue(history.stream().anyMatch(v -> v.contains("\"mem\"") && !v.contains("\"sin\"")), "theirs kept");
            }
            case 1 -> { // take theirs: theirs is the file and the editor's, mine is in the history
                assertTrue(current.contains("\"mem\"") && !current.contains("\"sin\""), current);
                assertTrue(history.stream().anyMatch(v -> v.contains("\"sin\"")), "mine kept");
                assertThat(second.page.locator("[data-role='canvas'] [data-box-id] text", new Page.LocatorOptions()
                        .setHasText("mem"))).hasCount(1);
            }
            default -> { // a copy: theirs stays the file, mine is a new file that the editor now holds
                String copy = path.replace(".json", "-mine.json");
                assertTrue(current.contains("\"mem\"") && !current.contains("\"sin\""), current);
                assertTrue(read(copy).contains("\"sin\""));
                assertThat(second.page.locator("[data-role='title']")).hasText(copy);
            }
        }
        context.close();
    }

    private static String read(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + env.port() + "/api/patches/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The text of every kept version of a patch. */
    private static List<String> history(String path) throws Exception {
        String base = "http://127.0.0.1:" + env.port() + "/api/history/" + path;
        String list = HTTP.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> versions = new ArrayList<>();
        Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(list);
        while (m.find()) {
            versions.add(HTTP.send(HttpRequest.newBuilder(URI.create(base + "?version=" + m.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        assertFalse(versions.isEmpty(), list);
        return versions;
    }
}
