package dev.faustwire.server.gen;

import dev.faustwire.testsupport.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Gen patchers of the shared corpus the issue names: every .gendsp and .maxpat of {@code gen/},
 * and JSPatcher's {@code ifc/05-00.gendsp}, {@code paw/gen/*.gendsp} and {@code wac/bitcrush.gendsp}.
 */
final class GenCorpus {
    private GenCorpus() {
    }

    static List<Path> files() {
        List<Path> files = new ArrayList<>();
        Path gen = Corpus.root().resolve("gen");
        files.addAll(Corpus.files(gen, ".gendsp"));
        files.addAll(Corpus.files(gen, ".maxpat"));
        files.add(Corpus.jspatcher("ifc/05-00.gendsp"));
        files.addAll(Corpus.files(Corpus.jspatcher().resolve("paw/gen"), ".gendsp"));
        files.add(Corpus.jspatcher("wac/bitcrush.gendsp"));
        return files;
    }

    /** The path of a corpus file from the corpus root, for messages. */
    static String name(Path file) {
        return Corpus.root().relativize(file).toString();
    }
}
