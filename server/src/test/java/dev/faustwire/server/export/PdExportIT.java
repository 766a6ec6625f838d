package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The Pure Data export, loaded by {@code puredata -nogui -batch} from a patch that sets its controls
 * by label, records it into a table and writes the table to a file, sounds as the server renders it.
 */
class PdExportIT {
    private static final String PD = "/usr/bin/puredata";
    private static final int FRAMES = 24000;
    private static final String OBJECT = HostExports.NAME + "~";

    @TempDir
    static Path folder;
    private static Path external;

    @BeforeAll
    static void export() {
        HostExports.unpack(HostExports.export("pd"), folder);
        external = folder.resolve(OBJECT);
    }

    @Test
    void theHelpPatchOpensInPdWithTheObjectInIt() {
        assertTrue(Files.isRegularFile(external.resolve(OBJECT + ".pd_linux")));
        HostProcess.assumeInstalled(PD, "puredata-core");
        String log = HostProcess.run(folder, Map.of(), 60, List.of(PD, "-nogui", "-batch", "-nrt", "-nosound",
                "-nomidi", "-stderr", "-open", external.resolve(OBJECT + "-help.pd").toString(), "-send", "pd quit"));
        assertTrue(log.contains("[faust] " + OBJECT + ": 0 inputs, 1 outputs"), log);
        assertFalse(log.contains("couldn't create") || log.contains("failed"), log);
    }

    @Test
    void puredataLoadsTheObjectSetsItsControlsByLabelAndPlaysWhatTheServerRenders() throws Exception {
        HostProcess.assumeInstalled(PD, "puredata-core");
        Files.writeString(folder.resolve("play.pd"), patch(folder.resolve("played.wav")));
        long start = System.nanoTime();
        String log = HostProcess.run(folder, Map.of(), 60, List.of(PD, "-nogui", "-batch", "-nrt", "-nosound",
                "-nomidi", "-r", Integer.toString(HostExports.RATE), "-path", external.toString(), "-stderr",
                "-open", "play.pd"));
        System.out.printf("puredata -batch ran in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(log.contains("[faust] " + OBJECT + ": 0 inputs, 1 outputs"), "Pd made the object:\n" + log);
        assertTrue(log.contains("controls: hslider /Host-Sine/freq 330 440 20 2000 1")
                && log.contains("controls: hslider /Host-Sine/gain 0.8 0.5 0 1 0.01"),
                "a bang lists the controls under the patch's name, with the values set by label:\n" + log);

        Audio played = Wav.read(Files.readAllBytes(folder.resolve("played.wav")));
        assertEquals(FRAMES, played.frames());
        HostExports.Match match = HostExports.match("puredata", played.channels()[0], HostExports.reference(0.5), 0);
        System.out.println("pd export in puredata -batch: " + match);
    }

    @Test
    void aPatchNamedLikeATypeOfTheArchitectureBecomesAnObjectOfThatName() throws Exception {
        ExportArtifact artifact = ExportTargets.named("pd").orElseThrow().export(new ExportRequest(
                "process = 0.25;\n", "UI"), ExportProgress.NONE);
        HostExports.unpack(artifact, folder.resolve("ui"));
        HostProcess.assumeInstalled(PD, "puredata-core");
        Files.writeString(folder.resolve("ui.pd"), "#N canvas 0 0 300 200 12;\n#X obj 10 10 UI~;\n");
        String log = HostProcess.run(folder, Map.of(), 60, List.of(PD, "-nogui", "-batch", "-nrt", "-nosound",
                "-nomidi", "-stderr", "-path", folder.resolve("ui").resolve("UI~").toString(), "-open", "ui.pd",
                "-send", "pd quit"));
        assertTrue(log.contains("[faust] UI~: 0 inputs, 1 outputs"), log);
    }

    /**
     * At load: the controls set by a message of labels and values, the table's recording started,
     * DSP on; 600 ms of logical time later the table is written as 32-bit float WAV and Pd quits.
     */
    private static String patch(Path wav) {
        StringBuilder settings = new StringBuilder();
        for (Map.Entry<String, Double> setting : HostExports.SETTINGS.entrySet()) {
            settings.append(setting.getKey()).append(' ').append(setting.getValue()).append(" \\, ");
        }
        settings.append("bang");
        return "#N canvas 0 0 600 400 12;\n"
                + "#X obj 10 10 loadbang;\n"
                + "#X obj 10 40 t b b b;\n"
                + "#X msg 200 70 " + settings + ";\n"
                + "#X obj 200 110 " + OBJECT + ";\n"
                + "#X obj 200 150 tabwrite~ played;\n"
                + "#X msg 10 70 \\; pd dsp 1;\n"
                + "#X obj 10 190 delay 600;\n"
                + "#X msg 10 220 write -wave -bytes 4 " + wav + " played;\n"
                + "#X obj 10 250 soundfiler;\n"
                + "#X msg 10 280 \\; pd quit;\n"
                + "#X obj 400 10 table played " + FRAMES + ";\n"
                + "#X obj 300 150 print controls;\n"
                + "#X connect 0 0 1 0;\n"
                + "#X connect 1 2 2 0;\n"
                + "#X connect 2 0 3 0;\n"
                + "#X connect 1 1 4 0;\n"
                + "#X connect 3 1 4 0;\n"
                + "#X connect 1 0 5 0;\n"
                + "#X connect 1 0 6 0;\n"
                + "#X connect 6 0 7 0;\n"
                + "#X connect 7 0 8 0;\n"
                + "#X connect 8 0 9 0;\n"
                + "#X connect 3 0 11 0;\n";
    }
}
