package dev.faustwire.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
