package dev.faustwire.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real server on a workspace folder and Debian's Chromium, started once per test class and closed after it. */
final class Browsing implements AutoCloseable {
    final Path workspace;
    final Javalin server;
    final Playwright playwright;
    final Browser browser;

    private Browsing(Path workspace) throws IOException {
        this.workspace = workspace;
        this.server = E2e.startServer(workspace);
        this.playwright = Playwright.create();
        this.browser = E2e.launchChromium(playwright);
    }

    /** A server on a new empty workspace folder under {@code target/}, named after the test. */
    static Browsing onNewWorkspace(String name) throws IOException {
        return new Browsing(Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), name));
    }

    /** A fresh browser context (its own storage and clipboard history) with a window of that size. */
    BrowserContext context(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** The editor opened in a new page of that context. */
    Patcher open(BrowserContext context) {
        return Patcher.open(context.newPage(), server.port());
    }

    /**
     * The editor in a new 1400 x 800 context, recording what it plays ({@code ?record}); the page's
     * console errors printed under {@code tag} when one is given. Close it with {@code p.page.context().close()}.
     */
    Patcher openRecording(String tag) {
        Page page = context(1400, 800).newPage();
        if (tag != null) {
            E2e.printConsoleErrors(page, tag);
        }
        return Patcher.open(page, port(), "?record");
    }

    /** The editor in a new context of that size, every dialog it opens accepted and noted in {@code dialogs}. */
    Patcher openAccepting(int width, int height, java.util.List<String> dialogs) {
        Patcher p = open(context(width, height));
        p.page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.accept();
        });
        return p;
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.stop();
    }
}
