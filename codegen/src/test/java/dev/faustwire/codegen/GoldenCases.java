package dev.faustwire.codegen;

import dev.faustwire.testsupport.Corpus;
import dev.faustwire.testsupport.Golden;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The golden cases under {@code src/test/resources/golden}: each folder holds {@code patch.json}
 * (or {@code corpus-path.txt} naming a file of the shared corpus) and {@code expected.dsp}.
 */
final class GoldenCases {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenCases() {
    }

    /** One golden case. */
    record Case(String name, Path folder) {
        Patch patch() {
            ReadResult read = PatchReader.read(read(source()));
            if (read.patch() == null || read.hasErrors()) {
                throw new AssertionError(name + ": the patch does not read: " + read.diagnostics());
            }
            return read.patch();
        }

        Path source() {
            Path pointer = folder.resolve("corpus-path.txt");
            return Files.exists(pointer) ? Corpus.root().resolve(read(pointer).trim()) : folder.resolve("patch.json");
        }

        /** Sub-patcher files next to the patch (or above it), as the server would find them. */
        Resources resources() {
            return new CorpusResources(source().getParent());
        }

        CodegenResult generate() {
            return Codegen.generate(patch(), index(), resources());
        }

        /** The bundled index, with the test-only library {@code taps.lib} (a delaying function of two taps). */
        StdlibIndex index() {
            return TestLibraries.INDEX;
        }

        Path expected() {
            return folder.resolve("expected.dsp");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> all() {
        return Golden.cases(ROOT).stream().map(f -> new Case(f.getFileName().toString(), f)).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
