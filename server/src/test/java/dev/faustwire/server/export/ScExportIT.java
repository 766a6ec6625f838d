package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SuperCollider export, its UGen played by {@code scsynth} in non-real-time mode from an OSC
 * score, sounds as the server renders it; its class file names the patch and the controls.
 */
class ScExportIT {
    private static final String SCSYNTH = "/usr/bin/scsynth";
    private static final String CORE_PLUGINS = "/usr/lib/SuperCollider/plugins";
    private static final String CLASS = ScTarget.PREFIX + "HostSine";

    @TempDir
    static Path folder;
    private static Path extension;

    @BeforeAll
    static void export() {
        HostExports.unpack(HostExports.export("sc"), folder.resolve("ext"));
        extension = folder.resolve("ext").resolve(CLASS);
    }

    @Test
    void theClassFileIsNamedAfterThePatchWithTheControlsAsArguments() throws Exception {
        assertTrue(Files.isRegularFile(extension.resolve(CLASS + ".so")));
        String sc = Files.readString(extension.resolve("Classes").resolve(CLASS + ".sc"));
        assertTrue(sc.contains(CLASS + " : UGen"), sc);
        assertTrue(sc.contains("*ar{|freq(440), gain(0.5)|"), sc);
    }

    @Test
    void scsynthRendersTheUgenFromAScoreAsTheServerDoes() throws Exception {
        HostProcess.assumeInstalled(SCSYNTH, "supercollider-server");
        List<Double> inputs = List.copyOf(HostExports.SETTINGS.values());
        Files.write(folder.resolve("score.osc"), ScScore.of(CLASS, inputs, 0.5));
        long start = System.nanoTime();
        String log = HostProcess.run(folder, Map.of("HOME", folder.toString()), 60, List.of(SCSYNTH,
                "-N", "score.osc", "_", "played.wav", Integer.toString(HostExports.RATE), "WAV", "float",
                "-i", "0", "-o", "1", "-U", extension + ":" + CORE_PLUGINS));
        System.out.printf("scsynth -N ran in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(!log.contains("not installed") && !log.contains("FAILURE"), "scsynth found the UGen:\n" + log);

        Audio played = Wav.read(Files.readAllBytes(folder.resolve("played.wav")));
        assertEquals(HostExports.RATE, played.sampleRate());
        assertTrue(played.frames() >= 24000, "half a second played: " + played.frames());
        HostExports.Match match = HostExports.match("scsynth", played.channels()[0], HostExports.reference(0.6), 0);
        System.out.println("sc export in scsynth -N: " + match);
    }
}
