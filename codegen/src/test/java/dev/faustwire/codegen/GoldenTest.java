package dev.faustwire.codegen;

import dev.faustwire.testsupport.Golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden patch generates exactly its {@code expected.dsp}. Re-bless after an intended change
 * with {@code ./faustwire bless} (runs this test with {@code -Dfaustwire.bless=true}).
 */
class GoldenTest {
    static List<GoldenCases.Case> cases() {
        List<GoldenCases.Case> cases = GoldenCases.all();
        assertTrue(cases.size() >= 40, "golden cases found: " + cases.size());
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheExpectedProgram(GoldenCases.Case golden) {
        CodegenResult result = golden.generate();
        assertTrue(result.ok(), golden.name() + ": " + result.diagnostics());
        Golden.check(golden.expected(), result.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generationIsDeterministic(GoldenCases.Case golden) {
        assertEquals(golden.generate().code(), golden.generate().code());
    }
}
