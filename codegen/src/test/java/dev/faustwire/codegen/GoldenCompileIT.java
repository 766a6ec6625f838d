package dev.faustwire.codegen;

import dev.faustwire.testsupport.FaustRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden program compiles with the installed Faust, to the channel counts codegen reports. */
class GoldenCompileIT {
    @TempDir
    Path work;

    static List<GoldenCases.Case> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compiles(GoldenCases.Case golden) throws Exception {
        CodegenResult result = golden.generate();
        FaustRun run = TestLibraries.compile(work, "golden.dsp", GoldenCases.read(golden.expected()));
        assertEquals(0, run.exit(), golden.name() + ": " + run.errors());
        assertEquals(result.inputs(), run.inputs(), golden.name() + " inputs");
        assertEquals(result.outputs(), run.outputs(), golden.name() + " outputs");
    }

    @Test
    void aBrokenProgramFails() throws Exception {
        assertNotEquals(0, FaustRun.compile(work, "broken.dsp", "process = oscc;\n").exit());
    }
}
