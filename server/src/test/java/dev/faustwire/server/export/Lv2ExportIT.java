package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LV2 export, loaded by {@code lv2file} (Debian's LV2 command-line host), sounds as the server renders it. */
class Lv2ExportIT {
    private static final String LV2FILE = "/usr/bin/lv2file";
    private static final int FRAMES = 24000;
    private static final String URI = Lv2Target.URI_PREFIX + HostExports.NAME;

    @TempDir
    static Path folder;
    private static Map<String, String> lv2Path;

    @BeforeAll
    static void export() throws Exception {
        HostExports.unpack(HostExports.export("lv2"), folder.resolve("lv2"));
        lv2Path = Map.of("LV2_PATH", folder.resolve("lv2").toString());
    }

    @Test
    void theBundleHoldsThePluginItsManifestAndItsDescription() throws Exception {
        Path bundle = folder.resolve("lv2").resolve(HostExports.NAME + ".lv2");
        assertTrue(Files.isRegularFile(bundle.resolve(HostExports.NAME + ".so")));
        assertTrue(Files.readString(bundle.resolve("manifest.ttl")).contains("<" + URI + ">"));
        String description = Files.readString(bundle.resolve(HostExports.NAME + ".ttl"));
        assertTrue(description.contains("doap:name \"" + HostExports.TITLE + "\""), description);
        assertTrue(description.contains("lv2:name \"freq\"") && description.contains("lv2:name \"gain\""), description);
    }

    @Test
    void lv2fileShowsTheLabelsAndPlaysWhatTheServerRenders() throws Exception {
        HostProcess.assumeInstalled(LV2FILE, "lv2file");
        assertTrue(HostProcess.output(folder, lv2Path, 30, List.of(LV2FILE, "-l")).contains(URI), "lv2file lists the plugin");
        String ports = HostProcess.output(folder, lv2Path, 30, List.of(LV2FILE, "-n", URI));
        List<String> command = new ArrayList<>(List.of(LV2FILE, "-i", "silence.wav", "-o", "played.wav"));
        for (Map.Entry<String, Double> setting : HostExports.SETTINGS.entrySet()) {
            command.addAll(List.of("-p", symbol(ports, setting.getKey()) + ":" + setting.getValue()));
        }
        command.add(URI);
        Files.write(folder.resolve("silence.wav"), Wav.write(new float[1][FRAMES], HostExports.RATE));
        long start = System.nanoTime();
        HostProcess.run(folder, lv2Path, 60, command);
        System.out.printf("lv2file ran in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        Audio played = Wav.read(Files.readAllBytes(folder.resolve("played.wav")));
        assertEquals(HostExports.RATE, played.sampleRate());
        assertEquals(FRAMES, played.frames());
        HostExports.Match match = HostExports.match("lv2file", played.channels()[0], HostExports.reference(0.5), 0);
        System.out.println("lv2 export in lv2file: " + match);
    }

    /** The port symbol that {@code lv2file -n} lists for a control's label ("freq_0: freq"). */
    private static String symbol(String ports, String label) {
        for (String line : ports.lines().toList()) {
            if (line.endsWith(": " + label)) {
                return line.substring(0, line.indexOf(':'));
            }
        }
        throw new AssertionError("lv2file shows no control port labelled " + label + ":\n" + ports);
    }
}
