package dev.faustwire.server.render;

import dev.faustwire.server.toolchain.DspDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the installed faust (and gcc) for tests, each call in a fresh temporary folder. */
final class Tools {
    static final String FAUST = "/usr/bin/faust";

    private Tools() {}

    /** The .wasm and .js that {@code faust -lang wasm} writes for a program. */
    record Wasm(byte[] wasm, String js) {
        DspDescription description() {
            return DspDescription.fromJs(js);
        }

        WasmProgram program() {
            return WasmProgram.compile(wasm);
        }
    }

    /** Compiles Faust source text to wasm; extra options (such as "-double") go before the file name. */
    static Wasm wasm(String dsp, String... options) {
        Path dir = tempDir();
        try {
            Files.writeString(dir.resolve("main.dsp"), dsp);
            List<String> command = new ArrayList<>(List.of(FAUST, "-lang", "wasm"));
            command.addAll(List.of(options));
            command.addAll(List.of("main.dsp", "-o", "main.wasm"));
            run(dir, command);
            return new Wasm(Files.readAllBytes(dir.resolve("main.wasm")), Files.readString(dir.resolve("main.js")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** Compiles and renders in one go, with the description faust wrote. */
    static float[][] render(String dsp, RenderSpec spec) {
        Wasm compiled = wasm(dsp);
        return Renderer.render(compiled.program(), compiled.description(), spec);
    }

    /** Runs a command in a folder; fails with its output when it exits non-zero or takes over two minutes. */
    static String run(Path dir, List<String> command) {
        try {
            Path log = Files.createTempFile(dir, "run", ".log");
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("faustwire-render");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deterministic noise in [-amplitude, amplitude), channels by frames. */
    static float[][] noise(int channels, int frames, float amplitude, long seed) {
        Random random = new Random(seed);
        float[][] out = new float[channels][frames];
        for (float[] channel : out) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (random.nextFloat() * 2 - 1) * amplitude;
            }
        }
        return out;
    }
}
