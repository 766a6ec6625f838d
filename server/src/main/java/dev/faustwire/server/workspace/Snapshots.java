package dev.faustwire.server.workspace;

import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The live session's snapshots in the workspace: {@code snapshots/NAME.snapshot.json}. Names follow the page's rule
 * (1 to 100 characters, no leading dot or space, no trailing space, no slash, backslash or control character), the
 * folder and files are never links, writes are atomic and the replaced or deleted version goes into the history.
 */
public final class Snapshots {
    public static final String FOLDER = "snapshots";
    public static final String SUFFIX = ".snapshot.json";
    public static final int MAX_NAME_LENGTH = 100;

    private final Workspace workspace;
    private final Object lock = new Object();

    public Snapshots(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The names of the saved snapshots, sorted. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        Path folder = folder();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(SUFFIX) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    String name = fileName.substring(0, fileName.length() - SUFFIX.length());
                    if (problem(name) == null) {
                        names.add(name);
                    }
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The snapshot's bytes; MISSING when there is none. */
    public byte[] read(String name) throws IOException {
        Path file = file(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkspaceException(Kind.MISSING, "no snapshot " + name);
        }
        return Files.readAllBytes(file);
    }

    /** Writes the snapshot (atomically), keeping the version it replaces; true when it is new. */
    public boolean save(String name, byte[] bytes) throws IOException {
        Path file = file(name);
        synchronized (lock) {
            Path folder = folder();
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
                WorkspaceFiles.forceFolder(workspace.root());
            }
            checkNotLink(folder);
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (exists) {
                checkNotLink(file);
                workspace.history().keep(historyName(name), Files.readAllBytes(file));
            }
            WorkspaceFiles.write(folder, file.getFileName().toString(), bytes);
            return !exists;
        }
    }

    /** Moves the snapshot into the history; MISSING when there is none. */
    public void delete(String name) throws IOException {
        Path file = file(name);
        synchronized (lock) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new WorkspaceException(Kind.MISSING, "no snapshot " + name);
            }
            workspace.history().moveIn(historyName(name), file);
        }
    }

    /** Why a name is refused, or null for a good one. */
    public static String problem(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return "a snapshot name has 1 to " + MAX_NAME_LENGTH + " characters";
        }
        if (name.startsWith(".") || name.startsWith(" ") || name.endsWith(" ")) {
            return "a snapshot name starts with neither a dot nor a space, and ends with no space";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
                return "a snapshot name holds no /, \\, control character or character outside the basic plane";
            }
        }
        return null;
    }

    private Path folder() {
        return workspace.root().resolve(FOLDER);
    }

    /** The file of a valid name, inside the snapshots folder; INVALID for a bad name or a folder that is a link. */
    private Path file(String name) {
        String why = problem(name);
        if (why != null) {
            throw new WorkspaceException(Kind.INVALID, why);
        }
        Path folder = folder();
        checkNotLink(folder);
        Path file = folder.resolve(name + SUFFIX).normalize();
        if (!file.getParent().equals(folder)) {
            throw new WorkspaceException(Kind.INVALID, "a snapshot stays in " + FOLDER + "/");
        }
        return file;
    }

    private void checkNotLink(Path path) {
        if (Files.isSymbolicLink(path)) {
            throw new WorkspaceException(Kind.INVALID, "the workspace does not read or write snapshots through a link");
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && path.equals(folder()) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkspaceException(Kind.INVALID, FOLDER + " in the workspace is a file, not a folder");
        }
    }

    private static String historyName(String name) {
        return FOLDER + "/" + name + SUFFIX;
    }
}
