package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.build.LibraryDocs.Documented;
import dev.faustwire.stdlib.build.LibraryDocs.Result;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Section A of gen.lib (arithmetic, logic, numeric, conversions) is documented the way the index reads it: every function
 * defined there has a header, a one-line summary and a usage block, and the compile-time parameters
 * the importer passes (`interp(mode)`, `gate(N)`...) are the ones the usage names.
 */
class GenLibrarySectionADocsTest {
    private static final Pattern DEFINITION = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(|=)");

    private static String sectionA() {
        String text = GenLibrary.text();
        int start = text.indexOf("Section A:");
        int end = text.indexOf("Section B:");
        assertTrue(start > 0 && end > start, "gen.lib keeps its section markers");
        return text.substring(start, end);
    }

    private static Map<String, Documented> documented() {
        Result result = LibraryDocs.read("gen", "gen.lib", GenLibrary.text());
        Map<String, Documented> byName = new LinkedHashMap<>();
        for (Documented d : result.documented()) {
            byName.put(d.name(), d);
        }
        return byName;
    }

    @Test
    void everyFunctionOfSectionAIsDocumentedWithASummaryAndUsage() {
        Map<String, Documented> docs = documented();
        List<String> undocumented = new ArrayList<>();
        Matcher definition = DEFINITION.matcher(sectionA());
        int count = 0;
        while (definition.find()) {
            count++;
            Documented doc = docs.get("gen." + definition.group(1));
            if (doc == null || doc.summary().isEmpty() || doc.usage().isEmpty()) {
                undocumented.add(definition.group(1));
            }
        }
        System.out.println("gen.lib section A: " + count + " definitions, all documented");
        assertTrue(count > 100, "section A defines " + count);
        assertEquals(List.of(), undocumented);
    }

    @Test
    void summariesAreOneSourceLine() {
        String section = sectionA();
        Map<String, Documented> docs = documented();
        Matcher definition = DEFINITION.matcher(section);
        while (definition.find()) {
            Documented doc = docs.get("gen." + definition.group(1));
            assertTrue(section.contains("// " + doc.summary() + "\n"), doc.name() + "'s summary spans lines: "
                    + doc.summary());
        }
    }

    @Test
    void compileTimeParametersAreTheOnesTheUsageNames() {
        Map<String, Documented> docs = documented();
        assertEquals(List.of("mode"), UsageParams.of("interp", docs.get("gen.interp").usage()));
        assertEquals(List.of("mode"), UsageParams.of("round", docs.get("gen.round").usage()));
        assertEquals(List.of("N"), UsageParams.of("gate", docs.get("gen.gate").usage()));
        assertEquals(List.of("N"), UsageParams.of("selector", docs.get("gen.selector").usage()));
        assertEquals(List.of("v"), UsageParams.of("constant", docs.get("gen.constant").usage()));
        assertEquals(List.of(), UsageParams.of("wrap", docs.get("gen.wrap").usage()));
        assertFalse(docs.containsKey("gen.kernel"), "helpers inside `with` are not indexed");
    }

    @Test
    void everyHeaderNamesSomethingTheFileDefines() {
        assertEquals(List.of(), LibraryDocs.read("gen", "gen.lib", GenLibrary.text()).unmatched());
    }
}
