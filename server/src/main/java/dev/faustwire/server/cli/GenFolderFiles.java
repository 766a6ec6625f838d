package dev.faustwire.server.cli;

import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.audio.BufferLookup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a Gen import reads from disk: {@code name.gendsp} or {@code name.genexpr} matched
 * without regard to case, first beside the imported file, then in the folders below it, then in
 * each folder above and the folders below that (so {@code examples/x.maxpat} finds
 * {@code ../code/oopsy.ctrl.smooth3.gendsp}, as Max's search path of a package does), never above
 * {@code root}; the audio files of buffers ({@code .wav}, {@code .aif}...) the same way, as bytes. Links are
 * not followed; text files over 4 MiB and audio files over 16 MiB are not read.
 */
public final class GenFolderFiles implements GenFiles {
    private static final int MAX_DEPTH = 4;
    private static final long MAX_BYTES = 4L << 20;
    private static final long MAX_AUDIO_BYTES = 16L << 20;

    private final Path folder;
    private final Path root;

    public GenFolderFiles(Path importedFile, Path root) {
        this.folder = importedFile.toAbsolutePath().normalize().getParent();
        this.root = root.toAbsolutePath().normalize();
    }

    /** Looks from the imported file's folder up to the root of its file system, at most three folders up. */
    public static GenFolderFiles beside(Path importedFile) {
        Path folder = importedFile.toAbsolutePath().normalize().getParent();
        Path root = folder;
        for (int i = 0; i < 3 && root.getParent() != null; i++) {
            root = root.getParent();
        }
        return new GenFolderFiles(importedFile, root);
    }

    @Override
    public String read(String fileName) {
        Path found = nearest(fileName, MAX_BYTES);
        try {
            return found == null ? null : Files.readString(found, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public byte[] readBytes(String fileName) {
        if (!BufferLookup.hasAudioExtension(fileName)) {
            return null;
        }
        Path found = nearest(fileName, MAX_AUDIO_BYTES);
        try {
            return found == null ? null : Files.readAllBytes(found);
        } catch (IOException e) {
            return null;
        }
    }

    /** The file of a plain name nearest the imported file's folder, up to the root; null for a name with a folder or hidden. */
    private Path nearest(String fileName, long maxBytes) {
        if (fileName.isEmpty() || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0 || fileName.startsWith(".")
                || fileName.indexOf(':') >= 0 || fileName.indexOf('\u0000') >= 0) {
            return null;
        }
        Path here = folder;
        while (here != null && here.startsWith(root)) {
            Path found = find(here, fileName.toLowerCase(Locale.ROOT), maxBytes);
            if (found != null) {
                return found;
            }
            here = here.getParent();
        }
        return null;
    }

    /** The nearest file of that lower-case name in a folder's tree, shallowest first, then by path. */
    private static Path find(Path top, String lowerName, long maxBytes) {
        List<Path> matches = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(top, MAX_DEPTH)) {
            walk.filter(p -> p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).equals(lowerName))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(matches::add);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Path best = null;
        for (Path p : matches) {
            try {
                if (Files.size(p) > maxBytes) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            if (best == null || p.getNameCount() < best.getNameCount()
                    || (p.getNameCount() == best.getNameCount() && p.toString().compareTo(best.toString()) < 0)) {
                best = p;
            }
        }
        return best;
    }
}
