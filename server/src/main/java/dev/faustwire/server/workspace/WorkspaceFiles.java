package dev.faustwire.server.workspace;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The file operations that keep a patch whole through a crash: a file is replaced only by renaming a complete,
 * synced temporary file over it, so after a crash it holds either the old bytes or the new ones.
 */
final class WorkspaceFiles {
    /** {@code .<name>.tmp-<16 hex digits>}: hidden, so never listed, and swept away at start. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.tmp-[0-9a-f]{16}");

    private WorkspaceFiles() {
    }

    static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /** Writes the bytes as {@code folder/name}: temp file, fsync, atomic rename over the target, fsync of the folder. */
    static void write(Path folder, String name, byte[] bytes) throws IOException {
        Path temporary = folder.resolve("." + name + ".tmp-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
        try {
            try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        forceFolder(folder);
    }

    /** Moves a file to {@code folder/name} at once; where the two are on different file systems, copies then deletes. */
    static void move(Path file, Path folder, String name) throws IOException {
        try {
            Files.move(file, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
        } catch (AtomicMoveNotSupportedException e) {
            write(folder, name, Files.readAllBytes(file));
            Files.delete(file);
        }
        forceFolder(file.getParent());
    }

    /** Makes the entries of a folder durable; a platform that cannot sync a folder is left as it is. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms refuse to open or sync a folder; the rename is then as durable as they make it.
        }
    }

    /** Deletes the temporary files that a crash left anywhere below the root; returns how many. */
    static int removeLeftovers(Path root) throws IOException {
        int[] removed = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() && isTemporary(file.getFileName().toString())
                        && Files.deleteIfExists(file)) {
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return removed[0];
    }
}
