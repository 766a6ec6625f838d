package dev.faustwire.server.workspace;

import dev.faustwire.codegen.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Sub-patcher files from the disk, and code-box arities from a probe the caller gives (the compile
 * package's CodeProbe). A reference such as {@code ./filters/lp.dsppat} is looked up in the folder of
 * the patch that names it, then in each parent folder up to the root, never beyond: the server's root
 * is its workspace, the command line's the file system root of the patch's folder. References are
 * relative; one that is absolute, names a hidden file or folder, or leads (through {@code ..} or a
 * link) out of the root or into a hidden folder is not looked up: {@link Containment} is the rule, the
 * same one the workspace store follows. Only regular files of at most {@value #MAX_FILE_BYTES} bytes
 * of UTF-8 are read; others are passed over. A file's key is its real path relative to the root. An
 * instance serves one generation and reads each file once.
 */
public final class WorkspaceResources implements Resources {
    /** Largest sub-patcher file read, as large as a patch the server accepts. */
    public static final int MAX_FILE_BYTES = 4 << 20;

    private final Path root;
    private final Path folder;
    private final Containment containment;
    private final Function<String, Arity> probe;
    /**
     * The files read so far, by real path: one generation looks each reference up once, but many
     * references can name one file ({@code ./a.json}, {@code .//a.json}...), and each would otherwise
     * read (and keep) its own copy of the text.
     */
    private final Map<Path, PatchFile> files = new HashMap<>();

    /**
     * Resources below {@code root} for a patch in {@code folder} (inside the root); {@code probe} may
     * be null, and then code boxes without a known arity stay unknown.
     */
    public WorkspaceResources(Path root, Path folder, Function<String, Arity> probe) throws IOException {
        this.root = root.toRealPath();
        this.folder = folder.toAbsolutePath().normalize();
        this.probe = probe;
        if (!this.folder.startsWith(this.root)) {
            throw new IllegalArgumentException("the folder of the patch is outside the root");
        }
        this.containment = new Containment(this.root, this.folder);
    }

    /** Resources for a patch file on the command line: its folder, then every folder above it. */
    public static WorkspaceResources besideFile(Path patchFile, Function<String, Arity> probe) throws IOException {
        Path folder = patchFile.toAbsolutePath().normalize().getParent();
        Path real = Files.isDirectory(folder) ? folder.toRealPath() : folder;
        return new WorkspaceResources(real.getRoot(), real, probe);
    }

    @Override
    public PatchFile findPatch(String reference, String from) {
        if (!Containment.isReference(reference)) {
            return null;
        }
        Path start = from == null ? folder : inside(root.resolve(from).normalize().getParent());
        for (Path dir = start; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Path candidate = inside(dir.resolve(reference).normalize());
            PatchFile file = candidate == null ? null : read(candidate);
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    @Override
    public Arity codeArity(String faust) {
        return probe == null ? null : probe.apply(faust);
    }

    /** The path when it is below the root (or is it), else null. */
    private Path inside(Path path) {
        return containment.isBelow(path) ? path : null;
    }

    /** The file at the path when it is a regular UTF-8 file of bounded size whose real path the containment allows. */
    private PatchFile read(Path candidate) {
        try {
            if (!Files.isRegularFile(candidate)) {
                return null;
            }
            Path real = containment.realAllowed(candidate);
            if (real == null || !Files.isRegularFile(real)) {
                return null;
            }
            PatchFile known = files.get(real);
            if (known != null) {
                return known;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            PatchFile file = new PatchFile(root.relativize(real).toString().replace('\\', '/'), text);
            files.put(real, file);
            return file;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
