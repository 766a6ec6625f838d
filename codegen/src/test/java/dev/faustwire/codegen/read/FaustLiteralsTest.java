package dev.faustwire.codegen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and names are written as Faust reads them, from the typed text. */
class FaustLiteralsTest {

    @ParameterizedTest
    @CsvSource({"0.5,0.5", ".5,0.5", "5.,5.0", "+2,2", "-1,(-1)", "-.25,(-0.25)", "007,7", "0.0,0.0",
            "1e3,1e3", "1.5E-3,1.5e-3", "440,440", "5.e3,5.0e3", "00.5,0.5", "0e5,0e5", "1e+3,1e+3", "10,10",
            "0,0", "100.25,100.25", "0.,0.0", "-0,(-0)"})
    void numbers(String typed, String faust) {
        assertEquals(faust, FaustLiterals.number(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma.PI", "freq", "_x1", "a.b.c"})
    void qualifiedIdentifiers(String name) {
        assertTrue(FaustLiterals.isQualifiedIdentifier(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".a", "a.", "a..b", "1a", "a-b", "é"})
    void notIdentifiers(String name) {
        assertFalse(FaustLiterals.isQualifiedIdentifier(name));
    }
}
