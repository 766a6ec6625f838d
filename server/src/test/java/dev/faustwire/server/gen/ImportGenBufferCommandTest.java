package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.testsupport.AudioFileBytes;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faustwire import-gen} of a patcher with buffers: their audio files beside it (or in a folder above) are read. */
class ImportGenBufferCommandTest {
    static final Path LOOP = Corpus.root().resolve("gen/mischmasch/Components/Palette/code/loop.gendsp");

    @TempDir
    Path dir;

    @Test
    void theAudioFilesBesideThePatcherAreReadAndTheMissingOneIsReported() throws Exception {
        // two folders more than the package, so the CLI's search (three folders up, then down) stays in the test's folder
        Path pkg = dir.resolve("outer/inner/pkg");
        Path patchers = Files.createDirectories(pkg.resolve("patchers"));
        Path loop = Files.copy(LOOP, patchers.resolve("loop.gendsp"));
        Files.createDirectories(pkg.resolve("media"));
        Files.write(pkg.resolve("media/BACKBEAT.wav"), AudioFileBytes.wav16(1, 44100, 1, 2, 3));
        ImportGenCommandTest.Run run = ImportGenCommandTest.run("import-gen", loop.toString(), "-o", dir.resolve("loop.json").toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("\"buffer backbeat\" names"), run.err());
        assertTrue(run.err().contains("error G020: \"buffer loopy\" names a Max buffer~ whose audio file is neither beside"), run.err());
        assertFalse(run.err().contains("poke loopy"), "the poke writes into loopy's table: " + run.err());
        assertTrue(Files.readString(dir.resolve("loop.json")).contains("waveform{1,2,3}"));
    }
}
