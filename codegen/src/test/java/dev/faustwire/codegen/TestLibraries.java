package dev.faustwire.codegen;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.stdlib.jvm.GenLibrary;
import dev.faustwire.testsupport.FaustRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The libraries outside stdfaust.lib that generated programs of the tests import: our gen.lib, and
 * the test-only {@code taps.lib} (resource {@code delaying/}), whose {@code taps.tap2} delays its
 * first input as gen.lib's multi-tap delay will; each is written beside a program that names it.
 */
final class TestLibraries {
    /** The bundled index with taps.lib's. */
    static final StdlibIndex INDEX = BundledIndex.get().with(IndexFormat.read(resource("/delaying/taps-index.json")));
    static final String TAPS = resource("/delaying/taps.lib");

    private TestLibraries() {
    }

    /** Compiles {@code code} with the installed faust, with gen.lib and taps.lib beside it when it imports them. */
    static FaustRun compile(Path work, String name, String code) throws IOException, InterruptedException {
        if (GenLibrary.usedBy(code)) {
            Files.writeString(work.resolve(GenLibrary.FILE), GenLibrary.text(), StandardCharsets.UTF_8);
        }
        if (code.contains("taps.lib")) {
            Files.writeString(work.resolve("taps.lib"), TAPS, StandardCharsets.UTF_8);
        }
        return FaustRun.compile(work, name, code);
    }

    static String resource(String name) {
        try (InputStream in = TestLibraries.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
