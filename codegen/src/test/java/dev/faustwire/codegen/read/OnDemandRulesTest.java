package dev.faustwire.codegen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OnDemandRulesTest {
    @Test
    void delaysRecursionTablesAndLibraryCallsAreState() {
        assertEquals("\"mem\"", OnDemandRules.stateInCode("process = _ : mem;"));
        assertEquals("\"'\"", OnDemandRules.stateInCode("process = _';"));
        assertEquals("\"@\"", OnDemandRules.stateInCode("process = _ @ 4;"));
        assertEquals("\"~\"", OnDemandRules.stateInCode("process = + ~ _;"));
        assertEquals("\"rwtable\"", OnDemandRules.stateInCode("process = rwtable(4, 0.0, 0, _, 0);"));
        assertEquals("the library call \"fi.lowpass\"", OnDemandRules.stateInCode("process = fi.lowpass(1, 500);"));
        assertEquals("\"import\"", OnDemandRules.stateInCode("import(\"stdfaust.lib\");\nprocess = _;"));
    }

    @Test
    void pureTextCommentsAndStringsAreNot() {
        assertNull(OnDemandRules.stateInCode("process = _ * 2 + 1.5e-3, sin(_);"));
        assertNull(OnDemandRules.stateInCode("// a mem would be ' state\nprocess = _; /* @ ~ */"));
        assertNull(OnDemandRules.stateInCode("process = hslider(\"x@y ~ mem\", 0, 0, 1, 0.1) * _;"));
        assertNull(OnDemandRules.stateInCode("memory = 2; process = _ * memory;"), "a word that starts with mem");
    }
}
