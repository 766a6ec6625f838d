package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JACK export, started with its controls set by label against a dummy JACK server of its own
 * ({@code jackd -d dummy}), is recorded by a small JACK client in freewheel mode and sounds as the
 * server renders it, from the cycle where the recording began.
 */
class JackExportIT {
    private static final String JACKD = "/usr/bin/jackd";
    private static final String JACK_LSP = "/usr/bin/jack_lsp";
    private static final String GCC = "/usr/bin/gcc";
    private static final int FRAMES = 24000;
    /** The app runs a little before the recorder is connected; the render is long enough to find where. */
    private static final double REFERENCE_SECONDS = 2;

    @TempDir
    static Path folder;
    private static Path app;
    private static Process jackd;
    private static Map<String, String> environment;

    @BeforeAll
    static void exportAndStartJack() throws Exception {
        ExportArtifact artifact = HostExports.export("jack");
        assertEquals(HostExports.NAME, artifact.fileName());
        app = Files.write(folder.resolve(artifact.fileName()), artifact.bytes());
        assertTrue(app.toFile().setExecutable(true));
        HostProcess.assumeInstalled(JACKD, "jackd2");
        HostProcess.assumeInstalled(JACK_LSP, "jackd2");
        try (InputStream source = JackExportIT.class.getResourceAsStream("jack_take.c")) {
            Files.write(folder.resolve("jack_take.c"), source.readAllBytes());
        }
        HostProcess.run(folder, Map.of(), 60, List.of(GCC, "-O1", "jack_take.c", "-o", "jack_take", "-ljack"));
        String server = "faustwire-test-" + ProcessHandle.current().pid();
        environment = Map.of("JACK_DEFAULT_SERVER", server, "HOME", folder.toString(), "JACK_NO_AUDIO_RESERVATION", "1");
        jackd = HostProcess.start(folder, environment, folder.resolve("jackd.log"), List.of(JACKD, "-n", server,
                "-r", "-d", "dummy", "-r", Integer.toString(HostExports.RATE), "-p", "256"));
        boolean up = false;
        for (int i = 0; i < 100 && !up && jackd.isAlive(); i++) {
            up = HostProcess.output(folder, environment, 10, List.of(JACK_LSP)).contains("system:playback_1");
            if (!up) {
                Thread.sleep(100);
            }
        }
        if (!up) {
            String log = Files.readString(folder.resolve("jackd.log"));
            System.out.println("NOT VERIFIED HERE: a dummy JACK server does not start on this machine:\n" + log);
            assumeTrue(false, "a dummy JACK server does not start on this machine: " + log);
        }
    }

    @AfterAll
    static void stopJack() throws Exception {
        if (jackd != null) {
            HostProcess.stop(jackd);
        }
    }

    @Test
    void theAppTakesItsControlsByLabelAndPlaysWhatTheServerRenders() throws Exception {
        List<String> command = new ArrayList<>(List.of(app.toString()));
        for (Map.Entry<String, Double> setting : HostExports.SETTINGS.entrySet()) {
            command.addAll(List.of("-" + setting.getKey(), setting.getValue().toString()));
        }
        long start = System.nanoTime();
        Process take = HostProcess.start(folder, environment, folder.resolve("take.log"), List.of(
                folder.resolve("jack_take").toString(), Integer.toString(FRAMES), "take.raw", HostExports.NAME + ":out_0"));
        Process running = HostProcess.start(folder, environment, folder.resolve("app.log"), command);
        try {
            boolean taken = take.waitFor(60, TimeUnit.SECONDS);
            String log = Files.readString(folder.resolve("take.log"));
            assertTrue(taken && take.exitValue() == 0, "the recorder found port " + HostExports.NAME
                    + ":out_0 and recorded it:\n" + log + "\napp:\n" + Files.readString(folder.resolve("app.log")));
            assertTrue(log.contains("rate " + HostExports.RATE), log);
        } finally {
            quit(running);
            HostProcess.stop(take);
        }
        System.out.printf("jack app recorded in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        float[] played = new float[FRAMES];
        ByteBuffer.wrap(Files.readAllBytes(folder.resolve("take.raw"))).order(ByteOrder.nativeOrder()).asFloatBuffer().get(played);
        float[] reference = HostExports.reference(REFERENCE_SECONDS);
        HostExports.Match match = HostExports.match("the JACK app", played, reference, reference.length - FRAMES);
        System.out.println("jack export against jackd -d dummy: " + match);
    }

    /** Types q, as a person would, then makes sure the app has ended. */
    private static void quit(Process running) throws Exception {
        try (OutputStream in = running.getOutputStream()) {
            in.write("q\n".getBytes(StandardCharsets.US_ASCII));
        } catch (java.io.IOException alreadyGone) {
            // it ended by itself
        }
        if (!running.waitFor(5, TimeUnit.SECONDS)) {
            HostProcess.stop(running);
        }
    }
}
