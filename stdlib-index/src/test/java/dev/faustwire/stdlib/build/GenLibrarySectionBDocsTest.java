package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.build.LibraryDocs.Documented;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Section B of gen.lib (stateful operators, delay, tables) is documented the way the index reads it: every operator
 * has a header, a one-line summary and a usage block; genlib's arithmetic (genlib_*) and the loop forms (*_fed) are
 * the only undocumented definitions; delay says it delays and names delay_fed as gen.lib's header asks.
 */
class GenLibrarySectionBDocsTest {
    private static final Pattern DEFINITION = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(|=)");

    private static String sectionB() {
        String text = GenLibrary.text();
        int start = text.indexOf("Section B:");
        assertTrue(start > 0, "gen.lib keeps its section B marker");
        return text.substring(start);
    }

    private static Map<String, Documented> documented() {
        Map<String, Documented> byName = new LinkedHashMap<>();
        for (Documented d : LibraryDocs.read("gen", "gen.lib", GenLibrary.text()).documented()) {
            byName.put(d.name(), d);
        }
        return byName;
    }

    @Test
    void everyOperatorOfSectionBIsDocumentedWithAOneLineSummaryAndUsage() {
        Map<String, Documented> docs = documented();
        String section = sectionB();
        List<String> problems = new ArrayList<>();
        List<String> operators = new ArrayList<>();
        Matcher definition = DEFINITION.matcher(section);
        while (definition.find()) {
            String name = definition.group(1);
            if (name.startsWith("genlib_") || name.endsWith("_fed") || operators.contains(name)) {
                continue;
            }
            operators.add(name);
            Documented doc = docs.get("gen." + name);
            if (doc == null || doc.summary().isEmpty() || doc.usage().isEmpty()) {
                problems.add(name + " is not documented");
            } else if (!section.contains("// " + doc.summary() + "\n")) {
                problems.add(name + "'s summary spans lines: " + doc.summary());
            }
        }
        System.out.println("gen.lib section B: " + operators.size() + " operators " + operators);
        assertTrue(operators.size() >= 28, "section B defines " + operators);
        assertEquals(List.of(), problems);
    }

    @Test
    void delayingFunctionsNameTheirLoopForm() {
        String section = sectionB();
        assertTrue(section.contains("// 1 sample on the first input; in a loop: `delay_fed`\n"), "delay's #### Delay");
        assertTrue(section.contains("\ndelay_fed("), "delay_fed is defined");
        int delays = 0;
        for (int at = section.indexOf("#### Delay"); at >= 0; at = section.indexOf("#### Delay", at + 1)) {
            delays++;
        }
        assertEquals(1, delays, "only delay delays its first input in section B (history is above it)");
    }
}
