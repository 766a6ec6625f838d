package dev.faustwire.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the npm package the webapp pins) run in the page for the WCAG 2.0 and 2.1 rules of
 * levels A and AA; each violation is told with its rule id, impact and the selectors of its elements.
 */
final class Axe {
    /** The tags of the rules that are run: levels A and AA of WCAG 2.0 and 2.1. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCRIPT = Path.of("..", "webapp", "node_modules", "axe-core", "axe.min.js");

    private Axe() {
    }

    /** Injects axe-core once into the page (its own copy of the npm file, not a CDN). */
    static void inject(Page page) throws IOException {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(SCRIPT, StandardCharsets.UTF_8)));
        }
    }

    /** The violations on the page as it is now, one line each; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) throws IOException {
        inject(page);
        Object result = page.evaluate("async (tags) => { const r = await axe.run(document,"
                + " { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });"
                + " return r.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' — '"
                + " + n.failureSummary.replace(/\\s+/g, ' ') : '')) })); }", TAGS);
        List<String> lines = new ArrayList<>();
        for (Object item : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) item;
            StringBuilder line = new StringBuilder();
            line.append(v.get("id")).append(" (").append(v.get("impact")).append("): ").append(v.get("help"));
            for (Object target : (List<Object>) v.get("targets")) {
                line.append("\n      at ").append(target);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The violations as a failure message: one rule per paragraph. */
    static String report(String where, List<String> violations) {
        return violations.size() + " accessibility violation(s) of WCAG A/AA on " + where + ":\n  - "
                + String.join("\n  - ", violations);
    }
}
