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
        long start = System.nanoTime();
        Audio played = play(extension, CLASS, List.copyOf(HostExports.SETTINGS.values()));
        System.out.printf("scsynth -N ran in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(HostExports.RATE, played.sampleRate());
        assertTrue(played.frames() >= 24000, "half a second played: " + played.frames());
        HostExports.Match match = HostExports.match("scsynth", played.channels()[0], HostExports.reference(0.6), 0);
        System.out.println("sc export in scsynth -N: " + match);
    }

    /** faust2sc.py would cut this name shorter than the UGen's; the class must still name the UGen. */
    @Test
    void aLongPatchNameGivesTheClassTheUgensName() throws Exception {
        String longName = "a very long patch name that runs past thirty one characters";
        ExportArtifact artifact = ExportTargets.named("sc").orElseThrow().export(new ExportRequest(
                "declare name \"" + longName + "\";\nprocess = os.osc(440) * 0.5;\nimport(\"stdfaust.lib\");\n",
                "Long"), ExportProgress.NONE);
        String unit = "FaustAVeryLongPatchNameThatRuns";
        assertEquals(unit + ".zip", artifact.fileName());
        HostExports.unpack(artifact, folder.resolve("long"));
        Path longExtension = folder.resolve("long").resolve(unit);
        assertTrue(Files.readString(longExtension.resolve("Classes").resolve(unit + ".sc")).contains(unit + " : UGen"));
        HostProcess.assumeInstalled(SCSYNTH, "supercollider-server");
        float[] played = play(longExtension, unit, List.of()).channels()[0];
        double peak = 0;
        for (float sample : played) {
            peak = Math.max(peak, Math.abs(sample));
        }
        assertTrue(peak > 0.4, "scsynth found the UGen " + unit + " and played it: peak " + peak);
    }

    /** Plays the UGen for half a second in scsynth's non-real-time mode, with the core UGens and this extension. */
    private static Audio play(Path extension, String ugen, List<Double> inputs) throws Exception {
        Files.write(folder.resolve("score.osc"), ScScore.of(ugen, inputs, 0.5));
        String log = HostProcess.run(folder, Map.of("HOME", folder.toString()), 60, List.of(SCSYNTH,
                "-N", "score.osc", "_", "played.wav", Integer.toString(HostExports.RATE), "WAV", "float",
                "-i", "0", "-o", "1", "-U", extension + ":" + CORE_PLUGINS));
        assertTrue(!log.contains("not installed") && !log.contains("FAILURE"), "scsynth found the UGen:\n" + log);
        return Wav.read(Files.readAllBytes(folder.resolve("played.wav")));
    }
}
