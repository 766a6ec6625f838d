package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExportPackagesTest {
    @Test
    void theTableNamesEveryTargetOfDesignAndTheirPackages() {
        assertEquals(List.of("dsp", "cpp", "web", "lv2", "pd", "sc", "jack"), ExportPackages.targets());
        assertEquals(List.of(), ExportPackages.of("dsp").build());
        assertEquals(List.of("lv2-dev", "libboost-dev"), ExportPackages.of("lv2").build());
        assertEquals(List.of("jackd2"), ExportPackages.of("jack").host());
    }

    @Test
    void everyTargetOfTheMenuIsInTheTable() {
        for (ExportTarget target : ExportTargets.all()) {
            assertEquals(ExportPackages.of(target.name()).build(), target.debianPackages(), target.name());
        }
        assertThrows(IllegalArgumentException.class, () -> ExportPackages.of("vst"));
    }
}
