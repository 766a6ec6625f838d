package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.server.CodegenCommandTest.Run;
import org.junit.jupiter.api.Test;

/** {@code faustwire lib} on documented functions that cannot be a box: found, with why and how to call them. */
class LibSkippedCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rmReduceSaysWhyAndGivesTheCodeBox() {
        Run run = CodegenCommandTest.run("lib", "rm.reduce");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("rm.reduce  not a box  (op, n, x)\n"), out);
        assertTrue(out.contains("Fold-like high order function"), out);
        assertTrue(out.contains("usage: reduce(op, n, x)"), out);
        assertTrue(out.contains("rm.reduce cannot be a box: takes arguments that are not numbers"), out);
        assertTrue(out.contains("Use it in a code box: type \"code\", then give the box this Faust text:\n"
                + "      process = rm.reduce(max,128);"), out);
    }

    @Test
    void wdBuilddownByItsAlias() {
        Run run = CodegenCommandTest.run("lib", "builddown");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("wd.builddown  not a box"), run.out());
        assertTrue(run.out().contains("process = wd.builddown("), run.out());
    }

    @Test
    void jsonSaysItIsNoBox() throws Exception {
        Run run = CodegenCommandTest.run("lib", "rm.reduce", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode entry = JSON.readTree(run.out());
        assertEquals("rm.reduce", entry.get("name").asText());
        assertEquals(false, entry.get("box").asBoolean());
        assertEquals("process = rm.reduce(max,128);", entry.get("code").asText());
        assertEquals("op", entry.get("params").get(0).asText());
    }

    @Test
    void nothingStillSaysNothingMatches() {
        Run run = CodegenCommandTest.run("lib", "zzqqxx");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nothing in the Faust libraries matches \"zzqqxx\""), run.err());
    }

    @Test
    void anAliasThatIsAlsoFoundAmongFunctionsPrintsTheSkippedOneFirst() {
        Run run = CodegenCommandTest.run("lib", "reduce");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("rm.reduce  not a box  (op, n, x)\n"), run.out());
    }

    @Test
    void aPrefixListsTheSkippedNamesItBegins() throws Exception {
        Run run = CodegenCommandTest.run("lib", "wd.buildd", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = JSON.readTree(run.out());
        JsonNode first = json.isArray() ? json.get(0) : json;
        assertEquals("wd.builddown", first.get("name").asText());
        assertEquals(false, first.get("box").asBoolean());
    }
}
