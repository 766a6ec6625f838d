package dev.faustwire.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.faustwire.codegen.Pipeline;
import dev.faustwire.stdlib.jvm.BundledIndex;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The browser (TeaVM) and the JVM derive byte-identical canonical JSON, code and diagnostics from every corpus file. */
class PortabilityIT {
    private static final int RANDOM_PATCHES = 300;
    private static final List<String> TEXTS = List.of("in 1", "in 2", "out 1", "out 2", "+", "* 0.5", "- 1",
            "/ 1 _", "mem", "@ 7", "~", "max 0", "pow 2", "sin", "0.125", "c 440", "os.osc 440", "os.oscrq",
            "en.ar _ 0.1", "fi.lowpass 2", ".5", "* -1e3", "+ 007", "oscc", "comment \"quoted\" é",
            "par 2", "sum 3", "seq 2", "p", "hslider f 1 0 2 0.1", "hslider", "checkbox", "button \"on \\\"off\\\"\"",
            "hbargraph m -1 1", "vgroup", "attach", "send a", "receive a", "effect", "nentry n @init 2 @max 9");

    /** A random patch as JSON text, with fractional coordinates that exercise the number format. */
    private static String randomPatchText(Random random) {
        StringBuilder json = new StringBuilder("{\"boxes\": {");
        int boxes = 1 + random.nextInt(10);
        for (int b = 1; b <= boxes; b++) {
            String text = b == 1 ? "out 1" : TEXTS.get(random.nextInt(TEXTS.size()));
            json.append(b == 1 ? "" : ", ").append("\"box-").append(b).append("\": {\"text\": \"")
                    .append(text.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\", \"rect\": [").append(random.nextDouble() * 500).append(", ")
                    .append(random.nextInt(400)).append(".").append(random.nextInt(1000)).append(", 60, 22]}");
        }
        json.append("}, \"lines\": {");
        int lines = boxes == 1 ? 0 : random.nextInt(2 * boxes + 1);
        for (int l = 1; l <= lines; l++) {
            int src = 2 + random.nextInt(boxes - 1);
            int dest = random.nextInt(8) == 0 ? 1 + random.nextInt(boxes) : 1 + random.nextInt(src - 1);
            json.append(l == 1 ? "" : ", ").append("\"line-").append(l).append("\": {\"src\": [\"box-")
                    .append(src).append("\", ").append(random.nextInt(8) == 0 ? 1 : 0)
                    .append("], \"dest\": [\"box-").append(dest).append("\", ")
                    .append(random.nextInt(4) == 0 ? 1 : 0).append("]}");
        }
        return json.append("}, \"props\": {\"zoom\": 1.25e0}}").toString();
    }

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
                String jvm = Pipeline.report(name, text, BundledIndex.get());
                Object browserReport = page.evaluate("([name, text]) => window.faustwire.report(name, text)",
                        List.of(name, text));
                assertEquals(jvm, browserReport, name);
                if (!jvm.contains("=== code\n(none)")) {
                    generated++;
                }
            }
            System.out.println("PortabilityIT: " + files.size() + " corpus files compared, " + generated
                    + " with generated code, all byte-identical between Chromium and the JVM");
            int randomGenerated = 0;
            Random random = new Random(2026);
            for (int i = 0; i < RANDOM_PATCHES; i++) {
                String text = randomPatchText(random);
                String jvm = Pipeline.report("random-" + i, text, BundledIndex.get());
                assertEquals(jvm, page.evaluate("([name, text]) => window.faustwire.report(name, text)",
                        List.of("random-" + i, text)), "random patch " + i + ":\n" + text);
                randomGenerated += jvm.contains("=== code\n(none)") ? 0 : 1;
            }
            System.out.println("PortabilityIT: " + RANDOM_PATCHES + " random patches compared, " + randomGenerated
                    + " with generated code, all byte-identical");
            assertTrue(randomGenerated > RANDOM_PATCHES / 10, "enough random patches generate code");
        } finally {
            server.stop();
        }
    }

}
