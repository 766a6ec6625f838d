package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one patch the host tests export (a sine at a non-default frequency and gain, plus a little
 * noise so that a stretch of it is found at one place only), its reference render by the server's
 * own {@link Renderer}, and the comparison of a host's output with it.
 */
final class HostExports {
    static final int RATE = 48000;
    static final double TOLERANCE = 1e-4;
    static final String NAME = "HostSine";
    static final String TITLE = "Host Sine";
    static final String SOURCE = """
            declare name "Host Sine";
            import("stdfaust.lib");
            freq = hslider("freq", 440, 20, 2000, 1);
            gain = hslider("gain", 0.5, 0, 1, 0.01);
            process = os.osc(freq) * gain + no.noise * 0.05;
            """;
    /** The controls as the tests set them: neither is at its default. */
    static final Map<String, Double> SETTINGS = settings();

    private HostExports() {
    }

    private static Map<String, Double> settings() {
        Map<String, Double> settings = new LinkedHashMap<>();
        settings.put("freq", 330.0);
        settings.put("gain", 0.8);
        return settings;
    }

    /** Exports the patch through the registered target of this name, printing how long it took. */
    static ExportArtifact export(String target) {
        List<String> steps = new ArrayList<>();
        long start = System.nanoTime();
        ExportArtifact artifact;
        try {
            artifact = ExportTargets.named(target).orElseThrow().export(new ExportRequest(SOURCE, NAME), steps::add);
        } catch (ExportException e) {
            throw new AssertionError(target + ": " + e.kind() + " " + e.getMessage() + "\n" + e.toolMessage(), e);
        }
        System.out.printf("export %s: %s, %d bytes in %d ms; steps %s%n", target, artifact.fileName(),
                artifact.bytes().length, (System.nanoTime() - start) / 1_000_000, steps);
        return artifact;
    }

    /** The server's render of the patch with {@link #SETTINGS}, first channel. */
    static float[] reference(double seconds) {
        CompileOutcome outcome = new FaustCompiler(SandboxLimits.DEFAULT).compile(SOURCE, NAME);
        if (!(outcome instanceof CompileOutcome.Compiled compiled)) {
            throw new AssertionError("the host patch does not compile: " + outcome);
        }
        RenderSpec spec = RenderSpec.of(seconds, RATE);
        for (Map.Entry<String, Double> setting : SETTINGS.entrySet()) {
            spec = spec.withParam(setting.getKey(), setting.getValue());
        }
        return Renderer.render(WasmProgram.compile(compiled.wasm()), compiled.description(), spec)[0];
    }

    /** Unpacks a zipped artifact into {@code folder}. */
    static void unpack(ExportArtifact artifact, Path folder) {
        assertTrue(artifact.zipped(), artifact.fileName() + " is a zip");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(artifact.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(folder), "entry inside the folder: " + entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the host's output sits in the reference, and how far from it it is. */
    record Match(int offset, double maxDiff, double peak, int frames) {
        @Override
        public String toString() {
            return frames + " frames at offset " + offset + ", peak " + String.format("%.4f", peak)
                    + ", max |host - render| " + String.format("%.3g", maxDiff);
        }
    }

    /**
     * Finds the first offset, up to {@code maxOffset}, at which the host's output equals the
     * reference within {@link #TOLERANCE} over all of it; fails when there is none or it is silent.
     */
    static Match match(String host, float[] output, float[] reference, int maxOffset) {
        double peak = 0;
        for (float sample : output) {
            peak = Math.max(peak, Math.abs(sample));
        }
        assertTrue(peak > 0.1, host + " makes sound (peak " + peak + ")");
        double closest = Double.MAX_VALUE;
        for (int offset = 0; offset <= maxOffset && offset + output.length <= reference.length; offset++) {
            double diff = 0;
            for (int i = 0; i < output.length && diff <= TOLERANCE; i++) {
                diff = Math.max(diff, Math.abs((double) output[i] - reference[offset + i]));
            }
            if (diff <= TOLERANCE) {
                return new Match(offset, diff, peak, output.length);
            }
            closest = Math.min(closest, diff);
        }
        fail(host + ": its " + output.length + " frames are nowhere in the render within " + TOLERANCE
                + " (offsets 0 to " + maxOffset + "; nearest offset drifts past it by at least " + closest + ")");
        return null;
    }
}
