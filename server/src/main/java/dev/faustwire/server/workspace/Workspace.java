package dev.faustwire.server.workspace;

import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The folder of patches the server edits; every path it is given stays inside it. A save never loses a patch:
 * it replaces the file atomically and keeps the version it replaced in {@link WorkspaceHistory}, as a delete does.
 */
public final class Workspace {
    static final List<String> PATCH_EXTENSIONS = List.of(".json", ".dsppat");
    static final List<String> EXAMPLES = List.of("ondemand-sample-and-hold.json", "ondemand-step-sequencer.json",
            "one-pole.json");
    /** Longest name of one folder or file, in UTF-8 bytes: a temporary file's name adds 22 to it. */
    static final int MAX_NAME_BYTES = 200;
    static final int MAX_PATH_BYTES = 1000;

    /** A patch as stored: its bytes and their ETag. */
    public record Stored(byte[] bytes, String etag) {
    }

    /** The outcome of a save: the new ETag, and whether the patch is new. */
    public record Saved(String etag, boolean created) {
    }

    private final Path root;
    private final Containment containment;
    private final WorkspaceHistory history;
    /** Writes to one patch take its lock, so a check of If-Match and the write after it are one step. */
    private final Object[] locks = new Object[64];

    public Workspace(Path root) throws IOException {
        this(root, Clock.systemUTC());
    }

    /** A workspace whose history names versions by the given clock. */
    Workspace(Path root, Clock clock) throws IOException {
        boolean fresh = !Files.exists(root);
        Files.createDirectories(root);
        this.root = root.toRealPath();
        this.containment = new Containment(this.root);
        this.history = new WorkspaceHistory(this.root, clock);
        Arrays.setAll(locks, i -> new Object());
        if (fresh) {
            copyExamples();
        }
        WorkspaceFiles.removeLeftovers(this.root);
    }

    /** A workspace made anew gets the example patches, so a first look shows something to play with. */
    private void copyExamples() throws IOException {
        for (String name : EXAMPLES) {
            try (InputStream example = Workspace.class.getResourceAsStream("/examples/" + name)) {
                if (example != null) {
                    Files.copy(example, root.resolve(name));
                }
            }
        }
    }

    public Path root() {
        return root;
    }

    /** Where earlier versions are kept: snapshots keep theirs there too. */
    WorkspaceHistory history() {
        return history;
    }

    /** Relative paths of every patch below the root, with '/' separators, sorted; hidden folders are not entered. */
    public List<String> list() throws IOException {
        List<String> patches = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                return folder.equals(root) || !containment.isHidden(folder) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!containment.isHidden(file) && isPatchName(name) && hasNameCharacters(relative)
                        && Files.isRegularFile(file) && containment.realAllowed(file) != null) {
                    patches.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        patches.sort(null);
        return patches;
    }

    /** The patch as UTF-8 text. */
    public String read(String relative) throws IOException {
        return text(relative, load(relative).bytes());
    }

    /** The patch's bytes and ETag; MISSING when there is none, NOT_TEXT when it is not UTF-8. */
    public Stored load(String relative) throws IOException {
        byte[] bytes = current(relative, resolve(relative));
        if (bytes == null) {
            throw new WorkspaceException(Kind.MISSING, "no patch " + relative);
        }
        text(relative, bytes);
        return new Stored(bytes, PatchEtag.of(bytes));
    }

    /** Writes a patch if the precondition holds for the version there now, keeping that version in the history. */
    public Saved save(String relative, byte[] bytes, PatchPrecondition precondition) throws IOException {
        Path file = resolveForWrite(relative);
        synchronized (lockOf(file)) {
            byte[] current = current(relative, file);
            precondition.check(relative, current == null ? null : PatchEtag.of(current));
            String etag = PatchEtag.of(bytes);
            if (current != null && Arrays.equals(current, bytes)) {
                return new Saved(etag, false);
            }
            Path folder = createFolder(relative, file.getParent());
            if (current != null) {
                history.keep(historyName(file), current);
            }
            WorkspaceFiles.write(folder, file.getFileName().toString(), bytes);
            return new Saved(etag, current == null);
        }
    }

    /** Moves a patch into the history if the precondition holds; MISSING when there is none. */
    public void delete(String relative, PatchPrecondition precondition) throws IOException {
        Path file = resolveForWrite(relative);
        synchronized (lockOf(file)) {
            byte[] current = current(relative, file);
            if (current == null) {
                throw new WorkspaceException(Kind.MISSING, "no patch " + relative);
            }
            precondition.check(relative, PatchEtag.of(current));
            history.moveIn(historyName(file), file);
        }
    }

    /** The kept earlier versions of a patch, newest first; MISSING when there is neither a patch nor a version. */
    public List<WorkspaceHistory.Version> versions(String relative) throws IOException {
        Path file = resolve(relative);
        List<WorkspaceHistory.Version> versions = history.versions(historyName(file));
        if (versions.isEmpty() && current(relative, file) == null) {
            throw new WorkspaceException(Kind.MISSING, "no patch " + relative + " and no earlier version of it");
        }
        return versions;
    }

    /** One earlier version of a patch. */
    public Stored version(String relative, String version) throws IOException {
        byte[] bytes = history.read(historyName(resolve(relative)), version);
        return new Stored(bytes, PatchEtag.of(bytes));
    }

    /** The bytes of the patch file, null when there is none; INVALID when the path names a non-file. */
    private static byte[] current(String relative, Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(Kind.INVALID, relative + " is not a patch file but a folder or a special file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String text(String relative, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WorkspaceException(Kind.NOT_TEXT, relative + " is not UTF-8 text");
        }
    }

    /** Creates the folder of a new patch, with the folders above it made durable; returns its real path. */
    private Path createFolder(String relative, Path folder) throws IOException {
        List<Path> created = new ArrayList<>();
        Path existing = folder;
        for (; !Files.exists(existing); existing = existing.getParent()) {
            created.add(existing);
        }
        if (!Files.isDirectory(existing)) {
            throw new WorkspaceException(Kind.INVALID, "a folder in " + relative + " is a file");
        }
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new WorkspaceException(Kind.INVALID, "a folder in " + relative + " is a file");
        }
        Path real = folder.toRealPath();
        if (!containment.allows(real)) {
            throw new WorkspaceException(Kind.INVALID, "the path links out of the workspace");
        }
        for (Path made : created) {
            WorkspaceFiles.forceFolder(made.getParent());
        }
        return real;
    }

    private Object lockOf(Path file) {
        return locks[Math.floorMod(file.hashCode(), locks.length)];
    }

    /** Where the history of the file is kept: its path relative to the root. */
    private String historyName(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The file of a relative path, with the links among its existing parts followed; rejects absolute paths, "..",
     * hidden names, overlong names, and links that {@link Containment} does not allow.
     */
    public Path resolve(String relative) throws IOException {
        if (relative == null || relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
            throw new WorkspaceException(Kind.INVALID, "a patch path is relative, with '/' separators");
        }
        checkCharacters(relative);
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.startsWith(".")) {
                throw new WorkspaceException(Kind.INVALID, "a patch path has no empty, \"..\" or hidden parts");
            }
            if (part.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new WorkspaceException(Kind.INVALID, "a name in a patch path has at most " + MAX_NAME_BYTES + " bytes");
            }
        }
        if (relative.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw new WorkspaceException(Kind.INVALID, "a patch path has at most " + MAX_PATH_BYTES + " bytes");
        }
        if (!isPatchName(relative)) {
            throw new WorkspaceException(Kind.INVALID, "a patch file ends with " + String.join(" or ", PATCH_EXTENSIONS));
        }
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new WorkspaceException(Kind.INVALID, "a patch path is a name this file system can hold");
        }
        if (!file.startsWith(root)) {
            throw new WorkspaceException(Kind.INVALID, "the path leaves the workspace");
        }
        return followLinks(file);
    }

    /**
     * The file of a relative path that a save or delete may change: as {@link #resolve}, and no existing part of
     * the path is a link, so a write never lands on, and a delete never moves, a link's target.
     */
    public Path resolveForWrite(String relative) throws IOException {
        Path real = resolve(relative);
        Path part = root;
        for (Path name : root.relativize(root.resolve(relative).normalize())) {
            part = part.resolve(name);
            if (Files.isSymbolicLink(part)) {
                throw new WorkspaceException(Kind.INVALID, "the workspace does not write or delete through a link: "
                        + root.relativize(part).toString().replace('\\', '/') + " is a link");
            }
        }
        return real;
    }

    /** True when the path has no character that {@link #checkCharacters} refuses, so it can be opened by name. */
    private static boolean hasNameCharacters(String relative) {
        try {
            checkCharacters(relative);
            return true;
        } catch (WorkspaceException e) {
            return false;
        }
    }

    /** Refuses control characters (C0, DEL, C1) and lone surrogates, which no file name should hold. */
    private static void checkCharacters(String relative) {
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                throw new WorkspaceException(Kind.INVALID, "a patch path has no control characters (such as a newline)"
                        + " but U+" + String.format("%04X", (int) c) + " at " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < relative.length() && Character.isLowSurrogate(relative.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new WorkspaceException(Kind.INVALID, "a patch path is Unicode text, without a lone surrogate");
            }
        }
    }

    /** The path with its longest existing beginning replaced by its real path; INVALID when that leaves the root. */
    private Path followLinks(Path file) {
        Path existing = file;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath().resolve(existing.relativize(file));
        } catch (IOException e) {
            throw new WorkspaceException(Kind.INVALID, "the path goes through a broken link");
        }
        if (!containment.allows(real)) {
            throw new WorkspaceException(Kind.INVALID, "the path links out of the workspace");
        }
        return real;
    }

    private static boolean isPatchName(String name) {
        if (name.endsWith(Snapshots.SUFFIX)) {
            return false; // a snapshot of the live session (Snapshots), not a patch
        }
        for (String extension : PATCH_EXTENSIONS) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
