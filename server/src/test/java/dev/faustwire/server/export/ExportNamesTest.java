package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportNamesTest {
    @Test
    void aPatchNameBecomesAValidProgramName() {
        assertEquals("Warm_pad", ExportNames.programName("Warm pad"));
        assertEquals("p11_00", ExportNames.programName("11-00"), "a name that starts with a digit keeps its digits");
        assertEquals("p_hidden", ExportNames.programName("_hidden"));
        assertEquals("caf_", ExportNames.programName("café"));
        assertEquals("main", ExportNames.programName("  "));
        assertEquals("main", ExportNames.programName(null));
        assertEquals(64, ExportNames.programName("x".repeat(200)).length());
    }

    @Test
    void theDeclaredNameIsThePatchsOwnAndASourceThatNamesItselfKeepsIt() {
        assertEquals("declare name \"11-00\";\nprocess = _;\n", ExportNames.withName("process = _;\n", "11-00"));
        assertEquals("declare name \"x\";\nprocess = _;", ExportNames.withName("declare name \"x\";\nprocess = _;", "y"));
        assertEquals("declare name \"a b\";\nprocess = _;", ExportNames.withName("process = _;", "a \"b"));
    }
}
