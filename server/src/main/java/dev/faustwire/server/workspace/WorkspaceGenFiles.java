package dev.faustwire.server.workspace;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.audio.BufferLookup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a Gen import may read from the workspace: abstractions ({@code name.gendsp}), GenExpr
 * libraries ({@code name.genexpr}) and the audio files of buffers ({@code .wav}, {@code .aif}...), found by
 * name anywhere below the root, matched without regard to case as Max does on macOS, the one nearest the
 * root when there are several. A name is a plain file name (no folder, nothing hidden); a file is read only
 * when {@link Containment} allows its real path (a link out of the workspace or into a hidden folder is not)
 * and it is at most {@link #MAX_BYTES} and UTF-8 (text) or {@link #MAX_AUDIO_BYTES} (audio). Why a file was
 * found but not read, or which of several was used, becomes a diagnostic of the report.
 */
public final class WorkspaceGenFiles implements GenFiles {
    /** Largest file read: as large as a program the server compiles. */
    public static final int MAX_BYTES = 4 << 20;
    /** Largest audio file read: well above the samples a buffer's table holds (50,000 of 8 bytes), so a longer file is read far enough to say how long it is. */
    public static final int MAX_AUDIO_BYTES = 16 << 20;
    /** Deepest folder searched below the root, and most entries looked at: a workspace is a folder of patches. */
    static final int MAX_DEPTH = 16;
    static final int MAX_ENTRIES = 50_000;

    private final Path root;
    private final Containment containment;
    private Map<String, List<Path>> byName;
    private final List<Diagnostic> notes = new ArrayList<>();

    public WorkspaceGenFiles(Workspace workspace) {
        this.root = workspace.root();
        this.containment = new Containment(root);
    }

    /** What the reads found worth saying: files that could not be read (G070), names found twice (G071). */
    public List<Diagnostic> notes() {
        return List.copyOf(notes);
    }

    @Override
    public String read(String fileName) {
        if (!isGenFileName(fileName)) {
            return null;
        }
        byte[] bytes = readFound(fileName, MAX_BYTES);
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notes.add(Diagnostic.atDocument(Code.GEN_FILE_NOT_READ, relative(index().get(fileName.toLowerCase(Locale.ROOT)).get(0))
                    + " is not UTF-8 text"));
            return null;
        }
    }

    @Override
    public byte[] readBytes(String fileName) {
        return isAudioFileName(fileName) ? readFound(fileName, MAX_AUDIO_BYTES) : null;
    }

    /** The bytes of the file of that name nearest the root, or null (with a note when it is there but not read). */
    private byte[] readFound(String fileName, int maxBytes) {
        List<Path> found = index().get(fileName.toLowerCase(Locale.ROOT));
        if (found == null) {
            return null;
        }
        Path file = found.get(0);
        if (found.size() > 1) {
            notes.add(Diagnostic.atDocument(Code.GEN_FILE_FOUND_TWICE, fileName + " is in the workspace "
                    + found.size() + " times (names match without regard to case); " + relative(file) + " was used"));
        }
        Path real = containment.realAllowed(file);
        String problem = real == null ? "leads outside the workspace or into a hidden folder, so it is not read"
                : !Files.isRegularFile(real) ? "is not a file" : null;
        if (problem != null) {
            notes.add(Diagnostic.atDocument(Code.GEN_FILE_NOT_READ, relative(file) + " " + problem));
            return null;
        }
        try (InputStream in = Files.newInputStream(real)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                notes.add(Diagnostic.atDocument(Code.GEN_FILE_NOT_READ, relative(file) + " is larger than "
                        + (maxBytes >> 20) + " MiB, so it is not read"));
                return null;
            }
            return bytes;
        } catch (IOException e) {
            notes.add(Diagnostic.atDocument(Code.GEN_FILE_NOT_READ, relative(file) + " cannot be read"));
        }
        return null;
    }

    /** A plain name of an abstraction or GenExpr file: no folder, not hidden, no control character, not too long. */
    static boolean isGenFileName(String name) {
        return isPlainName(name) && hasExtension(name, ".gendsp", ".genexpr");
    }

    /** A plain name of an audio file a buffer may read: {@code .wav}, {@code .wave}, {@code .aif}, {@code .aiff}, {@code .aifc}. */
    static boolean isAudioFileName(String name) {
        return isPlainName(name) && BufferLookup.hasAudioExtension(name);
    }

    private static boolean hasExtension(String name, String... extensions) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** No folder, not hidden, no control character, not too long. */
    private static boolean isPlainName(String name) {
        if (name == null || name.isEmpty() || name.startsWith(".")
                || name.getBytes(StandardCharsets.UTF_8).length > Workspace.MAX_NAME_BYTES) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f || c == ':') {
                return false;
            }
        }
        return true;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Every Gen file name below the root (lower case) and where it is, nearest the root first; walked once. */
    private Map<String, List<Path>> index() {
        if (byName != null) {
            return byName;
        }
        byName = new TreeMap<>();
        int[] entries = {0};
        try {
            Files.walkFileTree(root, java.util.Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return folder.equals(root) || !containment.isHidden(folder) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (++entries[0] > MAX_ENTRIES) {
                        return FileVisitResult.TERMINATE;
                    }
                    String name = file.getFileName().toString();
                    if ((isGenFileName(name) || isAudioFileName(name)) && !containment.isHidden(file)) {
                        byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            notes.add(Diagnostic.atDocument(Code.GEN_FILE_NOT_READ, "the workspace folder cannot be searched"));
        }
        Comparator<Path> nearestFirst = Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString);
        for (List<Path> paths : byName.values()) {
            paths.sort(nearestFirst);
        }
        return byName;
    }
}
