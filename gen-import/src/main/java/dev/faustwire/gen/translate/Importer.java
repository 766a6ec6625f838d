package dev.faustwire.gen.translate;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Patch;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.audio.BufferTables;
import dev.faustwire.gen.read.GenDocument;
import dev.faustwire.gen.read.GenPatcher;
import dev.faustwire.gen.read.GenReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the translation of one imported file shares across its levels: the files it may read,
 * the report, the abstractions translated so far (saved beside the patch as {@code name.json})
 * and the chain of abstractions being translated (to catch one that contains itself).
 */
public final class Importer {
    private final GenFiles files;
    private final Report report;
    private final Map<String, Patch> outputFiles = new TreeMap<>();
    private final List<String> chain = new ArrayList<>();

    public Importer(GenFiles files, Report report) {
        // One BufferTables per import: each audio file read once, all of them within one budget.
        this.files = BufferTables.of(files);
        this.report = report;
    }

    public Report report() {
        return report;
    }

    public GenFiles files() {
        return files;
    }

    /** The abstraction patches made, by the file name they are saved under. */
    public Map<String, Patch> outputFiles() {
        return outputFiles;
    }

    /** Props of every imported patch: where it came from, and that it computes in double precision. */
    public static JsonObject props(String source) {
        JsonObject gen = JsonObject.EMPTY.with("source", new JsonString(source)).with("precision", new JsonString("double"));
        return JsonObject.EMPTY.with("gen", gen);
    }

    /** The text of {@code name.gendsp}, or null. */
    String abstractionText(String name) {
        return files.read(name + ".gendsp");
    }

    boolean inChain(String name) {
        return chain.contains(GenReader.unescape(name));
    }

    /**
     * Translates an abstraction once per name (its params as the file gives them) and keeps it as
     * {@code name.json}; null when its file is not a gen patcher.
     */
    Patch abstraction(String name, String text, String path) {
        String fileName = name + ".json";
        if (outputFiles.containsKey(fileName)) {
            return outputFiles.get(fileName);
        }
        Patch patch = translateAbstraction(name, text, path, Map.of(), Map.of());
        if (patch != null) {
            outputFiles.put(fileName, patch);
        }
        return patch;
    }

    /** The first patcher of an abstraction's file, or null when it holds none. */
    GenPatcher abstractionPatcher(String name, String text) {
        GenDocument document = GenReader.read(name + ".gendsp", text);
        return document.patchers().isEmpty() ? null : document.patchers().get(0);
    }

    /**
     * Translates an abstraction's file with some of its params' defaults replaced, and some params
     * fed by a parent's setparam through new inlets.
     */
    Patch translateAbstraction(String name, String text, String path, Map<String, String> overrides, Map<String, Integer> fed) {
        GenPatcher patcher = abstractionPatcher(name, text);
        if (patcher == null) {
            return null;
        }
        chain.add(name);
        try {
            return new PatcherTranslator(this, path, overrides, false, fed, Map.of()).translate(patcher, name + ".gendsp");
        } finally {
            chain.remove(chain.size() - 1);
        }
    }
}
