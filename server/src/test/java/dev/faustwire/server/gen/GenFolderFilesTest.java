package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.server.cli.GenFolderFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Abstractions and GenExpr files on disk: beside the file first, then below and above it, any case, never out of the root. */
class GenFolderFilesTest {
    @TempDir
    Path root;

    private Path write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void besideTheFileWinsAndCaseDoesNotMatter() throws Exception {
        Path imported = write("pkg/patchers/main.gendsp", "{}");
        write("pkg/patchers/ADcurve.gendsp", "beside");
        write("pkg/code/adcurve.gendsp", "sibling folder");
        assertEquals("beside", new GenFolderFiles(imported, root).read("adcurve.gendsp"));
    }

    @Test
    void aSiblingFolderOfAFolderAboveIsSearchedAsMaxsPackagePathIs() throws Exception {
        Path imported = write("oopsy/examples/scatter.maxpat", "{}");
        write("oopsy/code/oopsy.ctrl.smooth3.gendsp", "smooth");
        assertEquals("smooth", new GenFolderFiles(imported, root).read("oopsy.ctrl.smooth3.gendsp"));
    }

    @Test
    void nothingAboveTheRootAndNoPathsOrHiddenNames() throws Exception {
        Path inner = root.resolve("inner");
        Path imported = write("inner/a/main.gendsp", "{}");
        write("outside.gendsp", "outside the root");
        write("inner/a/lib.genexpr", "lib");
        GenFolderFiles files = new GenFolderFiles(imported, inner);
        assertNull(files.read("outside.gendsp"));
        assertNull(files.read("../outside.gendsp"));
        assertNull(files.read(".hidden.gendsp"));
        assertEquals("lib", files.read("LIB.genexpr"));
        assertNull(files.read("missing.gendsp"));
    }

    @Test
    void aLinkIsNotFollowed() throws Exception {
        Path imported = write("a/main.gendsp", "{}");
        Path target = write("secret/real.gendsp", "secret");
        Files.createSymbolicLink(root.resolve("a/linked.gendsp"), target);
        assertNull(new GenFolderFiles(imported, root.resolve("a")).read("linked.gendsp"));
    }
}
