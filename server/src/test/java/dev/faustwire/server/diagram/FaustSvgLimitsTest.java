package dev.faustwire.server.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diagram over its limits of files or bytes is refused (E054), not read into memory. */
class FaustSvgLimitsTest {
    @TempDir
    Path folder;

    @Test
    void tooManyFilesOrBytesAreRefused() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(folder.resolve("b-" + i + ".svg"), "<svg/>");
        }
        Files.writeString(folder.resolve("notes.txt"), "not a diagram file");
        assertEquals(5, FaustSvg.read(folder, 5, 30).size());
        DiagramException files = assertThrows(DiagramException.class, () -> FaustSvg.read(folder, 4, 1000));
        assertTrue(files.getMessage().contains("more than 4 files"), files.getMessage());
        DiagramException bytes = assertThrows(DiagramException.class, () -> FaustSvg.read(folder, 100, 29));
        assertTrue(bytes.getMessage().contains("more than 29 bytes"), bytes.getMessage());
        assertThrows(DiagramException.class, () -> FaustSvg.read(folder.resolve("absent"), 100, 1000));
    }
}
