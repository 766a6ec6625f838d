package dev.faustwire.gen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.read.GenDocument;
import dev.faustwire.gen.read.GenPatcher;
import dev.faustwire.gen.read.GenReader;
import dev.faustwire.gen.translate.Importer;
import dev.faustwire.gen.translate.PatcherTranslator;
import dev.faustwire.gen.translate.Report;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Gen import: a {@code .gendsp}, or the gen~ patchers of a {@code .maxpat}, to a patch, the
 * abstraction files it uses and the compatibility report. A .maxpat with one gen~ gives that
 * gen~'s patcher; with several, a patch holding each as a sub-patcher at its place, their inputs
 * and outputs numbered one after another, so all of them play.
 */
public final class GenImport {
    private GenImport() {
    }

    public static GenImportResult run(String fileName, String text, GenFiles files) {
        Report report = new Report();
        GenDocument document = GenReader.read(fileName, text);
        for (var problem : document.problems()) {
            report.add(problem);
        }
        if (document.patchers().isEmpty()) {
            return new GenImportResult(null, Map.of(), report.diagnostics());
        }
        Importer importer = new Importer(files, report);
        String source = baseName(fileName);
        Patch patch;
        if (document.patchers().size() == 1) {
            if (document.maxpat()) {
                report.document(Code.GEN_MAX_OBJECTS_LEFT_OUT, "only the gen~ patcher of this .maxpat is imported"
                        + " (\"" + title(document.patchers().get(0)) + "\"); the Max objects around it are left out");
            }
            patch = new PatcherTranslator(importer, "", Map.of()).translate(document.patchers().get(0), source);
        } else {
            patch = several(document.patchers(), importer, source, report);
        }
        return new GenImportResult(patch, importer.outputFiles(), report.diagnostics());
    }

    /** Each gen~ a sub-patcher, fed by its own `in` boxes and feeding its own `out` boxes. */
    private static Patch several(List<GenPatcher> patchers, Importer importer, String source, Report report) {
        TreeMap<String, Box> boxes = new TreeMap<>();
        TreeMap<String, Line> lines = new TreeMap<>();
        int nextIn = 1;
        int nextOut = 1;
        int nextBox = 1;
        int nextLine = 1;
        StringBuilder names = new StringBuilder();
        double x = 15;
        for (int g = 0; g < patchers.size(); g++) {
            GenPatcher genPatcher = patchers.get(g);
            String id = "box-" + nextBox++;
            Patch child = new PatcherTranslator(importer, id + "/", Map.of()).translate(genPatcher, source);
            int ins = highest(child, "in");
            int outs = highest(child, "out");
            if (g > 0) {
                x += 260; // the next gen~ starts right of this one's row of ins and outs
            }
            String title = title(genPatcher);
            boxes.put(id, new Box(id, "p " + title, new Rect(x, 90, 120, 22), null, child, null, JsonObject.EMPTY));
            names.append(g == 0 ? "" : ", ").append(id).append(" \"").append(title).append("\" (inputs ")
                    .append(ins == 0 ? "none" : nextIn + "-" + (nextIn + ins - 1)).append(", outputs ")
                    .append(outs == 0 ? "none" : nextOut + "-" + (nextOut + outs - 1)).append(")");
            for (int i = 0; i < ins; i++) {
                String inId = "box-" + nextBox++;
                boxes.put(inId, new Box(inId, "in " + nextIn++, new Rect(x + 50 * i, 30, 45, 22)));
                String lineId = "line-" + nextLine++;
                lines.put(lineId, new Line(lineId, new Port(inId, 0), new Port(id, i)));
            }
            for (int o = 0; o < outs; o++) {
                String outId = "box-" + nextBox++;
                boxes.put(outId, new Box(outId, "out " + nextOut++, new Rect(x + 50 * o, 150, 45, 22)));
                String lineId = "line-" + nextLine++;
                lines.put(lineId, new Line(lineId, new Port(id, o), new Port(outId, 0)));
            }
            x += Math.max(0, 50 * Math.max(ins, outs) - 260);
        }
        report.document(Code.GEN_SEVERAL_PATCHERS, "this .maxpat holds " + patchers.size() + " gen~, each a sub-patcher: "
                + names + "; the Max objects around them are left out");
        return new Patch(boxes, lines, Importer.props(source), JsonObject.EMPTY);
    }

    private static String title(GenPatcher patcher) {
        String title = patcher.title() == null ? "gen~" : patcher.title();
        int at = title.indexOf("@title ");
        if (at >= 0) {
            title = title.substring(at + 7);
        } else if (title.startsWith("gen~ ")) {
            title = title.substring(5);
        }
        int space = title.indexOf(' ');
        title = space < 0 ? title : title.substring(0, space);
        title = title.replace('/', '_');
        return title.isEmpty() || title.endsWith(".json") || title.endsWith(".dsppat") ? title + "gen" : title;
    }

    private static int highest(Patch patch, String kind) {
        int highest = 0;
        for (Box box : patch.boxes().values()) {
            String t = box.text();
            if (t.startsWith(kind + " ")) {
                String n = t.substring(kind.length() + 1);
                boolean digits = !n.isEmpty() && n.length() < 6;
                for (int i = 0; i < n.length(); i++) {
                    digits &= n.charAt(i) >= '0' && n.charAt(i) <= '9';
                }
                if (digits) {
                    highest = Math.max(highest, Integer.parseInt(n));
                }
            }
        }
        return highest;
    }

    /** The file name without its folders. */
    static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
