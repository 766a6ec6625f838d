package dev.faustwire.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resources for tests: sub-patcher files looked up from a folder and its parents as the server
 * does, and the arity of the one code text of the corpus ({@code process = max;}) as the server's
 * probe would answer it.
 */
final class CorpusResources implements Resources {
    private final Path folder;

    CorpusResources(Path folder) {
        this.folder = folder;
    }

    @Override
    public PatchFile findPatch(String reference, String from) {
        Path start = from == null ? folder : Path.of(from).getParent();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(reference).normalize();
            if (Files.isRegularFile(candidate)) {
                return new PatchFile(candidate.toString(), GoldenCases.read(candidate));
            }
        }
        return null;
    }

    @Override
    public Arity codeArity(String faust) {
        return faust.strip().equals("process = max;") ? Arity.of(2, 1) : null;
    }
}
