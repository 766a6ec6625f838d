package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The C++ target on a program that uses our gen.lib, as an imported Gen patch does: it must find it, in double precision. */
class CppTargetTest {
    private static final String GEN_PROGRAM = "import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n"
            + "declare name \"One pole\";\nprocess = _ <: (+ : gen.history_fed(0)) ~ *(0.5);\n";

    @Test
    void aProgramOfGenFindsGenLibAndComputesInDouble() throws Exception {
        ExportArtifact artifact = ExportTargets.named("cpp").orElseThrow()
                .export(new ExportRequest(GEN_PROGRAM, "onepole"), ExportProgress.NONE);
        String cpp = new String(artifact.bytes(), StandardCharsets.UTF_8);
        assertEquals("onepole.cpp", artifact.fileName());
        assertTrue(cpp.contains("One pole"), "the patch's name is in the program");
        assertTrue(cpp.contains("double fRec0"), "gen.lib programs compute in double, as their renders do");
    }
}
