package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's {@code needs} as the server calls it: a target whose packages are installed (the
 * suite's launcher installed every target's first) is ready; an unknown target is refused and the
 * export reports the launcher's words.
 */
class LauncherNeedsTest {
    static final Path LAUNCHER = Path.of("..", "faustwire").toAbsolutePath().normalize();

    @Test
    void everyTargetsPackagesAreInstalledAsTheSuiteNeedsThem() throws Exception {
        Process process = new ProcessBuilder(LAUNCHER.toString(), "needs", "all", "--host").redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), said);
        List<String> all = ExportPackages.targets().stream()
                .flatMap(t -> java.util.stream.Stream.concat(ExportPackages.of(t).build().stream(), ExportPackages.of(t).host().stream()))
                .toList();
        assertEquals(List.of(), new ExportPackageInstaller(LAUNCHER).missing(all), "dpkg agrees with the launcher");
    }

    @Test
    void theServerAsksTheLauncherAndReportsWhatItSaid() {
        ExportPackageInstaller installer = new ExportPackageInstaller(LAUNCHER);
        assertTrue(installer.install("dsp", List.of()).installed());
        ExportPackageInstaller.Outcome refused = installer.install("vst", List.of("faustwire-no-such-package"));
        assertFalse(refused.installed());
        assertTrue(refused.output().contains("no export target \"vst\" in targets.tsv"), refused.output());
        ExportPackageInstaller.Outcome alone = new ExportPackageInstaller(null).install("lv2", List.of("lv2-dev"));
        assertTrue(alone.output().contains("sudo apt-get install lv2-dev"), alone.output());
    }
}
