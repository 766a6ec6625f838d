package dev.faustwire.server.workspace;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Which paths a reader may follow below a root: the one rule that the workspace store and the sub-patcher
 * file lookup share. A path is allowed when its real path (every link followed) is the root or below it and
 * has no hidden part (a name starting with '.', such as {@code .history} or a temporary file) below the
 * root. The parts that lead to the reader's start folder are exempt: a patch that a person opens from a
 * hidden folder on the command line may still name the files beside it. For the server the root and the
 * start are the workspace, so nothing hidden in it is ever read.
 */
public final class Containment {
    private final Path root;
    private final Path start;

    /** The rule below a real root for a reader that starts at the root itself. */
    Containment(Path realRoot) {
        this(realRoot, realRoot);
    }

    /** The rule below a real root for a reader that starts in {@code start}, a folder at or below the root. */
    Containment(Path realRoot, Path start) {
        this.root = realRoot;
        this.start = start;
        if (!isBelow(start)) {
            throw new IllegalArgumentException("the start folder is outside the root");
        }
    }

    Path root() {
        return root;
    }

    /** True when the path, taken as written (no links followed), is the root or below it. */
    boolean isBelow(Path path) {
        return path != null && path.normalize().startsWith(root);
    }

    /** True for a real path that is the root or below it and has no hidden part below it (but on the way to the start). */
    boolean allows(Path real) {
        return real.startsWith(root) && !isHidden(real);
    }

    /** The real path of an existing file or folder when {@link #allows} it; null when it is not allowed or cannot be resolved. */
    Path realAllowed(Path path) {
        try {
            Path real = path.toRealPath();
            return allows(real) ? real : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** True when a part of the path below the root is hidden and does not lead to the start folder. */
    boolean isHidden(Path path) {
        Path prefix = root;
        for (Path part : root.relativize(path)) {
            prefix = prefix.resolve(part);
            if (isHiddenName(part.toString()) && !start.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Names that start with '.' are hidden: the history, temporary files, and a person's dot-folders. */
    static boolean isHiddenName(String name) {
        return name.startsWith(".") && !name.equals(".") && !name.equals("..");
    }

    /**
     * True for a sub-patcher reference a reader may look up: relative, with '/' separators and no hidden parts
     * ({@code .} and {@code ..} are fine; where they lead is checked by {@link #isBelow} and {@link #allows}).
     */
    static boolean isReference(String reference) {
        if (reference == null || reference.isBlank() || reference.startsWith("/") || reference.contains("\\")
                || reference.contains("\0")) {
            return false;
        }
        for (String part : reference.split("/", -1)) {
            if (isHiddenName(part)) {
                return false;
            }
        }
        try {
            return !Path.of(reference).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
