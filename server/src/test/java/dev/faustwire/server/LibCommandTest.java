package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.server.CodegenCommandTest.Run;
import org.junit.jupiter.api.Test;

/** {@code faustwire lib}: ranked search, box arities, and the JSON of one entry. */
class LibCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAliasFindsTheFunctionFirstWithItsArityAndSummary() {
        Run run = CodegenCommandTest.run("lib", "lowpass");
        assertEquals(0, run.exit(), run.err());
        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("fi.lowpass  in 2, out 1 for constants a0  (N, fc)"), first);
        assertTrue(run.out().contains("fi.lowpass3e"), run.out());
    }

    @Test
    void docWordsFindFunctions() {
        Run run = CodegenCommandTest.run("lib", "sine", "oscillator");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("os.osc "), run.out());
    }

    @Test
    void boxTextsPrintTheArityIssueThreeNames() {
        assertEquals("si.bus 5: 5 inlets, 5 outlets", firstLine("si.bus 5"));
        assertEquals("fi.lowpass 2 1000: 1 inlet, 1 outlet", firstLine("fi.lowpass 2 1000"));
        assertEquals("ro.interleave 2 3: 6 inlets, 6 outlets", firstLine("ro.interleave 2 3"));
        assertEquals("fi.lowpass 2 _: 2 inlets, 1 outlet", firstLine("fi.lowpass 2 _"));
    }

    @Test
    void jsonOfOneEntryHasTheFieldsTheEditorNeeds() throws Exception {
        Run run = CodegenCommandTest.run("lib", "os.osc", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode entry = JSON.readTree(run.out());
        assertEquals("os.osc", entry.get("name").asText());
        assertEquals(1, entry.get("inputs").asInt());
        assertEquals(1, entry.get("outputs").asInt());
        assertEquals("freq", entry.get("params").get(0).asText());
        assertTrue(entry.get("doc").asText().contains("osc(freq)"), entry.get("doc").asText());
        JsonNode adsr = JSON.readTree(CodegenCommandTest.run("lib", "en.adsr", "--json").out());
        assertEquals(5, adsr.get("inputs").asInt());
        assertEquals(1, adsr.get("outputs").asInt());
    }

    @Test
    void jsonOfABoxTextGivesItsInletsAndOutlets() throws Exception {
        JsonNode entry = JSON.readTree(CodegenCommandTest.run("lib", "si.bus 5", "--json").out());
        assertEquals("si.bus", entry.get("name").asText());
        assertEquals("si.bus 5", entry.get("call").asText());
        assertEquals(5, entry.get("inputs").asInt());
        assertEquals(5, entry.get("outputs").asInt());
    }

    @Test
    void jsonOfASearchIsAnArray() throws Exception {
        JsonNode matches = JSON.readTree(CodegenCommandTest.run("lib", "octave", "--json").out());
        assertTrue(matches.isArray() && matches.size() > 1, matches.toString());
    }

    @Test
    void nothingFoundIsExitOne() {
        Run run = CodegenCommandTest.run("lib", "qqqqzzzz");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nothing in the Faust libraries matches \"qqqqzzzz\""), run.err());
    }

    @Test
    void noQueryIsAUsageError() {
        assertEquals(2, CodegenCommandTest.run("lib").exit());
        assertEquals(2, CodegenCommandTest.run("lib", "osc", "--bogus", "x").exit());
        assertEquals(2, CodegenCommandTest.run("index", "extra").exit());
    }

    private static String firstLine(String query) {
        Run run = CodegenCommandTest.run("lib", query);
        assertEquals(0, run.exit(), run.err());
        return run.out().lines().findFirst().orElseThrow();
    }
}
