package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostBuildTest {
    @Test
    void aToolsMessageNamesNoSandboxFolder() {
        assertEquals("out/x.cpp:3:1: error: 'y' was not declared",
                HostBuild.clean("/job/out/x.cpp:3:1: error: 'y' was not declared\n"));
        assertEquals("ERROR : lv2.cpp not found", HostBuild.clean("ERROR : /usr/share/faust/lv2.cpp not found"));
    }

    @Test
    void aLongMessageIsCut() {
        String cut = HostBuild.clean("e".repeat(100_000));
        assertTrue(cut.length() < 7000 && cut.endsWith("\n..."), cut.length() + " characters");
    }

    @Test
    void theBuildsAreNotFastMath() {
        assertTrue(HostBuild.CXXFLAGS.stream().noneMatch(flag -> flag.contains("fast") || flag.equals("-O3")),
                HostBuild.CXXFLAGS.toString());
        assertEquals(List.of("-O2", "-fPIC", "-w"), HostBuild.CXXFLAGS);
    }

    @Test
    void theHostTargetsAreBuiltAndNamedAsTheMenuShowsThem() {
        for (String name : List.of("lv2", "pd", "sc", "jack")) {
            ExportTarget target = ExportTargets.named(name).orElseThrow();
            assertTrue(target.built(), name);
            assertEquals(ExportPackages.of(name).build(), target.debianPackages(), name);
        }
        assertEquals("LV2 plugin", ExportTargets.named("lv2").orElseThrow().title());
    }

    @Test
    void theLv2ManifestPointsAtTheBinaryAndTheDescription() {
        String manifest = Lv2Target.manifest("Synth");
        assertTrue(manifest.contains("<urn:faustwire:lv2:Synth>"), manifest);
        assertTrue(manifest.contains("lv2:binary <Synth.so>") && manifest.contains("rdfs:seeAlso <Synth.ttl>"), manifest);
    }
}
