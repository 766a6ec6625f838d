package dev.faustwire.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The folder of patches the server edits; every path it is given stays inside it. */
final class Workspace {
    static final List<String> PATCH_EXTENSIONS = List.of(".json", ".dsppat");

    private final Path root;

    static final List<String> EXAMPLES = List.of("one-pole.json");

    Workspace(Path root) throws IOException {
        boolean fresh = !Files.exists(root);
        Files.createDirectories(root);
        this.root = root.toRealPath();
        if (fresh) {
            copyExamples();
        }
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

    Path root() {
        return root;
    }

    /** Relative paths of every patch below the root, with '/' separators, sorted. */
    List<String> list() throws IOException {
        List<String> patches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(this::isPatchFileInside)
                    .map(root::relativize)
                    .map(p -> p.toString().replace('\\', '/'))
                    .filter(Workspace::isPatchName)
                    .filter(p -> !p.startsWith(".") && !p.contains("/."))
                    .sorted()
                    .forEach(patches::add);
        }
        return patches;
    }

    String read(String relative) throws IOException {
        Path file = resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(404, "no patch " + relative);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(404, "no patch " + relative);
        } catch (CharacterCodingException e) {
            throw new WorkspaceException(422, relative + " is not UTF-8 text");
        }
    }

    /** A regular file that is really inside the root: links out of the workspace are not patches of it. */
    private boolean isPatchFileInside(Path file) {
        return Files.isRegularFile(file) && isReallyInside(file);
    }

    /** True when the file, with every link followed, is below the root; false when it cannot be resolved. */
    private boolean isReallyInside(Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file of a relative path; rejects absolute paths, "..", hidden names and links out of the root. */
    Path resolve(String relative) throws IOException {
        if (relative == null || relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")
                || relative.contains("\0")) {
            throw new WorkspaceException(400, "a patch path is relative, with '/' separators");
        }
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.startsWith(".")) {
                throw new WorkspaceException(400, "a patch path has no empty, \"..\" or hidden parts");
            }
        }
        if (!isPatchName(relative)) {
            throw new WorkspaceException(400, "a patch file ends with " + String.join(" or ", PATCH_EXTENSIONS));
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new WorkspaceException(400, "the path leaves the workspace");
        }
        if (Files.exists(file) && !isReallyInside(file)) {
            throw new WorkspaceException(400, "the path links out of the workspace");
        }
        return file;
    }

    private static boolean isPatchName(String name) {
        for (String extension : PATCH_EXTENSIONS) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
