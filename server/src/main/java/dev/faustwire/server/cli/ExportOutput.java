package dev.faustwire.server.cli;

import dev.faustwire.server.export.ExportArtifact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes an export where {@code -o} says: into a folder (a zip unpacked there, entries leaving the
 * folder refused), or as one file. Executables (ELF files) are made executable, as the build made them.
 */
final class ExportOutput {
    private ExportOutput() {
    }

    /** The files written, in order. {@code folder} when OUT ends in {@code /}; an existing folder counts as one too. */
    static List<Path> write(ExportArtifact artifact, Path out, boolean folder) throws IOException {
        List<Path> written = new ArrayList<>();
        if (!folder && !Files.isDirectory(out)) {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            written.add(writeFile(out, artifact.bytes()));
            return written;
        }
        Path root = Files.createDirectories(out).toAbsolutePath().normalize();
        if (!artifact.zipped()) {
            written.add(writeFile(inside(root, artifact.fileName()), artifact.bytes()));
            return written;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(artifact.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = inside(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                written.add(writeFile(target, zip.readAllBytes()));
            }
        }
        return written;
    }

    private static Path inside(Path root, String name) throws IOException {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("the export holds a file outside its folder: " + name);
        }
        return target;
    }

    private static Path writeFile(Path path, byte[] bytes) throws IOException {
        Files.write(path, bytes);
        if (bytes.length > 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F') {
            path.toFile().setExecutable(true, false);
        }
        return path;
    }
}
