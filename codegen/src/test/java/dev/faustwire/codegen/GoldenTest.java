package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden patch generates exactly its {@code expected.dsp}. Re-bless after an intended change
 * with {@code ./faustwire bless} (runs this test with {@code -Dfaustwire.bless=true}).
 */
class GoldenTest {
    private static final boolean BLESS = Boolean.getBoolean("faustwire.bless");

    static List<GoldenCases.Case> cases() {
        List<GoldenCases.Case> cases = GoldenCases.all();
        assertTrue(cases.size() >= 40, "golden cases found: " + cases.size());
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheExpectedProgram(GoldenCases.Case golden) throws IOException {
        CodegenResult result = golden.generate();
        assertTrue(result.ok(), golden.name() + ": " + result.diagnostics());
        if (BLESS) {
            Files.writeString(golden.expected(), result.code(), StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden.expected()), "missing " + golden.expected() + "; run ./faustwire bless");
        assertEquals(GoldenCases.read(golden.expected()), result.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generationIsDeterministic(GoldenCases.Case golden) {
        assertEquals(golden.generate().code(), golden.generate().code());
    }
}
