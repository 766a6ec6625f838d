package dev.faustwire.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.faustwire.codegen.Pipeline;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The browser (TeaVM) and the JVM derive byte-identical canonical JSON, code and diagnostics from every corpus file. */
class PortabilityIT {

    @Test
    void browserAndJvmAgreeOnEveryCorpusFile() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(E2e.CORPUS)) {
            files = walk.filter(f -> f.toString().matches(".*\\.(dsppat|gendsp|maxpat)$")).sorted().toList();
        }
        assertTrue(files.size() >= 9, "the corpus is there: " + E2e.CORPUS);
        Javalin server = E2e.startServer(E2e.workspaceWithCorpus());
        try (Playwright playwright = Playwright.create(); Browser browser = E2e.launchChromium(playwright)) {
            Page page = browser.newPage();
            page.navigate("http://127.0.0.1:" + server.port() + "/");
            page.waitForFunction("() => window.faustwire && window.faustwire.report");
            int generated = 0;
            for (Path file : files) {
                String name = E2e.CORPUS.relativize(file).toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String jvm = Pipeline.report(name, text);
                Object browserReport = page.evaluate("([name, text]) => window.faustwire.report(name, text)",
                        List.of(name, text));
                assertEquals(jvm, browserReport, name);
                if (!jvm.contains("=== code\n(none)")) {
                    generated++;
                }
            }
            System.out.println("PortabilityIT: " + files.size() + " corpus files compared, " + generated
                    + " with generated code, all byte-identical between Chromium and the JVM");
        } finally {
            server.stop();
        }
    }

}
