package dev.faustwire.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import dev.faustwire.server.FaustwireServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What every end-to-end test needs: the shared corpus, a real server, and Debian's Chromium. */
final class E2e {
    static final Path CORPUS = dev.faustwire.testsupport.Corpus.root();
    static final Path IFC = dev.faustwire.testsupport.Corpus.ifc();
    static final Path TARGET = Path.of("target");

    private E2e() {
    }

    /** A workspace folder holding copies of the JSPatcher corpus files. */
    static Path workspaceWithCorpus() throws IOException {
        Path workspace = Files.createTempDirectory(TARGET.toAbsolutePath(), "workspace");
        try (var files = Files.list(IFC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dsppat")).toList()) {
                Files.copy(file, workspace.resolve(file.getFileName()));
            }
        }
        return workspace;
    }

    static Javalin startServer(Path workspace) throws IOException {
        return FaustwireServer.start("127.0.0.1", 0, workspace);
    }

    static Browser launchChromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Runs {@code faustwire codegen FILE} (the launcher's main class) in its own JVM; returns stdout. */
    static String cliCodegen(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.faustwire.server.Main", "codegen", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("faustwire codegen " + file + " exited " + process.exitValue());
        }
        return out;
    }

    /** Prints the page's console errors under a tag, so a failing e2e run says what the page said. */
    static void printConsoleErrors(com.microsoft.playwright.Page page, String tag) {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                System.out.println("[" + tag + "] console: " + m.text());
            }
        });
    }
}
